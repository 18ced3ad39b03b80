// The run store: every read and write of receipt_sync_runs, bound once to its database and stale
// threshold. Each write is one conditional SQL statement that returns whether it won; all times come
// from the database clock, so workers on several machines agree on what "stale" means.
import "server-only";
import type { MailboxFilter } from "../gmail/mailbox-filter";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError } from "../errors";
import {
  progressOf,
  type RunProgress,
  type SyncFailureCode,
  type SyncRun,
  type SyncRunMode,
  type SyncRunStarter,
} from "../shared/sync-run";

type Db = PrismaClient | Prisma.TransactionClient;

/** What a run has committed after its last complete page; a resumed run starts from here. */
export interface SyncCheckpoint {
  next_page_token: string | null;
  /** Oldest message date scanned so far (messages are listed newest first). */
  oldest_message_at: string | null;
  messages_scanned: number;
  pages_scanned: number;
  saved_receipts: number;
  /** Absent in checkpoints written before runs counted re-read receipts. */
  updated_receipts?: number;
  /** Absent in checkpoints written before runs counted deleted messages. */
  skipped_messages?: number;
  /** How the run lists messages; absent (a date range) in checkpoints from before history syncs. */
  listing?: ListingCheckpoint;
}

/**
 * What a resumed run needs to go on listing the same way: the mailbox's history id when the run began
 * (stored on the connection once it completes), and for a history listing the id it lists from (its
 * next_page_token is then the count of added messages already processed).
 */
export interface ListingCheckpoint {
  kind: "range" | "history";
  mailbox_history_id: string | null;
  start_history_id?: string;
  /** Said on the run when Gmail's history had expired and the run fell back to its date range. */
  summary?: string | null;
  /** The mailbox filter the run began with: a resumed run lists the same way whatever changed since. */
  mailbox_filter?: MailboxFilter;
}

/** A run as its worker holds it: the fencing token and the checkpoint to resume from. */
export interface ClaimedRun extends SyncRun {
  lease_token: string;
  checkpoint: SyncCheckpoint | null;
}

export interface RunCounters {
  messagesScanned: number;
  pagesScanned: number;
  savedReceipts: number;
  updatedReceipts: number;
  /** Messages deleted before they were fetched; 0 when not given. */
  skippedMessages?: number;
}

/** Proof that a worker holds a run: every write by the worker is conditional on it. */
export interface Lease {
  runId: string;
  leaseToken: string;
}

export interface StartRunInput {
  businessId: string;
  mode: SyncRunMode;
  /** Who asked; a person's Sync press when not said. */
  startedBy?: SyncRunStarter;
  fromDate: string | null;
  toDate: string | null;
}

export interface StartedRun {
  run: SyncRun;
  /** The stale run this start failed and replaced, if any. */
  replaced: { run_id: string; reason: string; resumed_from_checkpoint: boolean } | null;
}

export interface HeartbeatInput extends Lease {
  counters: RunCounters;
  progressPercentage: number;
  estimatedTotal?: number | null;
  /** Written once known (a history fallback); a null leaves the run's summary as it is. */
  summary?: string | null;
  /** Written only after a whole page is saved. */
  checkpoint?: SyncCheckpoint;
}

export type FinalStatus = "completed" | "failed" | "cancelled";

export interface FinishInput extends Lease {
  status: FinalStatus;
  counters: RunCounters;
  errorMessage?: string | null;
  failureCode?: SyncFailureCode | null;
  summary?: string | null;
  progressPercentage: number;
}

export interface RunPage {
  runs: SyncRun[];
  next_cursor: string | null;
}

export interface StaleRunFailed {
  id: string;
  business_id: string;
  error_message: string;
}

export class SyncAlreadyRunning extends Error {
  readonly code = "sync_in_progress";
  constructor(readonly run: SyncRun) {
    super("Sync already in progress");
  }
  get progress(): RunProgress {
    return progressOf(this.run);
  }
}

export class RunNotFound extends AppError {
  constructor(message = "Sync run not found") {
    super("not_found", "not_found", message);
  }
}

/** The message a stale run is failed with (failure_code "stale"); the seconds of silence follow it. */
export const STALE_MESSAGE_PREFIX = "Stale run auto-failed: no heartbeat for ";

export interface RunStoreOptions {
  /** A running run silent for longer than this is stale: failed by the next start, sweep or status read. */
  staleAfterSeconds: number;
}

export interface RunStore {
  readonly prisma: PrismaClient;
  readonly staleAfterSeconds: number;
  /**
   * A new running run for a business, or SyncAlreadyRunning with the healthy run's progress. A stale
   * running run is failed and replaced; the new run resumes from its checkpoint when it covered the
   * same range. The partial unique index makes concurrent starts yield one run.
   */
  start(input: StartRunInput): Promise<StartedRun>;
  /** Hands the oldest unclaimed running run (or the given one: the CLI runs its own) to a worker, with a fresh lease. */
  claim(workerId: string, onlyRunId?: string): Promise<ClaimedRun | null>;
  /**
   * Runs `work` in one transaction that first checks the worker still holds the lease; null, with
   * nothing written, when it does not. FOR SHARE holds off a concurrent takeover until `work` commits.
   */
  whileLeaseHeld<T>(lease: Lease, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T | null>;
  /**
   * Records that the worker is alive and how far it got. Null when the worker no longer owns the run
   * (failed as stale, cancelled, finished): it must stop and write nothing more.
   */
  heartbeat(input: HeartbeatInput): Promise<{ cancelRequested: boolean } | null>;
  /** A heartbeat without new counters, while the worker waits on Gmail or reads a slow message. */
  keepAlive(lease: Lease): Promise<boolean>;
  /** Writes the final status with the last counters; false when the lease was lost. */
  finish(input: FinishInput): Promise<boolean>;
  /** Gives a run back so another worker resumes it from its checkpoint (graceful shutdown). */
  release(lease: Lease): Promise<boolean>;
  /**
   * Asks the business's running run to stop. A run no worker has claimed is cancelled at once; a
   * claimed one is stopped by its worker at its next check (within 20 messages).
   */
  cancel(businessId: string): Promise<SyncRun>;
  /**
   * Fails every stale running run (of one business, when given): the workers' sweeper, and the status
   * read, so a dead run never shows as running even when no worker is alive.
   */
  sweep(businessId?: string): Promise<StaleRunFailed[]>;
  /** One run of the business; another business's run is simply not found. */
  get(businessId: string, runId: string): Promise<SyncRun>;
  /** The running run, else the latest one; null when the business never synced. */
  current(businessId: string): Promise<SyncRun | null>;
  /** Newest first; the cursor is the last run's id (keyset on started_at, id). */
  list(businessId: string, page: { limit: number; cursor?: string | null }): Promise<RunPage>;
}

export function createRunStore(prisma: PrismaClient, options: RunStoreOptions): RunStore {
  const { staleAfterSeconds } = options;
  const toRun = (row: RunRow) => toSyncRun(row, staleAfterSeconds);
  const readRun = async (db: Db, where: Prisma.Sql): Promise<SyncRun | null> => {
    const rows = await db.$queryRaw<RunRow[]>`SELECT ${RUN_COLUMNS} FROM receipt_sync_runs WHERE ${where} LIMIT 1`;
    return rows[0] ? toRun(rows[0]) : null;
  };

  return {
    prisma,
    staleAfterSeconds,

    async start(input) {
      try {
        return await prisma.$transaction((tx) => startInTransaction(tx, input, staleAfterSeconds, readRun));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Another start won the race between our read and our insert: report its run.
        const winner = await readRun(
          prisma,
          Prisma.sql`business_id = ${input.businessId}::uuid AND status = 'running'`,
        );
        if (winner) throw new SyncAlreadyRunning(winner);
        throw error;
      }
    },

    async claim(workerId, onlyRunId) {
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
      return { ...toRun(row), lease_token: row.lease_token!, checkpoint: row.checkpoint ?? null };
    },

    whileLeaseHeld(lease, work) {
      return prisma.$transaction(async (tx) => {
        const owned = await tx.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM receipt_sync_runs
          WHERE id = ${lease.runId}::uuid AND status = 'running' AND lease_token = ${lease.leaseToken}::uuid
          FOR SHARE`;
        return owned.length === 0 ? null : work(tx);
      });
    },

    async heartbeat(input) {
      const { counters } = input;
      const rows = await prisma.$queryRaw<{ cancel_requested: boolean }[]>`
        UPDATE receipt_sync_runs
        SET last_heartbeat_at = now(), updated_at = now(),
            messages_scanned = ${counters.messagesScanned}, pages_scanned = ${counters.pagesScanned},
            saved_receipts = ${counters.savedReceipts}, updated_receipts = ${counters.updatedReceipts},
            skipped_messages = ${counters.skippedMessages ?? 0},
            progress_percentage = ${input.progressPercentage},
            summary = coalesce(${input.summary ?? null}::text, summary),
            estimated_total = coalesce(${input.estimatedTotal ?? null}::int, estimated_total),
            checkpoint = coalesce(${input.checkpoint ? JSON.stringify(input.checkpoint) : null}::jsonb, checkpoint)
        WHERE id = ${input.runId}::uuid AND status = 'running' AND lease_token = ${input.leaseToken}::uuid
        RETURNING cancel_requested_at IS NOT NULL AS cancel_requested`;
      return rows[0] ? { cancelRequested: rows[0].cancel_requested } : null;
    },

    async keepAlive(lease) {
      const n = await prisma.$executeRaw`
        UPDATE receipt_sync_runs SET last_heartbeat_at = now(), updated_at = now()
        WHERE id = ${lease.runId}::uuid AND status = 'running' AND lease_token = ${lease.leaseToken}::uuid`;
      return n === 1;
    },

    async finish(input) {
      const { counters } = input;
      const n = await prisma.$executeRaw`
        UPDATE receipt_sync_runs
        SET status = ${input.status}::sync_run_status, finished_at = now(), updated_at = now(), last_heartbeat_at = now(),
            cancelled_at = CASE WHEN ${input.status} = 'cancelled' THEN now() ELSE NULL END,
            error_message = ${input.errorMessage ?? null},
            failure_code = ${input.status === "failed" ? (input.failureCode ?? "unexpected") : null}::sync_failure_code,
            messages_scanned = ${counters.messagesScanned}, pages_scanned = ${counters.pagesScanned},
            saved_receipts = ${counters.savedReceipts}, updated_receipts = ${counters.updatedReceipts},
            skipped_messages = ${counters.skippedMessages ?? 0},
            summary = coalesce(${input.summary ?? null}::text, summary),
            progress_percentage = ${input.progressPercentage}
        WHERE id = ${input.runId}::uuid AND status = 'running' AND lease_token = ${input.leaseToken}::uuid`;
      return n === 1;
    },

    async release(lease) {
      const n = await prisma.$executeRaw`
        UPDATE receipt_sync_runs SET lease_token = NULL, worker_id = NULL, claimed_at = NULL, updated_at = now()
        WHERE id = ${lease.runId}::uuid AND status = 'running' AND lease_token = ${lease.leaseToken}::uuid`;
      return n === 1;
    },

    async cancel(businessId) {
      const rows = await prisma.$queryRaw<{ id: string }[]>`
        UPDATE receipt_sync_runs
        SET cancel_requested_at = coalesce(cancel_requested_at, now()), updated_at = now(),
            status = CASE WHEN lease_token IS NULL THEN 'cancelled'::sync_run_status ELSE status END,
            cancelled_at = CASE WHEN lease_token IS NULL THEN now() ELSE cancelled_at END,
            finished_at = CASE WHEN lease_token IS NULL THEN now() ELSE finished_at END
        WHERE business_id = ${businessId}::uuid AND status = 'running'
        RETURNING id::text`;
      if (!rows[0]) throw new RunNotFound("No sync is running");
      return (await readRun(prisma, Prisma.sql`id = ${rows[0].id}::uuid`))!;
    },

    sweep(businessId) {
      const ofBusiness = businessId ? Prisma.sql`AND business_id = ${businessId}::uuid` : Prisma.empty;
      return prisma.$queryRaw<StaleRunFailed[]>`
        UPDATE receipt_sync_runs
        SET status = 'failed', failure_code = 'stale', finished_at = now(), updated_at = now(),
            error_message = ${STALE_MESSAGE_PREFIX} || floor(extract(epoch FROM now() - coalesce(last_heartbeat_at, started_at)))::int || 's'
        WHERE status = 'running' ${ofBusiness}
          AND coalesce(last_heartbeat_at, started_at) < now() - make_interval(secs => ${staleAfterSeconds})
        RETURNING id::text, business_id::text, error_message`;
    },

    async get(businessId, runId) {
      const run = await readRun(prisma, Prisma.sql`id = ${runId}::uuid AND business_id = ${businessId}::uuid`);
      if (!run) throw new RunNotFound();
      return run;
    },

    async current(businessId) {
      const rows = await prisma.$queryRaw<RunRow[]>`
        SELECT ${RUN_COLUMNS} FROM receipt_sync_runs
        WHERE business_id = ${businessId}::uuid
        ORDER BY (status = 'running') DESC, started_at DESC, id DESC
        LIMIT 1`;
      return rows[0] ? toRun(rows[0]) : null;
    },

    async list(businessId, page) {
      const after = page.cursor
        ? Prisma.sql`AND (started_at, id) < (SELECT started_at, id FROM receipt_sync_runs WHERE id = ${page.cursor}::uuid AND business_id = ${businessId}::uuid)`
        : Prisma.empty;
      const rows = await prisma.$queryRaw<RunRow[]>`
        SELECT ${RUN_COLUMNS} FROM receipt_sync_runs
        WHERE business_id = ${businessId}::uuid ${after}
        ORDER BY started_at DESC, id DESC
        LIMIT ${page.limit + 1}`;
      const runs = rows.slice(0, page.limit).map(toRun);
      return { runs, next_cursor: rows.length > page.limit ? runs[runs.length - 1]!.id : null };
    },
  };
}

interface CurrentRunRow {
  id: string;
  mode: SyncRunMode;
  from_date: string | null;
  to_date: string | null;
  checkpoint: SyncCheckpoint | null;
  idle_seconds: number;
}

async function startInTransaction(
  tx: Prisma.TransactionClient,
  input: StartRunInput,
  staleAfterSeconds: number,
  readRun: (db: Db, where: Prisma.Sql) => Promise<SyncRun | null>,
): Promise<StartedRun> {
  const [current] = await tx.$queryRaw<CurrentRunRow[]>`
    SELECT id::text, mode::text, from_date::text, to_date::text, checkpoint,
           floor(extract(epoch FROM now() - coalesce(last_heartbeat_at, started_at)))::int AS idle_seconds
    FROM receipt_sync_runs
    WHERE business_id = ${input.businessId}::uuid AND status = 'running'
    FOR UPDATE`;

  let replaced: StartedRun["replaced"] = null;
  let resumeFrom: CurrentRunRow | null = null;
  if (current) {
    if (current.idle_seconds <= staleAfterSeconds) {
      const run = await readRun(tx, Prisma.sql`id = ${current.id}::uuid`);
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
      business_id, mode, started_by, from_date, to_date, status, last_heartbeat_at, started_at, updated_at,
      checkpoint, resumed_from_run_id, messages_scanned, pages_scanned, saved_receipts, updated_receipts,
      skipped_messages, summary)
    VALUES (
      ${input.businessId}::uuid, ${input.mode}::sync_run_mode, ${input.startedBy ?? "manual"}::sync_run_started_by,
      ${input.fromDate}::date, ${input.toDate}::date,
      'running', now(), now(), now(),
      ${checkpoint ? JSON.stringify(checkpoint) : null}::jsonb, ${resumeFrom?.id ?? null}::uuid,
      ${checkpoint?.messages_scanned ?? 0}, ${checkpoint?.pages_scanned ?? 0}, ${checkpoint?.saved_receipts ?? 0},
      ${checkpoint?.updated_receipts ?? 0}, ${checkpoint?.skipped_messages ?? 0},
      ${checkpoint?.listing?.summary ?? null})
    RETURNING id::text`;
  const run = await readRun(tx, Prisma.sql`id = ${inserted!.id}::uuid`);
  return { run: run!, replaced };
}

// The SQL row of a run and its mapping to the shape the API serves.

/** The SELECT list that every read of a run uses. */
const RUN_COLUMNS = Prisma.sql`
  id::text, business_id::text, mode::text, started_by::text, from_date::text, to_date::text, status::text,
  messages_scanned, pages_scanned, saved_receipts, updated_receipts, skipped_messages, estimated_total, progress_percentage,
  error_message, summary, failure_code::text,
  started_at, updated_at, finished_at, cancelled_at, cancel_requested_at, last_heartbeat_at,
  resumed_from_run_id::text,
  floor(extract(epoch FROM now() - coalesce(last_heartbeat_at, started_at)))::int AS seconds_since_heartbeat`;

type Instants =
  "started_at" | "updated_at" | "finished_at" | "cancelled_at" | "cancel_requested_at" | "last_heartbeat_at";

interface RunRow extends Omit<SyncRun, Instants | "is_stale"> {
  started_at: Date;
  updated_at: Date;
  finished_at: Date | null;
  cancelled_at: Date | null;
  cancel_requested_at: Date | null;
  last_heartbeat_at: Date | null;
  lease_token?: string | null;
  checkpoint?: SyncCheckpoint | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toSyncRun(row: RunRow, staleAfterSeconds: number): SyncRun {
  return {
    id: row.id,
    business_id: row.business_id,
    mode: row.mode,
    started_by: row.started_by,
    from_date: row.from_date,
    to_date: row.to_date,
    status: row.status,
    messages_scanned: row.messages_scanned,
    pages_scanned: row.pages_scanned,
    saved_receipts: row.saved_receipts,
    updated_receipts: row.updated_receipts,
    skipped_messages: row.skipped_messages,
    estimated_total: row.estimated_total,
    progress_percentage: row.progress_percentage,
    error_message: row.error_message,
    summary: row.summary,
    failure_code: row.failure_code,
    started_at: row.started_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
    finished_at: iso(row.finished_at),
    cancelled_at: iso(row.cancelled_at),
    cancel_requested_at: iso(row.cancel_requested_at),
    last_heartbeat_at: iso(row.last_heartbeat_at),
    resumed_from_run_id: row.resumed_from_run_id,
    seconds_since_heartbeat: row.seconds_since_heartbeat,
    is_stale: row.status === "running" && row.seconds_since_heartbeat > staleAfterSeconds,
  };
}
