"use client";
// The business's Gmail connection (read-only): who is connected and whether it still works.
import useSWR from "swr";
import type { GmailConnectionInfo } from "@/lib/ui/api-types";
import { swrFetcher } from "@/lib/ui/fetch-json";

export function useGmailConnection() {
  const { data, error, isLoading } = useSWR<{ connection: GmailConnectionInfo | null }>(
    "/api/gmail/connection",
    swrFetcher,
    {
      refreshWhenHidden: false,
    },
  );
  return { connection: data?.connection ?? null, isLoading, error: error as Error | undefined };
}
