"use client";
// The ten most recent sync runs, newest first, kept in step with the live run the status poll shows.
import { useEffect, useRef } from "react";
import useSWR from "swr";
import type { SyncRun } from "@/lib/ui/api-types";
import { swrFetcher } from "@/lib/ui/fetch-json";

export const SYNC_RUNS_KEY = "/api/receipts/sync/runs?limit=10";

export function useSyncRuns(liveRun: SyncRun | null) {
  const { data, error, isLoading, mutate } = useSWR<{ runs: SyncRun[] }>(SYNC_RUNS_KEY, swrFetcher, {
    refreshWhenHidden: false,
  });

  // Refresh the history whenever a run starts or ends, so it never lags the panel.
  const lastSeen = useRef<string | null>(null);
  const seen = liveRun ? `${liveRun.id}:${liveRun.status}` : null;
  useEffect(() => {
    if (seen !== lastSeen.current) {
      lastSeen.current = seen;
      void mutate();
    }
  }, [seen, mutate]);

  // The row of the live run follows the 2 s status poll rather than this list's slower one.
  const runs = (data?.runs ?? []).map((r) => (liveRun && r.id === liveRun.id ? liveRun : r));
  return { runs, isLoading, error: error as Error | undefined };
}
