"use client";
// The filter controls. Edits are drafts until "Apply"; typed dates go to the API unchanged so an
// invalid one comes back as its 400 message.
import { useState, type FormEvent } from "react";
import { DayField } from "@/components/ui/day-field";
import { inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";
import { useCategories } from "@/lib/ui/use-categories";
import { KINDS, NO_FILTERS, REVIEW_STATUSES, SORTS, type ReceiptFilters } from "./use-receipt-filters";

export function ReceiptFilterForm({
  filters,
  currencies,
  onApply,
}: {
  filters: ReceiptFilters;
  currencies: string[];
  onApply: (f: ReceiptFilters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const { categories } = useCategories();
  const set = (key: keyof ReceiptFilters) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const options = [...new Set([...currencies, ...(draft.currency ? [draft.currency.toUpperCase()] : [])])].sort();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form
      onSubmit={submit}
      role="search"
      aria-label="Filter receipts"
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-9 lg:items-end"
    >
      <div className="flex flex-col gap-1 lg:col-span-2">
        <label htmlFor="filter-q" className={labelClass}>
          Search vendor or subject
        </label>
        <input id="filter-q" type="search" value={draft.q} onChange={set("q")} className={inputClass} maxLength={200} />
      </div>
      <DayField
        id="filter-from"
        label="From date"
        value={draft.fromDate}
        onChange={(v) => setDraft((d) => ({ ...d, fromDate: v }))}
      />
      <DayField
        id="filter-to"
        label="To date"
        value={draft.toDate}
        onChange={(v) => setDraft((d) => ({ ...d, toDate: v }))}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-currency" className={labelClass}>
          Currency
        </label>
        <select
          id="filter-currency"
          value={draft.currency.toUpperCase()}
          onChange={set("currency")}
          className={inputClass}
        >
          <option value="">All currencies</option>
          {options.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-kind" className={labelClass}>
          Kind
        </label>
        <select id="filter-kind" value={draft.kind} onChange={set("kind")} className={inputClass}>
          <option value="">All kinds</option>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
          {/* A value typed into the URL by hand stays selectable, so the API's 400 explains it. */}
          {draft.kind && !KINDS.some((k) => k.value === draft.kind) ? (
            <option value={draft.kind}>{draft.kind}</option>
          ) : null}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-review" className={labelClass}>
          Review status
        </label>
        <select id="filter-review" value={draft.review_status} onChange={set("review_status")} className={inputClass}>
          <option value="">All</option>
          {REVIEW_STATUSES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
          {/* A value typed into the URL by hand stays selectable, so the API's 400 explains it. */}
          {draft.review_status && !REVIEW_STATUSES.some((s) => s.value === draft.review_status) ? (
            <option value={draft.review_status}>{draft.review_status}</option>
          ) : null}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-category" className={labelClass}>
          Category
        </label>
        <select id="filter-category" value={draft.category} onChange={set("category")} className={inputClass}>
          <option value="">All categories</option>
          <option value="none">Uncategorised</option>
          {(categories ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          {/* An id from a link keeps its place until the categories load (or the API's 400 explains it). */}
          {draft.category && draft.category !== "none" && !categories?.some((c) => c.id === draft.category) ? (
            <option value={draft.category}>{draft.category}</option>
          ) : null}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-sort" className={labelClass}>
          Sort
        </label>
        <select id="filter-sort" value={draft.sort} onChange={set("sort")} className={inputClass}>
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-9">
        <button type="submit" className={primaryButtonClass}>
          Apply filters
        </button>
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => {
            setDraft(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
