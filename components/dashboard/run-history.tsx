// The ten most recent runs: status, range, counters, duration. Scrolls sideways on narrow screens.
import type { SyncRun } from "@/lib/ui/api-types";
import { formatCount, formatDuration, formatInstant, formatRange } from "@/lib/ui/format";
import { runDurationSeconds } from "./sync-outcome";

const STATUS_TONE: Record<SyncRun["status"], string> = {
  running: "bg-sky-100 text-sky-900",
  completed: "bg-emerald-100 text-emerald-900",
  cancelled: "bg-slate-200 text-slate-900",
  failed: "bg-red-100 text-red-900",
};

/** Who started a run, in the history's words. */
const STARTED_BY: Record<SyncRun["started_by"], string> = {
  manual: "Manual",
  schedule: "Schedule",
  connect: "First import",
  api: "API key",
};

export function RunHistory({
  runs,
  isLoading,
  error,
  timeZone,
}: {
  runs: SyncRun[];
  isLoading: boolean;
  error?: Error;
  timeZone: string;
}) {
  return (
    <section
      aria-labelledby="history-heading"
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 lg:col-span-3"
    >
      <h2 id="history-heading" className="text-lg font-semibold">
        Recent syncs
      </h2>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          Could not load the sync history: {error.message}
        </p>
      ) : null}
      {isLoading && runs.length === 0 ? <p className="text-sm text-slate-600">Loading the history…</p> : null}
      {!isLoading && !error && runs.length === 0 ? <p className="text-sm text-slate-700">No syncs yet.</p> : null}
      {runs.length > 0 ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Recent syncs table">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">Recent syncs</caption>
            <thead className="border-b border-slate-200 text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Started
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  By
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  Range
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Messages
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Receipts
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  Duration
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => {
                const duration = runDurationSeconds(run);
                return (
                  <tr key={run.id} className="border-b border-slate-100 align-top last:border-0">
                    <td className="py-2 pr-3 whitespace-nowrap">{formatInstant(run.started_at, timeZone)}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">{STARTED_BY[run.started_by]}</td>
                    <td className="py-2 pr-3">
                      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[run.status]}`}>
                        {run.status}
                      </span>
                      {run.status === "failed" && run.error_message ? (
                        <p className="mt-1 max-w-xs text-xs text-slate-700">{run.error_message}</p>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap">{formatRange(run.from_date, run.to_date)}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{formatCount(run.messages_scanned)}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{formatCount(run.saved_receipts)}</td>
                    <td className="py-2 text-right tabular-nums">
                      {duration === null ? "—" : formatDuration(duration)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
