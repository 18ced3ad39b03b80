// The shape of a sync run as the domain and the API see it, read with the database clock.
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "../errors";

export type SyncRunStatus = "running" | "completed" | "failed" | "cancelled";
export type SyncRunMode = "range" | "incremental" | "full";
/** How a failed run ended: its worker went silent, Gmail must be connected again, Gmail kept failing, or a bug. */
export const SYNC_FAILURE_CODES = ["stale", "gmail_auth", "gmail", "unexpected"] as const;
export type SyncFailureCode = (typeof SYNC_FAILURE_CODES)[number];

/** What a run has committed after its last complete page; a resumed run starts from here. */
export interface SyncCheckpoint {
  next_page_token: string | null;
  /** Oldest message date scanned so far (messages are listed newest first). */
  oldest_message_at: string | null;
  messages_scanned: number;
  pages_scanned: number;
  saved_receipts: number;
}

export interface SyncRun {
  id: string;
  business_id: string;
  mode: SyncRunMode;
  from_date: string | null;
  to_date: string | null;
  status: SyncRunStatus;
  messages_scanned: number;
  pages_scanned: number;
  saved_receipts: number;
  estimated_total: number | null;
  progress_percentage: number;
  error_message: string | null;
  /** Set when status is failed. */
  failure_code: SyncFailureCode | null;
  started_at: string;
  updated_at: string;
  finished_at: string | null;
  cancelled_at: string | null;
  cancel_requested_at: string | null;
  last_heartbeat_at: string | null;
  resumed_from_run_id: string | null;
  /** Seconds since the last heartbeat (or since start when there is none), by the database clock. */
  seconds_since_heartbeat: number;
  /** Running, but silent for longer than the stale threshold: the next start or sweep fails it. */
  is_stale: boolean;
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
}

/** The SELECT list that every read of a run uses; `$stale` is the threshold in seconds. */
export const RUN_COLUMNS = Prisma.sql`
  id::text, business_id::text, mode::text, from_date::text, to_date::text, status::text,
  messages_scanned, pages_scanned, saved_receipts, estimated_total, progress_percentage, error_message, failure_code::text,
  started_at, updated_at, finished_at, cancelled_at, cancel_requested_at, last_heartbeat_at,
  resumed_from_run_id::text,
  floor(extract(epoch FROM now() - coalesce(last_heartbeat_at, started_at)))::int AS seconds_since_heartbeat`;

export interface RunRow extends Omit<
  SyncRun,
  | "started_at"
  | "updated_at"
  | "finished_at"
  | "cancelled_at"
  | "cancel_requested_at"
  | "last_heartbeat_at"
  | "is_stale"
> {
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

export function toSyncRun(row: RunRow, staleAfterSeconds: number): SyncRun {
  return {
    id: row.id,
    business_id: row.business_id,
    mode: row.mode,
    from_date: row.from_date,
    to_date: row.to_date,
    status: row.status,
    messages_scanned: row.messages_scanned,
    pages_scanned: row.pages_scanned,
    saved_receipts: row.saved_receipts,
    estimated_total: row.estimated_total,
    progress_percentage: row.progress_percentage,
    error_message: row.error_message,
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

/** The live progress a 409 carries, so a second Sync press shows the run that is going. */
export interface RunProgress {
  messages_scanned: number;
  saved_receipts: number;
  pages_scanned: number;
  progress_percentage: number;
  last_heartbeat_at: string | null;
  seconds_since_heartbeat: number;
}

export function progressOf(run: SyncRun): RunProgress {
  return {
    messages_scanned: run.messages_scanned,
    saved_receipts: run.saved_receipts,
    pages_scanned: run.pages_scanned,
    progress_percentage: run.progress_percentage,
    last_heartbeat_at: run.last_heartbeat_at ?? run.started_at,
    seconds_since_heartbeat: run.seconds_since_heartbeat,
  };
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
