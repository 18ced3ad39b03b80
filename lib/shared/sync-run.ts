// A sync run as the API serves it and the dashboard reads it: the shape is written once, here, as a
// zod schema; the server's types and the browser's are inferred from it.
import { z } from "zod";
import { calendarDay, isoInstant } from "./wire";

export const SYNC_RUN_STATUSES = ["running", "completed", "failed", "cancelled"] as const;
/** range: dates the user chose; incremental: what Gmail's history added since the last completed run (by
 *  date range from that run's end, or the default lookback, when there is no usable history). */
export const SYNC_RUN_MODES = ["range", "incremental"] as const;
/** What started a run: a person's Sync press, a schedule, connecting Gmail (the first import), an API key. */
export const SYNC_RUN_STARTERS = ["manual", "schedule", "connect", "api"] as const;
/** How a failed run ended: its worker went silent, Gmail must be connected again, Gmail kept failing, or a bug. */
export const SYNC_FAILURE_CODES = ["stale", "gmail_auth", "gmail", "unexpected"] as const;

export const runProgressSchema = z.strictObject({
  messages_scanned: z.number().int(),
  saved_receipts: z.number().int(),
  pages_scanned: z.number().int(),
  progress_percentage: z
    .number()
    .int()
    .min(0)
    .max(100)
    .describe(
      "share of the date range covered so far (newest mail first), or of the messages Gmail's history added, capped at 99 until the run completes",
    ),
  last_heartbeat_at: isoInstant,
  seconds_since_heartbeat: z.number().int().describe("by the database clock; falls back to started_at"),
});

export const syncRunSchema = z.strictObject({
  id: z.uuid(),
  business_id: z.uuid(),
  mode: z.enum(SYNC_RUN_MODES),
  started_by: z
    .enum(SYNC_RUN_STARTERS)
    .describe("manual (Sync pressed by a signed-in person, or the CLI), schedule, connect (the first import), api"),
  from_date: calendarDay.nullable(),
  to_date: calendarDay.nullable(),
  status: z.enum(SYNC_RUN_STATUSES),
  messages_scanned: z.number().int(),
  pages_scanned: z.number().int(),
  saved_receipts: z.number().int(),
  updated_receipts: z
    .number()
    .int()
    .describe("receipts nobody had touched that a newer extractor read differently, and that this run updated"),
  skipped_messages: z
    .number()
    .int()
    .describe("messages Gmail deleted between listing and fetching: skipped and counted, never a failure"),
  estimated_total: z
    .number()
    .int()
    .nullable()
    .describe("Gmail's resultSizeEstimate for the range; for a history run, the number of messages added"),
  progress_percentage: z.number().int().min(0).max(100),
  error_message: z.string().nullable().describe("why a failed run stopped, for people"),
  summary: z
    .string()
    .nullable()
    .describe(
      "what people should know about how the run went, e.g. that Gmail's history had expired and it synced by date range instead",
    ),
  failure_code: z
    .enum(SYNC_FAILURE_CODES)
    .nullable()
    .describe(
      "why a failed run stopped, for programs: stale (its worker went silent; the next start resumes it), gmail_auth (connect Gmail again), gmail (Gmail kept failing), unexpected",
    ),
  started_at: isoInstant,
  updated_at: isoInstant,
  finished_at: isoInstant.nullable(),
  cancelled_at: isoInstant.nullable(),
  cancel_requested_at: isoInstant.nullable(),
  last_heartbeat_at: isoInstant.nullable(),
  resumed_from_run_id: z.uuid().nullable(),
  seconds_since_heartbeat: z
    .number()
    .int()
    .describe("since the last heartbeat (since start without one), by the database clock"),
  is_stale: z
    .boolean()
    .describe("running but silent for longer than the stale threshold (180 s): the next start or sweep fails it"),
});

export type SyncRun = z.infer<typeof syncRunSchema>;
export type SyncRunStatus = SyncRun["status"];
export type SyncRunMode = SyncRun["mode"];
export type SyncRunStarter = SyncRun["started_by"];
export type SyncFailureCode = (typeof SYNC_FAILURE_CODES)[number];
/** The live progress a 409 carries, so a second Sync press shows the run that is going. */
export type RunProgress = z.infer<typeof runProgressSchema>;

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
