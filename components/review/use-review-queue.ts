"use client";
// The review queue and its count, one SWR key each: the page reads the queue, the navigation the count,
// and every review action refreshes both (useReviewRefresh), so the badge follows what was done.
import useSWR, { useSWRConfig } from "swr";
import type { ReceiptListBody } from "@/lib/ui/api-types";
import { swrFetcher } from "@/lib/ui/fetch-json";

/** A page of the queue, newest first; "Confirm all shown" confirms exactly this set. */
export const QUEUE_PAGE_SIZE = 50;
export const QUEUE_KEY = `/api/receipts?review_status=needs_review&limit=${QUEUE_PAGE_SIZE}`;
// One row is enough: the totals count the whole filtered set.
export const COUNT_KEY = "/api/receipts?review_status=needs_review&limit=1";

const countOf = (body: ReceiptListBody | undefined) => body?.totals.reduce((sum, t) => sum + t.count, 0);

export function useReviewQueue() {
  const { data, error, isLoading, mutate } = useSWR<ReceiptListBody>(QUEUE_KEY, swrFetcher);
  return { receipts: data?.receipts, hasMore: !!data?.next_cursor, error, isLoading, mutate };
}

export function useReviewCount() {
  const { data } = useSWR<ReceiptListBody>(COUNT_KEY, swrFetcher);
  return { count: countOf(data) };
}

/** Refreshes the badge's count (and, with `queue`, the queue) after a review action. */
export function useReviewRefresh() {
  const { mutate } = useSWRConfig();
  return async (options: { queue?: boolean } = {}) => {
    await Promise.all([mutate(COUNT_KEY), options.queue ? mutate(QUEUE_KEY) : null]);
  };
}
