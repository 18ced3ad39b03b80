"use client";
// The business's categories for every page that shows or picks one (settings, receipt filters, edits):
// one SWR key, so adding a category in Settings shows up in the receipts' selects too.
import useSWR from "swr";
import type { Category } from "./api-types";
import { swrFetcher } from "./fetch-json";

export const CATEGORIES_KEY = "/api/categories";

export function useCategories() {
  const { data, error, isLoading, mutate } = useSWR<{ categories: Category[] }>(CATEGORIES_KEY, swrFetcher);
  return { categories: data?.categories, error: error as Error | undefined, isLoading, refresh: mutate };
}
