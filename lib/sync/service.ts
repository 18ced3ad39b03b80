// What the API, the CLI and the dashboard ask of sync: start, status, cancel, history — for one business.
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "../env";
import { GmailNotConnected } from "../gmail/connection-store";
import { getCurrentRun, getRun, listRuns, type RunPage } from "./run-queries";
import type { SyncRun } from "./run-model";
import { resolveSyncRange } from "./range";
import { failStaleRuns, requestCancel, startSyncRun, type StartedRun } from "./runs";

export interface BusinessRef {
  id: string;
  timezone: string;
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
): Promise<StartedRun> {
  const connection = await prisma.gmailConnection.findUnique({
    where: { businessId: business.id },
    select: { status: true },
  });
  if (!connection || connection.status === "disconnected") throw new GmailNotConnected();
  const range = await resolveSyncRange(prisma, business, requested);
  const started = await startSyncRun(prisma, {
    businessId: business.id,
    mode: range.mode,
    fromDate: range.fromDate,
    toDate: range.toDate,
    staleAfterSeconds: env().SYNC_STALE_AFTER_SECONDS,
  });
  localWorkerWake?.();
  return started;
}

export async function syncStatus(prisma: PrismaClient, businessId: string, runId?: string): Promise<SyncRun | null> {
  const stale = env().SYNC_STALE_AFTER_SECONDS;
  // Workers sweep on a timer, but if none is alive the status itself must not show a dead run as running.
  await failStaleRuns(prisma, stale, businessId);
  return runId ? getRun(prisma, businessId, runId, stale) : getCurrentRun(prisma, businessId, stale);
}

export function cancelSync(prisma: PrismaClient, businessId: string): Promise<SyncRun> {
  return requestCancel(prisma, businessId, env().SYNC_STALE_AFTER_SECONDS);
}

export function syncHistory(
  prisma: PrismaClient,
  businessId: string,
  page: { limit: number; cursor?: string | null },
): Promise<RunPage> {
  return listRuns(prisma, businessId, { ...page, staleAfterSeconds: env().SYNC_STALE_AFTER_SECONDS });
}
