"use client";
// The receipts view's filters live in the URL (fromDate, toDate, q, currency, kind, review_status, category, sort), so a link
// reproduces the view; changing them replaces the URL rather than pushing history entries.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

export const SORTS = [
  { value: "date_desc", label: "Newest first" },
  { value: "date_asc", label: "Oldest first" },
  { value: "amount_desc", label: "Largest amount" },
  { value: "amount_asc", label: "Smallest amount" },
  { value: "vendor_asc", label: "Vendor A–Z" },
] as const;

export const KINDS = [
  { value: "receipt", label: "Receipts" },
  { value: "invoice", label: "Invoices" },
  { value: "refund", label: "Refunds" },
] as const;

export const REVIEW_STATUSES = [
  { value: "needs_review", label: "Needs review" },
  { value: "confirmed", label: "Confirmed" },
  { value: "auto", label: "Recognised (not checked)" },
] as const;

export interface ReceiptFilters {
  fromDate: string;
  toDate: string;
  q: string;
  currency: string;
  kind: string;
  /** Sent to the API as is: review_status. */
  review_status: string;
  /** A category id, or "none" for uncategorised receipts. */
  category: string;
  sort: string;
}

export const NO_FILTERS: ReceiptFilters = {
  fromDate: "",
  toDate: "",
  q: "",
  currency: "",
  kind: "",
  review_status: "",
  category: "",
  sort: "date_desc",
};

const KEYS = ["fromDate", "toDate", "q", "currency", "kind", "review_status", "category", "sort"] as const;

export function filtersToParams(filters: ReceiptFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key].trim();
    // The default sort stays out of the URL so plain links stay short.
    if (value && !(key === "sort" && value === "date_desc")) params.set(key, value);
  }
  return params;
}

export function useReceiptFilters() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = useMemo<ReceiptFilters>(
    () => ({
      fromDate: searchParams.get("fromDate") ?? "",
      toDate: searchParams.get("toDate") ?? "",
      q: searchParams.get("q") ?? "",
      currency: searchParams.get("currency") ?? "",
      kind: searchParams.get("kind") ?? "",
      review_status: searchParams.get("review_status") ?? "",
      category: searchParams.get("category") ?? "",
      sort: searchParams.get("sort") ?? "date_desc",
    }),
    [searchParams],
  );
  const setFilters = useCallback(
    (next: ReceiptFilters) => {
      const query = filtersToParams(next).toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [router, pathname],
  );
  return { filters, query: filtersToParams(filters).toString(), setFilters };
}
