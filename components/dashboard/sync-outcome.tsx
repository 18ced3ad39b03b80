// How the latest run ended, in plain words, and how to go again.
import type { SyncRun } from "@/lib/ui/api-types";
import { formatCount, formatDuration, formatInstant, formatRange } from "@/lib/ui/format";
import { RunCounters } from "./run-counters";

export function runDurationSeconds(run: SyncRun): number | null {
  return run.finished_at ? (Date.parse(run.finished_at) - Date.parse(run.started_at)) / 1000 : null;
}

/** Receipts a newer extractor read differently; never one a person edited, confirmed or dismissed. */
function updatedNote(run: SyncRun): string {
  if (run.updated_receipts === 0) return "";
  const n = run.updated_receipts;
  return ` ${formatCount(n)} ${n === 1 ? "receipt nobody had edited was" : "receipts nobody had edited were"} updated by the newer reader.`;
}

/** How the run went beyond its counts: mail deleted before it was read, a history fallback. */
function runNotes(run: SyncRun): string {
  const n = run.skipped_messages;
  const skipped =
    n === 0
      ? ""
      : ` ${formatCount(n)} ${n === 1 ? "message was" : "messages were"} deleted in Gmail before they could be read.`;
  return `${skipped}${run.summary ? ` ${run.summary}` : ""}`;
}

function headline(run: SyncRun): { title: string; detail: string; tone: string } {
  const duration = runDurationSeconds(run);
  const took = duration === null ? "" : ` in ${formatDuration(duration)}`;
  switch (run.status) {
    case "completed":
      return {
        title: "Sync completed",
        detail: `Saved ${formatCount(run.saved_receipts)} receipts from ${formatCount(run.messages_scanned)} messages${took}.${updatedNote(run)}${runNotes(run)}`,
        tone: "border-emerald-300 bg-emerald-50 text-emerald-900",
      };
    case "cancelled":
      return {
        title: "Sync cancelled",
        detail: `Stopped on request after ${formatCount(run.messages_scanned)} messages; the ${formatCount(run.saved_receipts)} receipts found so far are kept.`,
        tone: "border-slate-300 bg-slate-100 text-slate-900",
      };
    default: {
      const why =
        run.failure_code === "stale"
          ? `The worker running this sync stopped responding, so it was stopped automatically (${run.error_message}).`
          : run.failure_code === "gmail_auth"
            ? `Gmail no longer accepts this app's access: connect Gmail again in Settings (${run.error_message ?? "no reason was recorded"}).`
            : `It stopped with this error: ${run.error_message ?? "no reason was recorded"}.`;
      return {
        title: "Sync failed",
        detail: `${why} The ${formatCount(run.saved_receipts)} receipts saved before that are kept; a new sync resumes where it left off.`,
        tone: "border-red-300 bg-red-50 text-red-900",
      };
    }
  }
}

export function SyncOutcome({ run, timeZone }: { run: SyncRun; timeZone: string }) {
  const { title, detail, tone } = headline(run);
  return (
    <div className="flex flex-col gap-4" data-testid="sync-outcome" data-status={run.status}>
      <div className={`rounded-lg border px-4 py-3 ${tone}`}>
        <p className="font-semibold">{title}</p>
        <p className="text-sm">{detail}</p>
        <p className="mt-1 text-sm">
          Range {formatRange(run.from_date, run.to_date)}
          {run.finished_at ? `, finished ${formatInstant(run.finished_at, timeZone)}` : ""}.
        </p>
      </div>
      <RunCounters run={run} />
      <p className="text-sm text-slate-700">To sync again, check the dates above and press Sync.</p>
    </div>
  );
}
