// A Sync press answered 409 shows the run already going instead of an error: which errors count as
// that, and how the 409's progress updates the run the dashboard already shows.
import { describe, expect, it } from "vitest";
import type { SyncRun } from "@/lib/ui/api-types";
import { ApiRequestError } from "@/lib/ui/fetch-json";
import { runWithConflictProgress, syncConflictOf, type SyncConflict } from "@/lib/ui/sync-conflict";

const GMAIL_NOT_CONNECTED = "Gmail is not connected for this business: connect it in Settings first";
const RUN_ID = "00000000-0000-4000-8000-0000000000a1";

const run = (over: Partial<SyncRun> = {}): SyncRun => ({
  id: RUN_ID,
  business_id: "00000000-0000-4000-8000-0000000000b1",
  mode: "range",
  started_by: "manual",
  from_date: "2026-01-01",
  to_date: "2026-03-31",
  status: "running",
  messages_scanned: 40,
  pages_scanned: 1,
  saved_receipts: 3,
  updated_receipts: 0,
  skipped_messages: 0,
  estimated_total: 400,
  progress_percentage: 10,
  error_message: null,
  summary: null,
  failure_code: null,
  started_at: "2026-04-01T10:00:00.000Z",
  updated_at: "2026-04-01T10:00:10.000Z",
  finished_at: null,
  cancelled_at: null,
  cancel_requested_at: null,
  last_heartbeat_at: "2026-04-01T10:00:10.000Z",
  resumed_from_run_id: null,
  seconds_since_heartbeat: 1,
  is_stale: false,
  ...over,
});

const progress = {
  messages_scanned: 120,
  saved_receipts: 9,
  pages_scanned: 3,
  progress_percentage: 30,
  last_heartbeat_at: "2026-04-01T10:00:30.000Z",
  seconds_since_heartbeat: 0,
};

const conflictBody = {
  success: false,
  error: "Sync already in progress",
  code: "sync_in_progress",
  run_id: RUN_ID,
  progress,
};

describe("syncConflictOf", () => {
  it("reads the running run's id and progress from a 409 sync_in_progress", () => {
    expect(syncConflictOf(new ApiRequestError(409, "Sync already in progress", conflictBody))).toEqual({
      runId: RUN_ID,
      progress,
    });
  });

  const notConflicts: { name: string; error: unknown }[] = [
    {
      name: "a 409 without run_id (Gmail not connected)",
      error: new ApiRequestError(409, GMAIL_NOT_CONNECTED, {
        success: false,
        error: GMAIL_NOT_CONNECTED,
        code: "gmail_not_connected",
      }),
    },
    {
      name: "another status carrying a run_id",
      error: new ApiRequestError(400, "Invalid", { ...conflictBody, code: "invalid_request" }),
    },
    { name: "the server being unreachable", error: new ApiRequestError(0, "unreachable", null) },
    { name: "a plain Error", error: new Error("boom") },
  ];
  notConflicts.forEach(({ name, error }) => {
    it(`treats ${name} as an error to show`, () => {
      expect(syncConflictOf(error)).toBeNull();
    });
  });

  it("keeps the run id when the 409 carries no progress", () => {
    const { progress: _omitted, ...bare } = conflictBody;
    expect(syncConflictOf(new ApiRequestError(409, "Sync already in progress", bare))).toEqual({
      runId: RUN_ID,
      progress: null,
    });
  });
});

describe("runWithConflictProgress", () => {
  const conflict: SyncConflict = { runId: RUN_ID, progress };

  it("moves the run already shown on to the 409's progress, keeping the rest of it", () => {
    const shown = run();
    expect(runWithConflictProgress(shown, conflict)).toEqual({ ...shown, ...progress });
  });

  const mustFetch: { name: string; shown: SyncRun | null; conflict: SyncConflict }[] = [
    { name: "no run is shown yet", shown: null, conflict },
    { name: "the panel shows an earlier run", shown: run({ id: "00000000-0000-4000-8000-0000000000a0" }), conflict },
    { name: "the panel shows that run as finished", shown: run({ status: "completed" }), conflict },
    { name: "the 409 carried no progress", shown: run(), conflict: { runId: RUN_ID, progress: null } },
  ];
  mustFetch.forEach(({ name, shown, conflict: c }) => {
    it(`leaves the run to be fetched when ${name}`, () => {
      expect(runWithConflictProgress(shown, c)).toBeNull();
    });
  });
});
