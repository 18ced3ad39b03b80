"use client";
// Edit a receipt in place: vendor, amount, currency, date, kind, note and category, saved with PATCH. Only
// the changed fields are sent; the API's 400 (it names the field) is shown next to the form. Enter saves.
import { useState, type FormEvent } from "react";
import { Alert, Notice } from "@/components/ui/messages";
import { inputClass, labelClass, primaryButtonClass } from "@/components/ui/styles";
import type { Receipt } from "@/lib/ui/api-types";
import { fetchJson } from "@/lib/ui/fetch-json";
import { draftOf, editOf, type ReceiptDraft } from "@/lib/ui/receipt-edits";
import { useCategories } from "@/lib/ui/use-categories";
import { useMutation } from "@/lib/ui/use-mutation";
import { ReceiptFields } from "./receipt-fields";

export function ReceiptEditForm({
  receipt,
  idPrefix,
  onSaved,
}: {
  receipt: Receipt;
  /** Unique per form on the page: the review page shows many. */
  idPrefix: string;
  onSaved: (receipt: Receipt) => void;
}) {
  const [draft, setDraft] = useState<ReceiptDraft>(() => draftOf(receipt));
  // "" is no category; kept apart from ReceiptFields, which a near miss's promotion shares without one.
  const [categoryId, setCategoryId] = useState(receipt.category?.id ?? "");
  const { categories } = useCategories();
  const [notice, setNotice] = useState<string | null>(null);
  const save = useMutation(async (current: ReceiptDraft, currentCategory: string) => {
    setNotice(null);
    const edit: Record<string, unknown> = editOf(receipt, current);
    if (currentCategory !== (receipt.category?.id ?? "")) edit.category_id = currentCategory || null;
    if (Object.keys(edit).length === 0) {
      setNotice("Nothing changed.");
      return;
    }
    const body = await fetchJson<{ receipt: Receipt }>(`/api/receipts/${receipt.id}`, {
      method: "PATCH",
      body: JSON.stringify(edit),
    });
    // The API's normalised values (EUR for eur, 12.50 for 12.5) replace what was typed.
    setDraft(draftOf(body.receipt));
    setCategoryId(body.receipt.category?.id ?? "");
    setNotice("Saved.");
    onSaved(body.receipt);
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.run(draft, categoryId);
  }

  const errorId = `${idPrefix}-error`;
  return (
    <form
      onSubmit={submit}
      aria-label={`Edit ${receipt.vendor}`}
      aria-describedby={save.error ? errorId : undefined}
      className="flex flex-col gap-3"
    >
      <ReceiptFields draft={draft} onChange={setDraft} idPrefix={idPrefix} />
      <div className="flex max-w-sm min-w-0 flex-col gap-1">
        <label htmlFor={`${idPrefix}-category`} className={labelClass}>
          Category
        </label>
        <select
          id={`${idPrefix}-category`}
          value={categoryId}
          onChange={(e) => setCategoryId(e.target.value)}
          className={inputClass}
        >
          <option value="">No category</option>
          {(categories ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          {/* The receipt's own category stays shown until the list loads. */}
          {receipt.category && !categories?.some((c) => c.id === receipt.category!.id) ? (
            <option value={receipt.category.id}>{receipt.category.name}</option>
          ) : null}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={save.pending} className={primaryButtonClass}>
          {save.pending ? "Saving…" : "Save changes"}
        </button>
        <div className="min-w-0 flex-1" id={errorId}>
          <Alert message={save.error} />
          <Notice message={save.error ? null : notice} />
        </div>
      </div>
    </form>
  );
}
