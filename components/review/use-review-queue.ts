"use client";
// The review page's lists and the counts, one SWR key each: the page reads a section, the navigation
// and the section tabs the counts, and every review action refreshes the counts (useReviewRefresh),
// so the badge follows what was done.
import useSWR, { useSWRConfig } from "swr";
import type { ReceiptListBody, ReviewQueueBody } from "@/lib/ui/api-types";
import { swrFetcher } from "@/lib/ui/fetch-json";

/** A page of the queue, newest first; "Confirm all shown" confirms exactly this set. */
export const QUEUE_PAGE_SIZE = 50;
export const QUEUE_KEY = `/api/receipts?review_status=needs_review&limit=${QUEUE_PAGE_SIZE}`;
export const CANDIDATES_KEY = `/api/review?section=candidates&limit=${QUEUE_PAGE_SIZE}`;
export const DUPLICATES_KEY = `/api/review?section=duplicates&limit=${QUEUE_PAGE_SIZE}`;
// One item per section is enough: the counts cover everything waiting.
export const COUNT_KEY = "/api/review?limit=1";

export function useReviewQueue() {
  const { data, error, isLoading, mutate } = useSWR<ReceiptListBody>(QUEUE_KEY, swrFetcher);
  return { receipts: data?.receipts, hasMore: !!data?.next_cursor, error, isLoading, mutate };
}

export function useCandidates() {
  const { data, error, isLoading, mutate } = useSWR<ReviewQueueBody>(CANDIDATES_KEY, swrFetcher);
  return { candidates: data?.candidates?.candidates, error, isLoading, mutate };
}

export function useDuplicates() {
  const { data, error, isLoading, mutate } = useSWR<ReviewQueueBody>(DUPLICATES_KEY, swrFetcher);
  return { pairs: data?.duplicates?.duplicates, error, isLoading, mutate };
}

export function useReviewCount() {
  const { data } = useSWR<ReviewQueueBody>(COUNT_KEY, swrFetcher);
  return { count: data?.counts.total, counts: data?.counts };
}

/** Refreshes the counts (and, with `queue`, the needs-review queue) after a review action. */
export function useReviewRefresh() {
  const { mutate } = useSWRConfig();
  return async (options: { queue?: boolean } = {}) => {
    await Promise.all([mutate(COUNT_KEY), options.queue ? mutate(QUEUE_KEY) : null]);
  };
}
