"use client";
// Edit a receipt in place: vendor, amount, currency, date, kind and note, saved with PATCH. Only the
// changed fields are sent; the API's 400 (it names the field) is shown next to the form. Enter saves.
import { useState, type FormEvent } from "react";
import { DayField } from "@/components/ui/day-field";
import { Alert, Notice } from "@/components/ui/messages";
import { inputClass, labelClass, primaryButtonClass } from "@/components/ui/styles";
import type { Receipt } from "@/lib/ui/api-types";
import { fetchJson } from "@/lib/ui/fetch-json";
import { draftOf, editOf, type ReceiptDraft } from "@/lib/ui/receipt-edits";
import { useMutation } from "@/lib/ui/use-mutation";
import { KIND_LABELS } from "./kind-badge";

/** The id of a form's first field, so a shortcut can put the cursor there. */
export const firstFieldId = (idPrefix: string) => `${idPrefix}-vendor`;

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
  const [notice, setNotice] = useState<string | null>(null);
  const save = useMutation(async (current: ReceiptDraft) => {
    setNotice(null);
    const edit = editOf(receipt, current);
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
    setNotice("Saved.");
    onSaved(body.receipt);
  });
  const set = (field: keyof ReceiptDraft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.run(draft);
  }

  const errorId = `${idPrefix}-error`;
  return (
    <form
      onSubmit={submit}
      aria-label={`Edit ${receipt.vendor}`}
      aria-describedby={save.error ? errorId : undefined}
      className="flex flex-col gap-3"
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={firstFieldId(idPrefix)} className={labelClass}>
            Vendor
          </label>
          <input
            id={firstFieldId(idPrefix)}
            value={draft.vendor}
            onChange={set("vendor")}
            className={inputClass}
            autoComplete="off"
          />
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={`${idPrefix}-amount`} className={labelClass}>
            Amount
          </label>
          <input
            id={`${idPrefix}-amount`}
            value={draft.amount}
            onChange={set("amount")}
            inputMode="decimal"
            autoComplete="off"
            className={inputClass}
          />
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={`${idPrefix}-currency`} className={labelClass}>
            Currency
          </label>
          <input
            id={`${idPrefix}-currency`}
            value={draft.currency}
            onChange={set("currency")}
            maxLength={3}
            autoComplete="off"
            className={`${inputClass} uppercase`}
          />
        </div>
        <DayField
          id={`${idPrefix}-date`}
          label="Date"
          value={draft.receipt_date}
          onChange={(v) => setDraft((d) => ({ ...d, receipt_date: v }))}
          className="flex min-w-0 flex-col gap-1"
        />
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={`${idPrefix}-kind`} className={labelClass}>
            Kind
          </label>
          <select id={`${idPrefix}-kind`} value={draft.kind} onChange={set("kind")} className={inputClass}>
            {(Object.keys(KIND_LABELS) as Receipt["kind"][]).map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={`${idPrefix}-note`} className={labelClass}>
            Note
          </label>
          <input
            id={`${idPrefix}-note`}
            value={draft.note}
            onChange={set("note")}
            maxLength={2000}
            autoComplete="off"
            className={inputClass}
          />
        </div>
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
