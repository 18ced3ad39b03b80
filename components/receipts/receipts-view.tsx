"use client";
// The receipts page: filters (in the URL), totals, monthly chart, one page of the table, paging and
// CSV export — all from the same filters. A 400 (a bad date typed in) is shown inline.
import useSWR from "swr";
import { useState } from "react";
import { Alert } from "@/components/ui/messages";
import { cardClass, secondaryButtonClass } from "@/components/ui/styles";
import type { CurrencyTotal, MonthSpending, ReceiptListBody } from "@/lib/ui/api-types";
import { swrFetcher } from "@/lib/ui/fetch-json";
import { CurrencyTotals } from "./currency-totals";
import { ReceiptFilterForm } from "./receipt-filter-form";
import { ReceiptsTable } from "./receipts-table";
import { SpendingCharts } from "./spending-chart";
import { useReceiptFilters } from "./use-receipt-filters";

const PAGE_SIZE = 25;

export function ReceiptsView() {
  const { filters, query, setFilters } = useReceiptFilters();
  // Every currency the business has, for the filter's options (unfiltered, one row).
  const all = useSWR<{ totals: CurrencyTotal[] }>("/api/receipts?limit=1", swrFetcher);
  const spending = useSWR<{ months: MonthSpending[] }>(`/api/receipts/spending?${query}`, swrFetcher);
  const exportHref = `/api/receipts/export.csv${query ? `?${query}` : ""}`;

  return (
    <>
      <section aria-label="Filters" className={cardClass}>
        {/* Keyed by the URL so the drafts follow back/forward and shared links. */}
        <ReceiptFilterForm
          key={query}
          filters={filters}
          currencies={(all.data?.totals ?? []).map((t) => t.currency)}
          onApply={setFilters}
        />
      </section>
      {/* Keyed by the filters: new filters start again at the first page. */}
      <ReceiptPages key={query} query={query} exportHref={exportHref} />
      <section aria-labelledby="chart-heading" className={`${cardClass} flex flex-col gap-3`}>
        <h2 id="chart-heading" className="text-lg font-semibold">
          Spending per month
        </h2>
        {spending.error ? null : spending.isLoading ? (
          <p className="text-sm text-slate-600">Loading the chart…</p>
        ) : (
          <SpendingCharts months={spending.data?.months ?? []} />
        )}
        {spending.error ? (
          <p className="text-sm text-slate-700">The chart appears once the filters are valid.</p>
        ) : null}
      </section>
    </>
  );
}

function ReceiptPages({ query, exportHref }: { query: string; exportHref: string }) {
  // Keyset pagination: the cursors of the pages before this one, so "Previous" can go back.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const params = new URLSearchParams(query);
  params.set("limit", String(PAGE_SIZE));
  if (cursor) params.set("cursor", cursor);
  const list = useSWR<ReceiptListBody>(`/api/receipts?${params}`, swrFetcher, { keepPreviousData: true });
  const body = list.data;

  return (
    <section aria-labelledby="list-heading" className={`${cardClass} flex flex-col gap-4`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="list-heading" className="text-lg font-semibold">
          Receipts
        </h2>
        <a href={exportHref} className={secondaryButtonClass} download>
          Download CSV
        </a>
      </div>
      <Alert message={list.error ? list.error.message : null} />
      {!list.error && body ? <CurrencyTotals totals={body.totals} /> : null}
      {list.isLoading && !body ? <p className="text-sm text-slate-600">Loading receipts…</p> : null}
      {!list.error && body && body.receipts.length === 0 ? (
        <p className="text-sm text-slate-700">
          {query
            ? "No receipts match these filters."
            : "No receipts yet. Run a sync from the Dashboard to import them from Gmail."}
        </p>
      ) : null}
      {!list.error && body && body.receipts.length > 0 ? (
        <ReceiptsTable receipts={body.receipts} backQuery={query} />
      ) : null}
      {!list.error && body && (cursors.length > 0 || body.next_cursor) ? (
        <nav aria-label="Pages" className="flex items-center justify-between gap-3">
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={cursors.length === 0}
            onClick={() => setCursors((c) => c.slice(0, -1))}
          >
            Previous
          </button>
          <p className="text-sm text-slate-700">Page {cursors.length + 1}</p>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={!body.next_cursor || list.isValidating}
            onClick={() => body.next_cursor && setCursors((c) => [...c, body.next_cursor!])}
          >
            Next
          </button>
        </nav>
      ) : null}
    </section>
  );
}
