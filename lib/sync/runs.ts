// The run state machine. Every write to receipt_sync_runs lives here, each one conditional SQL
// statement that returns whether it won; all times come from the database clock.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import {
  type ClaimedRun,
  type RunCounters,
  type RunRow,
  RUN_COLUMNS,
  RunNotFound,
  type SyncCheckpoint,
  type SyncFailureCode,
  type SyncRun,
  type SyncRunMode,
  SyncAlreadyRunning,
  toSyncRun,
} from "./run-model";

type Db = PrismaClient | Prisma.TransactionClient;

export interface StartRunInput {
  businessId: string;
  mode: SyncRunMode;
  fromDate: string | null;
  toDate: string | null;
  staleAfterSeconds: number;
}

export interface StartedRun {
  run: SyncRun;
  /** The stale run this start failed and replaced, if any. */
  replaced: { run_id: string; reason: string; resumed_from_checkpoint: boolean } | null;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as {
    code?: string;
    meta?: { code?: string; driverAdapterError?: { cause?: { originalCode?: string } } };
    message?: string;
  };
  return (
    e?.code === "P2002" ||
    e?.code === "23505" ||
    e?.meta?.code === "23505" ||
    e?.meta?.driverAdapterError?.cause?.originalCode === "23505" ||
    /unique constraint|23505/i.test(e?.message ?? "")
  );
}

async function readRun(db: Db, where: Prisma.Sql, staleAfterSeconds: number): Promise<SyncRun | null> {
  const rows = await db.$queryRaw<RunRow[]>`SELECT ${RUN_COLUMNS} FROM receipt_sync_runs WHERE ${where} LIMIT 1`;
  return rows[0] ? toSyncRun(rows[0], staleAfterSeconds) : null;
}

/**
 * Starts a run for a business: a new running run, or SyncAlreadyRunning with the healthy run's
 * progress. A stale running run is failed and replaced; the new run resumes from its checkpoint
 * when it covered the same range. The partial unique index makes concurrent starts yield one run.
 */
export async function startSyncRun(prisma: PrismaClient, input: StartRunInput): Promise<StartedRun> {
  try {
    return await prisma.$transaction((tx) => startInTransaction(tx, input));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another start won the race between our read and our insert: report its run.
    const winner = await readRun(
      prisma,
      Prisma.sql`business_id = ${input.businessId}::uuid AND status = 'running'`,
      input.staleAfterSeconds,
    );
    if (winner) throw new SyncAlreadyRunning(winner);
    throw error;
  }
}

/** The message a stale run is failed with (failure_code "stale"); the seconds of silence follow it. */
export const STALE_MESSAGE_PREFIX = "Stale run auto-failed: no heartbeat for ";

interface CurrentRunRow {
  id: string;
  mode: SyncRunMode;
  from_date: string | null;
  to_date: string | null;
  checkpoint: SyncCheckpoint | null;
  idle_seconds: number;
}

async function startInTransaction(tx: Prisma.TransactionClient, input: StartRunInput): Promise<StartedRun> {
  const [current] = await tx.$queryRaw<CurrentRunRow[]>`
    SELECT id::text, mode::text, from_date::text, to_date::text, checkpoint,
           floor(extract(epoch FROM now() - coalesce(last_heartbeat_at, started_at)))::int AS idle_seconds
    FROM receipt_sync_runs
    WHERE business_id = ${input.businessId}::uuid AND status = 'running'
    FOR UPDATE`;

  let replaced: StartedRun["replaced"] = null;
  let resumeFrom: CurrentRunRow | null = null;
  if (current) {
    if (current.idle_seconds <= input.staleAfterSeconds) {
      const run = await readRun(tx, Prisma.sql`id = ${current.id}::uuid`, input.staleAfterSeconds);
      throw new SyncAlreadyRunning(run!);
    }
    const reason = `${STALE_MESSAGE_PREFIX}${current.idle_seconds}s`;
    await tx.$executeRaw`
      UPDATE receipt_sync_runs
      SET status = 'failed', failure_code = 'stale', error_message = ${reason}, finished_at = now(), updated_at = now()
      WHERE id = ${current.id}::uuid AND status = 'running'`;
    replaced = { run_id: current.id, reason, resumed_from_checkpoint: false };
  }
  // Resume from the latest run of this range if it died: failed as stale by this start or by a
  // sweeper earlier. Not from a run that completed, or that a person cancelled.
  const [latest] = await tx.$queryRaw<Array<CurrentRunRow & { status: string; failure_code: string | null }>>`
    SELECT id::text, mode::text, from_date::text, to_date::text, checkpoint, status::text, failure_code::text, 0 AS idle_seconds
    FROM receipt_sync_runs
    WHERE business_id = ${input.businessId}::uuid AND mode = ${input.mode}::sync_run_mode
      AND from_date IS NOT DISTINCT FROM ${input.fromDate}::date AND to_date IS NOT DISTINCT FROM ${input.toDate}::date
    ORDER BY started_at DESC
    LIMIT 1`;
  if (latest?.status === "failed" && latest.checkpoint && latest.failure_code === "stale") resumeFrom = latest;
  if (replaced) replaced.resumed_from_checkpoint = resumeFrom?.id === replaced.run_id;

  const checkpoint = resumeFrom?.checkpoint ?? null;
  const [inserted] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO receipt_sync_runs (
      business_id, mode, from_date, to_date, status, last_heartbeat_at, started_at, updated_at,
      checkpoint, resumed_from_run_id, messages_scanned, pages_scanned, saved_receipts)
    VALUES (
      ${input.businessId}::uuid, ${input.mode}::sync_run_mode, ${input.fromDate}::date, ${input.toDate}::date,
      'running', now(), now(), now(),
      ${checkpoint ? JSON.stringify(checkpoint) : null}::jsonb, ${resumeFrom?.id ?? null}::uuid,
      ${checkpoint?.messages_scanned ?? 0}, ${checkpoint?.pages_scanned ?? 0}, ${checkpoint?.saved_receipts ?? 0})
    RETURNING id::text`;
  const run = await readRun(tx, Prisma.sql`id = ${inserted!.id}::uuid`, input.staleAfterSeconds);
  return { run: run!, replaced };
}

/**
 * Hands the oldest unclaimed running run (or the given one: the CLI runs its own) to a worker, with
 * a fresh fencing token.
 */
export async function claimNextRun(
  prisma: PrismaClient,
  workerId: string,
  staleAfterSeconds: number,
  onlyRunId?: string,
): Promise<ClaimedRun | null> {
  const only = onlyRunId ? Prisma.sql`AND id = ${onlyRunId}::uuid` : Prisma.empty;
  const rows = await prisma.$queryRaw<RunRow[]>`
    UPDATE receipt_sync_runs
    SET lease_token = gen_random_uuid(), worker_id = ${workerId}, claimed_at = now(),
        last_heartbeat_at = now(), updated_at = now()
    WHERE id = (
      SELECT id FROM receipt_sync_runs
      WHERE status = 'running' AND lease_token IS NULL ${only}
      ORDER BY started_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING ${RUN_COLUMNS}, lease_token::text, checkpoint`;
  const row = rows[0];
  if (!row) return null;
  return { ...toSyncRun(row, staleAfterSeconds), lease_token: row.lease_token!, checkpoint: row.checkpoint ?? null };
}

export interface Lease {
  runId: string;
  leaseToken: string;
}

/**
 * Runs `work` in one transaction that first checks the worker still holds the run's lease; null,
 * with nothing written, when it does not. FOR SHARE holds off a concurrent takeover until `work` commits.
 */
export async function whileLeaseHeld<T>(
  prisma: PrismaClient,
  lease: Lease,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T | null> {
  return prisma.$transaction(async (tx) => {
    const owned = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM receipt_sync_runs
      WHERE id = ${lease.runId}::uuid AND status = 'running' AND lease_token = ${lease.leaseToken}::uuid
      FOR SHARE`;
    return owned.length === 0 ? null : work(tx);
  });
}

export interface HeartbeatInput extends Lease {
  counters: RunCounters;
  progressPercentage: number;
  estimatedTotal?: number | null;
  /** Written only after a whole page is saved. */
  checkpoint?: SyncCheckpoint;
}

/**
 * Records that the worker is alive and how far it got. Returns null when the worker no longer owns
 * the run (failed as stale, cancelled elsewhere, finished): it must stop and write nothing more.
 */
export async function recordHeartbeat(prisma: Db, input: HeartbeatInput): Promise<{ cancelRequested: boolean } | null> {
  const { counters } = input;
  const rows = await prisma.$queryRaw<{ cancel_requested: boolean }[]>`
    UPDATE receipt_sync_runs
    SET last_heartbeat_at = now(), updated_at = now(),
        messages_scanned = ${counters.messagesScanned}, pages_scanned = ${counters.pagesScanned},
        saved_receipts = ${counters.savedReceipts}, progress_percentage = ${input.progressPercentage},
        estimated_total = coalesce(${input.estimatedTotal ?? null}::int, estimated_total),
        checkpoint = coalesce(${input.checkpoint ? JSON.stringify(input.checkpoint) : null}::jsonb, checkpoint)
    WHERE id = ${input.runId}::uuid AND status = 'running' AND lease_token = ${input.leaseToken}::uuid
    RETURNING cancel_requested_at IS NOT NULL AS cancel_requested`;
  return rows[0] ? { cancelRequested: rows[0].cancel_requested } : null;
}

/** Heartbeat without new counters, while the worker waits on Gmail's backoff. */
export async function touchHeartbeat(prisma: Db, lease: Lease): Promise<boolean> {
  const n = await prisma.$executeRaw`
    UPDATE receipt_sync_runs SET last_heartbeat_at = now(), updated_at = now()
    WHERE id = ${lease.runId}::uuid AND status = 'running' AND lease_token = ${lease.leaseToken}::uuid`;
  return n === 1;
}

export type FinalStatus = "completed" | "failed" | "cancelled";

/** Writes the final status with the last counters and heartbeat; false when the lease was lost. */
export async function finishRun(
  prisma: Db,
  input: Lease & {
    status: FinalStatus;
    counters: RunCounters;
    errorMessage?: string | null;
    failureCode?: SyncFailureCode | null;
    progressPercentage: number;
  },
): Promise<boolean> {
  const { counters } = input;
  const n = await prisma.$executeRaw`
    UPDATE receipt_sync_runs
    SET status = ${input.status}::sync_run_status, finished_at = now(), updated_at = now(), last_heartbeat_at = now(),
        cancelled_at = CASE WHEN ${input.status} = 'cancelled' THEN now() ELSE NULL END,
        error_message = ${input.errorMessage ?? null},
        failure_code = ${input.status === "failed" ? (input.failureCode ?? "unexpected") : null}::sync_failure_code,
        messages_scanned = ${counters.messagesScanned}, pages_scanned = ${counters.pagesScanned},
        saved_receipts = ${counters.savedReceipts}, progress_percentage = ${input.progressPercentage}
    WHERE id = ${input.runId}::uuid AND status = 'running' AND lease_token = ${input.leaseToken}::uuid`;
  return n === 1;
}

/**
 * Asks the business's running run to stop. A run no worker has claimed yet is cancelled at once;
 * a claimed one is stopped by its worker at its next check (within 20 messages).
 */
export async function requestCancel(
  prisma: PrismaClient,
  businessId: string,
  staleAfterSeconds: number,
): Promise<SyncRun> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE receipt_sync_runs
    SET cancel_requested_at = coalesce(cancel_requested_at, now()), updated_at = now(),
        status = CASE WHEN lease_token IS NULL THEN 'cancelled'::sync_run_status ELSE status END,
        cancelled_at = CASE WHEN lease_token IS NULL THEN now() ELSE cancelled_at END,
        finished_at = CASE WHEN lease_token IS NULL THEN now() ELSE finished_at END
    WHERE business_id = ${businessId}::uuid AND status = 'running'
    RETURNING id::text`;
  if (!rows[0]) throw new RunNotFound("No sync is running");
  return (await readRun(prisma, Prisma.sql`id = ${rows[0].id}::uuid`, staleAfterSeconds))!;
}

/**
 * Fails every running run whose heartbeat is older than the threshold: the workers' sweeper, and the
 * status read for one business, so a dead run never shows as running even when no worker is alive.
 */
export async function failStaleRuns(
  prisma: PrismaClient,
  staleAfterSeconds: number,
  businessId?: string,
): Promise<{ id: string; business_id: string; error_message: string }[]> {
  const ofBusiness = businessId ? Prisma.sql`AND business_id = ${businessId}::uuid` : Prisma.empty;
  return prisma.$queryRaw`
    UPDATE receipt_sync_runs
    SET status = 'failed', failure_code = 'stale', finished_at = now(), updated_at = now(),
        error_message = ${STALE_MESSAGE_PREFIX} || floor(extract(epoch FROM now() - coalesce(last_heartbeat_at, started_at)))::int || 's'
    WHERE status = 'running' ${ofBusiness}
      AND coalesce(last_heartbeat_at, started_at) < now() - make_interval(secs => ${staleAfterSeconds})
    RETURNING id::text, business_id::text, error_message`;
}

/** Gives a run back so another worker resumes it from its checkpoint (graceful shutdown). */
export async function releaseRun(prisma: Db, lease: Lease): Promise<boolean> {
  const n = await prisma.$executeRaw`
    UPDATE receipt_sync_runs SET lease_token = NULL, worker_id = NULL, claimed_at = NULL, updated_at = now()
    WHERE id = ${lease.runId}::uuid AND status = 'running' AND lease_token = ${lease.leaseToken}::uuid`;
  return n === 1;
}
