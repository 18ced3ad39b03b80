"use client";
// The sync panel: date range + Sync, Gmail state, the live run or how the last one ended, and history.
// What the buttons do, and the 409 rule, live in useSyncActions; this lays the pieces out.
import { Alert, Notice } from "@/components/ui/messages";
import { primaryButtonClass } from "@/components/ui/styles";
import { GmailConnectionStatus } from "./gmail-connection-status";
import { RunHistory } from "./run-history";
import { SyncForm } from "./sync-form";
import { SyncOutcome } from "./sync-outcome";
import { SyncProgress } from "./sync-progress";
import { SyncScheduleLine } from "./sync-schedule-line";
import { useSyncActions } from "./use-sync-actions";
import { useSyncRuns } from "./use-sync-runs";
import { useSyncStatus } from "./use-sync-status";

export function SyncDashboard({
  defaultFrom,
  defaultTo,
  timeZone,
}: {
  defaultFrom: string;
  defaultTo: string;
  timeZone: string;
}) {
  const status = useSyncStatus();
  const { run } = status;
  const history = useSyncRuns(run);
  const actions = useSyncActions(status);

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <section
        aria-labelledby="sync-heading"
        className="flex min-w-0 flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 lg:col-span-2"
      >
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 id="sync-heading" className="text-lg font-semibold">
            Sync receipts from Gmail
          </h2>
        </div>
        <SyncScheduleLine schedule={status.schedule} lastRun={run} timeZone={timeZone} />
        <SyncForm
          defaultFrom={defaultFrom}
          defaultTo={defaultTo}
          pending={actions.starting}
          onSync={actions.startSync}
        />
        <Alert message={actions.error} />
        <Notice message={actions.notice} />
        {status.error && !run ? <Alert message={`Could not load the sync status: ${status.error.message}`} /> : null}
        {status.isLoading && !run ? <p className="text-sm text-slate-600">Loading the sync status…</p> : null}
        {!status.isLoading && !status.error && !run ? <FirstStep status={status} /> : null}
        {run?.status === "running" ? (
          <SyncProgress
            run={run}
            receivedAt={status.receivedAt}
            cancelling={actions.cancelling}
            onCancel={actions.cancelSync}
          />
        ) : run ? (
          <SyncOutcome run={run} timeZone={timeZone} />
        ) : null}
      </section>
      <GmailConnectionStatus />
      <RunHistory runs={history.runs} isLoading={history.isLoading} error={history.error} timeZone={timeZone} />
    </div>
  );
}

/** Before any run: what to do next, which depends on whether Gmail is connected yet. */
function FirstStep({ status }: { status: ReturnType<typeof useSyncStatus> }) {
  if (status.gmail && status.gmail.status !== "active" && status.gmail.status !== "needs_reauth") {
    const months = status.schedule?.first_import_months ?? 12;
    return (
      <div className="flex flex-col items-start gap-3" data-testid="first-step">
        <p className="text-sm text-slate-700">
          Connect the Gmail mailbox your receipts arrive in. Receipt Sync only reads mail, and the first import of the
          last {months} {months === 1 ? "month" : "months"} starts by itself.
        </p>
        {/* A full navigation: the route redirects to Google's consent screen. */}
        <a href="/api/gmail/connect" className={primaryButtonClass}>
          Connect Gmail
        </a>
      </div>
    );
  }
  return (
    <p className="text-sm text-slate-700" data-testid="first-step">
      No sync has run yet. Choose a date range and press Sync to import receipts.
    </p>
  );
}
