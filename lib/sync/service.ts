// What the API, the CLI and the dashboard ask of sync: start, status, cancel, history — for one business.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "../env";
import { GmailNotConnected } from "../gmail/connection-store";
import type { SyncRun, SyncRunStarter } from "../shared/sync-run";
import { resolveSyncRange } from "./range";
import { createRunStore, type RunPage, type RunStore, type StartedRun } from "./run-store";

export interface BusinessRef {
  id: string;
  timezone: string;
}

/** The run store with the threshold this deployment is configured with. */
export function configuredRunStore(prisma: PrismaClient): RunStore {
  return createRunStore(prisma, { staleAfterSeconds: env().SYNC_STALE_AFTER_SECONDS });
}

/** Set by the process that runs a worker, so a start here is picked up at once rather than at the next poll. */
let localWorkerWake: (() => void) | null = null;
export function onSyncStarted(wake: (() => void) | null): void {
  localWorkerWake = wake;
}

export async function startSync(
  prisma: PrismaClient,
  business: BusinessRef,
  requested: { fromDate?: string | null; toDate?: string | null },
  startedBy: SyncRunStarter = "manual",
): Promise<StartedRun> {
  const connection = await prisma.gmailConnection.findUnique({
    where: { businessId: business.id },
    select: { status: true },
  });
  if (!connection || connection.status === "disconnected") throw new GmailNotConnected();
  const range = await resolveSyncRange(prisma, business, requested);
  const started = await configuredRunStore(prisma).start({
    businessId: business.id,
    mode: range.mode,
    fromDate: range.fromDate,
    toDate: range.toDate,
    startedBy,
  });
  localWorkerWake?.();
  return started;
}

export async function syncStatus(prisma: PrismaClient, businessId: string, runId?: string): Promise<SyncRun | null> {
  const runs = configuredRunStore(prisma);
  // Workers sweep on a timer, but if none is alive the status itself must not show a dead run as running.
  await runs.sweep(businessId);
  return runId ? runs.get(businessId, runId) : runs.current(businessId);
}

export function cancelSync(prisma: PrismaClient, businessId: string): Promise<SyncRun> {
  return configuredRunStore(prisma).cancel(businessId);
}

export function syncHistory(
  prisma: PrismaClient,
  businessId: string,
  page: { limit: number; cursor?: string | null },
): Promise<RunPage> {
  return configuredRunStore(prisma).list(businessId, page);
}
