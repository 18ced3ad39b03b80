// A Sync press answered 409 is not a failure: a sync is already running for the business, and the
// 409 body names it (run_id) with its live progress. These decide what the status panel shows then.
import type { RunProgress, SyncRun } from "./api-types";
import { ApiRequestError } from "./fetch-json";

export const ALREADY_RUNNING_NOTICE =
  "A sync is already running for this business, so it was not started twice. Its progress is shown below.";

export interface SyncConflict {
  runId: string;
  progress: RunProgress | null;
}

/** The running sync a start was refused for, or null when the error is any other (a 409 without run_id too). */
export function syncConflictOf(error: unknown): SyncConflict | null {
  if (!(error instanceof ApiRequestError) || error.status !== 409) return null;
  const runId = error.body?.run_id;
  if (typeof runId !== "string") return null;
  const progress = error.body?.progress;
  return { runId, progress: typeof progress === "object" && progress !== null ? (progress as RunProgress) : null };
}

/**
 * The panel's run with the 409's fresher progress, when the panel already shows that run running;
 * otherwise null, and the run (which the 409 only names) has to be fetched.
 */
export function runWithConflictProgress(shown: SyncRun | null, conflict: SyncConflict): SyncRun | null {
  if (shown?.id !== conflict.runId || shown.status !== "running" || !conflict.progress) return null;
  return { ...shown, ...conflict.progress };
}
