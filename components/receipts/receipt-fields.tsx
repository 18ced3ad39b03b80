"use client";
// The fields of a receipt as a person corrects them (vendor, amount, currency, date, kind, note): the
// edit form and a near miss's promotion share them, so both read and label the same.
import { DayField } from "@/components/ui/day-field";
import { inputClass, labelClass } from "@/components/ui/styles";
import type { Receipt } from "@/lib/ui/api-types";
import type { ReceiptDraft } from "@/lib/ui/receipt-edits";
import { KIND_LABELS } from "./kind-badge";

/** The id of a form's first field, so a shortcut can put the cursor there. */
export const firstFieldId = (idPrefix: string) => `${idPrefix}-vendor`;

export function ReceiptFields({
  draft,
  onChange,
  idPrefix,
}: {
  draft: ReceiptDraft;
  onChange: (draft: ReceiptDraft) => void;
  /** Unique per form on the page: the review page shows many. */
  idPrefix: string;
}) {
  const set = (field: keyof ReceiptDraft) => (e: { target: { value: string } }) =>
    onChange({ ...draft, [field]: e.target.value });
  return (
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
        onChange={(v) => onChange({ ...draft, receipt_date: v })}
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
  );
}
