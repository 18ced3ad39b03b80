"use client";
// The dashboard's two actions, start and cancel, and what the user is told about them. A start
// answered 409 is not an error: the panel shows the run already going, with a notice saying so.
import { useState } from "react";
import type { SyncRun } from "@/lib/ui/api-types";
import { fetchJson } from "@/lib/ui/fetch-json";
import { ALREADY_RUNNING_NOTICE, runWithConflictProgress, syncConflictOf } from "@/lib/ui/sync-conflict";
import { useMutation } from "@/lib/ui/use-mutation";
import type { useSyncStatus } from "./use-sync-status";

type SyncStatus = Pick<ReturnType<typeof useSyncStatus>, "run" | "schedule" | "gmail" | "mutate">;

export function useSyncActions({ run, schedule, gmail, mutate }: SyncStatus) {
  const [notice, setNotice] = useState<string | null>(null);
  // An answer's run is shown as is, without a poll right behind it.
  const show = (answered: SyncRun) =>
    mutate({ run: answered, schedule, gmail, receivedAt: Date.now() }, { revalidate: false });

  const startRun = useMutation(async (fromDate: string, toDate: string) => {
    setNotice(null);
    try {
      const body = await fetchJson<{ run: SyncRun }>("/api/receipts/sync", {
        method: "POST",
        body: JSON.stringify({ from_date: fromDate || null, to_date: toDate || null }),
      });
      await show(body.run);
    } catch (error) {
      const conflict = syncConflictOf(error);
      if (!conflict) throw error;
      setNotice(ALREADY_RUNNING_NOTICE);
      // The 409 names the run and carries its progress; the rest of the run comes with the poll.
      const shown = runWithConflictProgress(run, conflict);
      await (shown ? mutate({ run: shown, schedule, gmail, receivedAt: Date.now() }) : mutate());
    }
  });

  const cancelRun = useMutation(async () => {
    try {
      const body = await fetchJson<{ run: SyncRun }>("/api/receipts/sync/cancel", { method: "POST" });
      await show(body.run);
    } catch (error) {
      // A refused cancel (the run had just ended, say) means the panel is behind: fetch what is true now.
      await mutate();
      throw error;
    }
  });

  return {
    // Start and cancel share one message line: each clears the other's message when it starts.
    startSync(fromDate: string, toDate: string) {
      cancelRun.reset();
      startRun.run(fromDate, toDate);
    },
    cancelSync() {
      startRun.reset();
      cancelRun.run();
    },
    starting: startRun.pending,
    cancelling: cancelRun.pending,
    error: startRun.error ?? cancelRun.error,
    // The 409 notice belongs to the run it showed; once that run ends it would mislead.
    notice: run?.status === "running" ? notice : null,
  };
}
