// Automatic sync: schedules are rows, not timers. One statement claims the businesses whose
// next_sync_at has passed and moves it to the next future slot, so any number of workers make exactly
// one scheduled run per business per due time; each claimed business then gets an incremental run.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Logger } from "../log";
import { SyncAlreadyRunning } from "./run-store";
import { startSync } from "./service";

/** Businesses claimed per statement; a tick repeats the claim until fewer come back. */
const CLAIM_BATCH = 50;

interface DueBusiness {
  id: string;
  timezone: string;
  due_at: Date;
  next_sync_at: Date;
}

export type ScheduledStart =
  | { business_id: string; due_at: string; outcome: "started"; run_id: string }
  | { business_id: string; due_at: string; outcome: "skipped"; running_run_id: string }
  | { business_id: string; due_at: string; outcome: "failed"; error: string };

/**
 * Claims due businesses and advances each next_sync_at past now in the same statement. Only businesses
 * with automatic sync on and an active Gmail connection are claimed: needs_reauth or disconnected pauses
 * the schedule. A worker down for a day moves a business to its next future slot, never one run per
 * missed slot. SKIP LOCKED lets a concurrent claimer pass over rows another holds; when that one has
 * committed, the re-checked next_sync_at is in the future and the row is not claimed twice.
 */
export async function claimDueSchedules(prisma: PrismaClient, limit = CLAIM_BATCH): Promise<DueBusiness[]> {
  return prisma.$queryRaw<DueBusiness[]>`
    WITH due AS (
      SELECT b.id, b.next_sync_at FROM businesses b
      JOIN gmail_connections g ON g.business_id = b.id AND g.status = 'active'
      WHERE b.auto_sync AND b.next_sync_at <= now()
      ORDER BY b.next_sync_at
      LIMIT ${limit}
      FOR UPDATE OF b SKIP LOCKED)
    UPDATE businesses AS b
    SET next_sync_at = due.next_sync_at + make_interval(mins => b.sync_interval_minutes)
      * (floor(extract(epoch FROM now() - due.next_sync_at) / (b.sync_interval_minutes * 60)) + 1)
    FROM due
    WHERE b.id = due.id
    RETURNING b.id::text, b.timezone, due.next_sync_at AS due_at, b.next_sync_at`;
}

/**
 * One scheduler tick: every due business gets a run started by `schedule` over the incremental range
 * (since its last completed run). A due time that finds a run already going is skipped, not queued.
 * A process that dies between the claim and the start loses that one due time; the next run's range
 * still begins at the last completed run, so no mail is missed.
 */
export async function runDueSchedules(prisma: PrismaClient, log: Logger): Promise<ScheduledStart[]> {
  const outcomes: ScheduledStart[] = [];
  for (;;) {
    const due = await claimDueSchedules(prisma);
    for (const business of due) outcomes.push(await startScheduledRun(prisma, log, business));
    if (due.length < CLAIM_BATCH) return outcomes;
  }
}

async function startScheduledRun(prisma: PrismaClient, log: Logger, business: DueBusiness): Promise<ScheduledStart> {
  const fields = {
    business_id: business.id,
    due_at: business.due_at.toISOString(),
    next_sync_at: business.next_sync_at.toISOString(),
  };
  try {
    const { run } = await startSync(prisma, business, {}, "schedule");
    log.info({ event: "SCHEDULE_RUN", ...fields, run_id: run.id }, "scheduled sync started");
    return { business_id: fields.business_id, due_at: fields.due_at, outcome: "started", run_id: run.id };
  } catch (error) {
    if (!(error instanceof SyncAlreadyRunning)) {
      // One business's failure (its connection removed meanwhile, a database hiccup) must not cost the others their turn.
      const message = error instanceof Error ? error.message : String(error);
      log.error({ event: "SCHEDULE_FAILED", ...fields, err: message }, "scheduled sync could not start");
      return { business_id: fields.business_id, due_at: fields.due_at, outcome: "failed", error: message };
    }
    log.info(
      { event: "SCHEDULE_SKIPPED", ...fields, running_run_id: error.run.id },
      "scheduled sync skipped: a run is already going",
    );
    return { business_id: fields.business_id, due_at: fields.due_at, outcome: "skipped", running_run_id: error.run.id };
  }
}
