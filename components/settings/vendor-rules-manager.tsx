"use client";
// Vendor rules: receipts from a sender (an address, or a domain and its subdomains) get a vendor name
// and/or a category. New imports take them; "Apply to existing receipts" brings saved ones in line.
import useSWR from "swr";
import { useState, type FormEvent } from "react";
import { Alert, Notice } from "@/components/ui/messages";
import {
  cardClass,
  dangerButtonClass,
  inputClass,
  labelClass,
  primaryButtonClass,
  secondaryButtonClass,
} from "@/components/ui/styles";
import type { VendorRule } from "@/lib/ui/api-types";
import { fetchJson, swrFetcher } from "@/lib/ui/fetch-json";
import { useCategories } from "@/lib/ui/use-categories";
import { useMutation } from "@/lib/ui/use-mutation";

const EMPTY = { sender: "", vendor: "", categoryId: "" };

/** The rules' SWR key: renaming or deleting a category changes what the rules show. */
export const VENDOR_RULES_KEY = "/api/vendor-rules";

export function VendorRulesManager() {
  const { data, error, isLoading, mutate } = useSWR<{ vendor_rules: VendorRule[] }>(VENDOR_RULES_KEY, swrFetcher);
  const { categories } = useCategories();
  const [draft, setDraft] = useState(EMPTY);
  const [applied, setApplied] = useState<string | null>(null);
  const add = useMutation(async (rule: typeof EMPTY) => {
    await fetchJson("/api/vendor-rules", {
      method: "POST",
      body: JSON.stringify({
        sender_match: rule.sender,
        vendor_name: rule.vendor.trim() === "" ? null : rule.vendor,
        category_id: rule.categoryId === "" ? null : rule.categoryId,
      }),
    });
    setDraft(EMPTY);
    await mutate();
  });
  const remove = useMutation(async (rule: VendorRule) => {
    await fetchJson(`/api/vendor-rules/${encodeURIComponent(rule.id)}`, { method: "DELETE" });
    await mutate();
  });
  const apply = useMutation(async (rule: VendorRule) => {
    const { updated } = await fetchJson<{ updated: number }>(`/api/vendor-rules/${encodeURIComponent(rule.id)}/apply`, {
      method: "POST",
    });
    setApplied(`${rule.sender_match}: ${updated === 1 ? "1 receipt" : `${updated} receipts`} changed.`);
  });
  const actionError = add.error ?? remove.error ?? apply.error;
  const resetAll = () => {
    [add, remove, apply].forEach((m) => m.reset());
    setApplied(null);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    resetAll();
    add.run(draft);
  }

  function confirmDelete(rule: VendorRule) {
    if (!window.confirm(`Delete the rule for ${rule.sender_match}? Receipts keep what it set.`)) return;
    resetAll();
    remove.run(rule);
  }

  return (
    <section aria-labelledby="vendor-rules-heading" className={`${cardClass} flex flex-col gap-4`}>
      <div>
        <h2 id="vendor-rules-heading" className="text-lg font-semibold">
          Vendor rules
        </h2>
        <p className="text-sm text-slate-700">
          Receipts from a sender get this vendor name and category when they are imported. A domain such as{" "}
          <code className="rounded bg-slate-100 px-1">acme.com</code> covers its subdomains; an address rule wins over
          its domain&apos;s. Fields a person edited are never changed.
        </p>
      </div>
      <form onSubmit={submit} className="grid grid-cols-1 gap-2 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor="rule-sender" className={labelClass}>
            Sender address or domain
          </label>
          <input
            id="rule-sender"
            value={draft.sender}
            onChange={(e) => setDraft({ ...draft, sender: e.target.value })}
            required
            maxLength={320}
            placeholder="billing@acme.com or acme.com"
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="rule-vendor" className={labelClass}>
            Vendor name
          </label>
          <input
            id="rule-vendor"
            value={draft.vendor}
            onChange={(e) => setDraft({ ...draft, vendor: e.target.value })}
            maxLength={200}
            placeholder="e.g. Acme Ltd"
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="rule-category" className={labelClass}>
            Category
          </label>
          <select
            id="rule-category"
            value={draft.categoryId}
            onChange={(e) => setDraft({ ...draft, categoryId: e.target.value })}
            className={inputClass}
          >
            <option value="">No category</option>
            {(categories ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={add.pending} aria-busy={add.pending} className={primaryButtonClass}>
          Add rule
        </button>
      </form>
      <Alert message={actionError} />
      <Notice message={applied} />
      {isLoading ? <p className="text-sm text-slate-600">Loading vendor rules…</p> : null}
      <Alert message={error ? `Could not load the vendor rules: ${(error as Error).message}` : null} />
      {data && data.vendor_rules.length === 0 ? <p className="text-sm text-slate-700">No vendor rules yet.</p> : null}
      {data && data.vendor_rules.length > 0 ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200" aria-label="Vendor rules">
          {data.vendor_rules.map((rule) => (
            <li key={rule.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-medium break-all text-slate-900">{rule.sender_match}</p>
                <p className="text-sm text-slate-700">
                  {[rule.vendor_name ? `vendor ${rule.vendor_name}` : null, rule.category?.name ?? null]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </div>
              <span className="flex flex-wrap gap-2">
                <button
                  type="button"
                  onClick={() => {
                    resetAll();
                    apply.run(rule);
                  }}
                  disabled={apply.pending}
                  aria-busy={apply.pending}
                  className={secondaryButtonClass}
                  aria-label={`Apply to existing receipts: the rule for ${rule.sender_match}`}
                >
                  Apply to existing receipts
                </button>
                <button
                  type="button"
                  onClick={() => confirmDelete(rule)}
                  className={dangerButtonClass}
                  aria-label={`Delete the rule for ${rule.sender_match}`}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
