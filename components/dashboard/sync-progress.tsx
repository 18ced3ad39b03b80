"use client";
// A running sync, live: progress bar, counters, heartbeat age, elapsed time and time left, Cancel.
import { useState } from "react";
import { dangerButtonClass } from "@/components/ui/styles";
import type { SyncRun } from "@/lib/ui/api-types";
import { formatCount, formatDuration } from "@/lib/ui/format";
import { firstSample, secondsLeft } from "@/lib/ui/time-left";
import { useNow } from "@/lib/ui/use-now";
import { RunCounters } from "./run-counters";

export function SyncProgress({
  run,
  receivedAt,
  cancelling,
  onCancel,
}: {
  run: SyncRun;
  receivedAt: number;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const now = useNow(1000);
  // The database clock at the moment of the response; ticking on from there avoids browser clock skew.
  const heartbeatMs = Date.parse(run.last_heartbeat_at ?? run.started_at);
  const sinceReceived = Math.max(0, now - receivedAt);
  const serverNow = heartbeatMs + run.seconds_since_heartbeat * 1000 + sinceReceived;
  const heartbeatAge = run.seconds_since_heartbeat + sinceReceived / 1000;
  const elapsed = (serverNow - Date.parse(run.started_at)) / 1000;

  // Where this page started watching the run; a new run id starts a new measurement (state adjusted
  // during render, so the first frame of a new run already measures from its own sample).
  const [from, setFrom] = useState(() => firstSample(run, serverNow));
  if (from.runId !== run.id) setFrom(firstSample(run, serverNow));
  const remaining = from.runId === run.id ? secondsLeft(from, run.progress_percentage, serverNow) : null;
  const cancelRequested = run.cancel_requested_at !== null || cancelling;

  return (
    <div className="flex flex-col gap-4" aria-live="off">
      <div className="flex flex-col gap-2">
        <div className="flex items-baseline justify-between gap-2">
          <p className="font-medium text-slate-900">{cancelRequested ? "Stopping the sync…" : "Sync running"}</p>
          <p className="text-sm font-semibold tabular-nums text-slate-900" data-testid="progress-percentage">
            {run.progress_percentage}%
          </p>
        </div>
        <div
          role="progressbar"
          aria-label="Sync progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={run.progress_percentage}
          aria-valuetext={`${run.progress_percentage}%, ${formatCount(run.messages_scanned)} messages scanned`}
          className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className="h-full rounded-full bg-emerald-600 transition-[width] duration-500"
            style={{ width: `${run.progress_percentage}%` }}
          />
        </div>
      </div>
      <RunCounters run={run} />
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
        <div className="flex justify-between gap-2 sm:flex-col sm:justify-start">
          <dt className="text-slate-600">Last heartbeat</dt>
          <dd className="tabular-nums text-slate-900" data-testid="heartbeat-age">
            {Math.floor(heartbeatAge)} s ago
          </dd>
        </div>
        <div className="flex justify-between gap-2 sm:flex-col sm:justify-start">
          <dt className="text-slate-600">Elapsed</dt>
          <dd className="tabular-nums text-slate-900" data-testid="elapsed">
            {formatDuration(elapsed)}
          </dd>
        </div>
        <div className="flex justify-between gap-2 sm:flex-col sm:justify-start">
          <dt className="text-slate-600">Time left</dt>
          <dd className="tabular-nums text-slate-900" data-testid="time-left">
            {remaining === null ? "estimating…" : `about ${formatDuration(remaining)}`}
          </dd>
        </div>
      </dl>
      {run.is_stale ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This sync has not reported progress for {Math.floor(heartbeatAge)} seconds; its worker may have stopped. It
          will be stopped automatically, and the next sync resumes where it left off.
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={onCancel} disabled={cancelRequested} className={dangerButtonClass}>
          Cancel sync
        </button>
        {cancelRequested ? (
          <p className="text-sm text-slate-700">Cancelling: the sync stops after the message it is working on.</p>
        ) : null}
      </div>
    </div>
  );
}
