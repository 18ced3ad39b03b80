// How long a running sync still needs, extrapolated from the progress it made while this page watched.

/** Enough progress and time to extrapolate without wild guesses. */
export const MIN_POINTS_FOR_ESTIMATE = 2;
export const MIN_SECONDS_FOR_ESTIMATE = 5;

/** Where the rate is measured from: a run's percentage at an instant (database clock, ms). */
export interface ProgressSample {
  runId: string;
  atMs: number;
  percentage: number;
}

interface RunProgress {
  id: string;
  started_at: string;
  progress_percentage: number;
  resumed_from_run_id: string | null;
}

/**
 * The first sample for a run: a fresh run made its progress since it started; a resumed run starts
 * part-way, so its rate is measured from the progress seen now instead of from 0 %.
 */
export function firstSample(run: RunProgress, serverNowMs: number): ProgressSample {
  return run.resumed_from_run_id
    ? { runId: run.id, atMs: serverNowMs, percentage: run.progress_percentage }
    : { runId: run.id, atMs: Date.parse(run.started_at), percentage: 0 };
}

/** Seconds left at the rate since `from`, or null while there is too little to go on. */
export function secondsLeft(from: ProgressSample, percentage: number, serverNowMs: number): number | null {
  const gained = percentage - from.percentage;
  const measuredFor = (serverNowMs - from.atMs) / 1000;
  if (gained < MIN_POINTS_FOR_ESTIMATE || measuredFor < MIN_SECONDS_FOR_ESTIMATE) return null;
  return ((100 - percentage) * measuredFor) / gained;
}
