"use client";
// The business's current (or latest) sync run, polled: every 2 s while it runs, every 15 s when idle,
// never while the tab is hidden. `receivedAt` lets the progress view tick between polls.
import useSWR from "swr";
import type { GmailHealth, SyncRun, SyncSchedule } from "@/lib/ui/api-types";
import { fetchJson } from "@/lib/ui/fetch-json";

export const SYNC_STATUS_KEY = "/api/receipts/sync/status";
const RUNNING_POLL_MS = 2_000;
const IDLE_POLL_MS = 15_000;

export interface SyncStatusData {
  run: SyncRun | null;
  /** The business's automatic sync; absent only before the first response. */
  schedule: SyncSchedule | null;
  /** Whether Gmail still accepts the connection; absent only before the first response. */
  gmail: GmailHealth | null;
  /** Browser clock when the response arrived; seconds_since_heartbeat was true at that moment. */
  receivedAt: number;
}

export async function fetchSyncStatus(url: string): Promise<SyncStatusData> {
  const body = await fetchJson<{ run: SyncRun | null; schedule: SyncSchedule; gmail: GmailHealth }>(url);
  return { run: body.run, schedule: body.schedule, gmail: body.gmail, receivedAt: Date.now() };
}

export function useSyncStatus() {
  const { data, error, isLoading, mutate } = useSWR<SyncStatusData>(SYNC_STATUS_KEY, fetchSyncStatus, {
    refreshInterval: (latest) => (latest?.run?.status === "running" ? RUNNING_POLL_MS : IDLE_POLL_MS),
    refreshWhenHidden: false,
    // Below the 2 s poll, or SWR dedupes every other tick (default dedupingInterval is 2 s).
    dedupingInterval: 1_000,
    keepPreviousData: true,
  });
  return {
    run: data?.run ?? null,
    schedule: data?.schedule ?? null,
    gmail: data?.gmail ?? null,
    receivedAt: data?.receivedAt ?? 0,
    isLoading,
    error: error as Error | undefined,
    mutate,
  };
}
