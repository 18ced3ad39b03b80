"use client";
// The ten most recent sync runs, newest first.
import useSWR from "swr";
import type { SyncRun } from "@/lib/ui/api-types";
import { swrFetcher } from "@/lib/ui/fetch-json";

export const SYNC_RUNS_KEY = "/api/receipts/sync/runs?limit=10";

export function useSyncRuns() {
  const { data, error, isLoading, mutate } = useSWR<{ runs: SyncRun[] }>(SYNC_RUNS_KEY, swrFetcher, {
    refreshWhenHidden: false,
  });
  return { runs: data?.runs ?? [], isLoading, error: error as Error | undefined, mutate };
}
