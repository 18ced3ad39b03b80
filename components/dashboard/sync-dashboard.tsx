"use client";
// The sync panel: date range + Sync, Gmail state, the live run or how the last one ended, and history.
// A 409 "already in progress" is not an error to the user: it switches the view to that run.
import { useEffect, useRef, useState } from "react";
import { Alert, Notice } from "@/components/ui/messages";
import type { SyncRun } from "@/lib/ui/api-types";
import { ApiRequestError, fetchJson } from "@/lib/ui/fetch-json";
import { GmailConnectionStatus } from "./gmail-connection-status";
import { RunHistory } from "./run-history";
import { SyncForm } from "./sync-form";
import { SyncOutcome } from "./sync-outcome";
import { SyncProgress } from "./sync-progress";
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
  const history = useSyncRuns();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const { run } = status;

  // Refresh the history whenever a run starts or ends, so it never lags the panel.
  const lastSeen = useRef<string | null>(null);
  const seen = run ? `${run.id}:${run.status}` : null;
  const refreshHistory = history.mutate;
  useEffect(() => {
    if (seen !== lastSeen.current) {
      lastSeen.current = seen;
      void refreshHistory();
    }
  }, [seen, refreshHistory]);

  // The history row of the running run follows the 2 s status poll rather than its own slower one.
  const liveHistory = history.runs.map((r) => (run && r.id === run.id ? run : r));

  async function startSync(fromDate: string, toDate: string) {
    setStarting(true);
    setError(null);
    setNotice(null);
    try {
      const body = await fetchJson<{ run: SyncRun }>("/api/receipts/sync", {
        method: "POST",
        body: JSON.stringify({ from_date: fromDate || null, to_date: toDate || null }),
      });
      await status.mutate({ run: body.run, receivedAt: Date.now() }, { revalidate: false });
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 409 && typeof e.body?.run_id === "string") {
        setNotice(
          "A sync is already running for this business, so it was not started twice. Its progress is shown below.",
        );
        await status.mutate();
      } else {
        setError(e instanceof Error ? e.message : String(e));
      }
    } finally {
      setStarting(false);
    }
  }

  async function cancelSync() {
    setCancelling(true);
    setError(null);
    try {
      const body = await fetchJson<{ run: SyncRun }>("/api/receipts/sync/cancel", { method: "POST" });
      await status.mutate({ run: body.run, receivedAt: Date.now() }, { revalidate: false });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      await status.mutate();
    } finally {
      setCancelling(false);
    }
  }

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
        <SyncForm defaultFrom={defaultFrom} defaultTo={defaultTo} pending={starting} onSync={startSync} />
        <Alert message={error} />
        {/* The 409 notice belongs to the run it showed; once that run ends it would mislead. */}
        <Notice message={run?.status === "running" ? notice : null} />
        {status.error && !run ? <Alert message={`Could not load the sync status: ${status.error.message}`} /> : null}
        {status.isLoading && !run ? <p className="text-sm text-slate-600">Loading the sync status…</p> : null}
        {!status.isLoading && !status.error && !run ? (
          <p className="text-sm text-slate-700">
            No sync has run yet. Choose a date range and press Sync to import receipts.
          </p>
        ) : null}
        {run?.status === "running" ? (
          <SyncProgress run={run} receivedAt={status.receivedAt} cancelling={cancelling} onCancel={cancelSync} />
        ) : run ? (
          <SyncOutcome run={run} timeZone={timeZone} />
        ) : null}
      </section>
      <GmailConnectionStatus />
      <RunHistory runs={liveHistory} isLoading={history.isLoading} error={history.error} timeZone={timeZone} />
    </div>
  );
}
