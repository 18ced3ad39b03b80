"use client";
// One receipt waiting for a person: what recognition read and the email it came from, its fields to
// correct, and Confirm / Not a receipt. The current item carries a ring, whether or not it has focus.
import { KIND_LABELS, amountClass, KindBadge } from "@/components/receipts/kind-badge";
import { ReceiptEditForm } from "@/components/receipts/receipt-edit-form";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";
import type { Receipt } from "@/lib/ui/api-types";
import { formatDay, formatInstant, formatMoney } from "@/lib/ui/format";
import { SourceEmail } from "./source-email";

export const itemDomId = (id: string) => `review-${id}`;

export function ReviewItem({
  receipt,
  current,
  busy,
  timeZone,
  onFocusWithin,
  onConfirm,
  onDismiss,
  onSaved,
}: {
  receipt: Receipt;
  current: boolean;
  busy: boolean;
  timeZone: string;
  onFocusWithin: () => void;
  onConfirm: () => void;
  onDismiss: () => void;
  onSaved: (receipt: Receipt) => void;
}) {
  const domId = itemDomId(receipt.id);
  return (
    <article
      id={domId}
      tabIndex={-1}
      aria-labelledby={`${domId}-heading`}
      aria-current={current ? "true" : undefined}
      data-receipt-id={receipt.id}
      data-testid="review-item"
      onFocus={onFocusWithin}
      className={`flex min-w-0 flex-col gap-4 rounded-xl border bg-white p-4 shadow-sm focus:outline-none sm:p-5 ${
        current ? "border-slate-900 ring-2 ring-slate-900 ring-offset-2" : "border-slate-200"
      }`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={`${domId}-heading`} className="break-words text-lg font-semibold">
              {receipt.vendor}
            </h2>
            <KindBadge kind={receipt.kind} />
          </div>
          <p className={`text-xl font-semibold tabular-nums ${amountClass(receipt.kind)}`}>
            {formatMoney(receipt.amount, receipt.currency)}{" "}
            <span className="text-sm font-normal text-slate-700">{receipt.currency}</span>
          </p>
          <p className="text-sm text-slate-700">
            {KIND_LABELS[receipt.kind]} date {formatDay(receipt.receipt_date)}
            {receipt.confidence !== null
              ? ` · recognised with ${Math.round(receipt.confidence * 100)}\u00a0% confidence`
              : ""}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={primaryButtonClass} disabled={busy} onClick={onConfirm}>
            Confirm
          </button>
          <button type="button" className={secondaryButtonClass} disabled={busy} onClick={onDismiss}>
            Not a receipt
          </button>
        </div>
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[7rem_1fr]">
        <dt className="font-medium text-slate-700">Subject</dt>
        <dd className="min-w-0 break-words text-slate-900">{receipt.subject}</dd>
        <dt className="font-medium text-slate-700">From</dt>
        <dd className="min-w-0 break-words text-slate-900">{receipt.sender}</dd>
        <dt className="font-medium text-slate-700">Received</dt>
        <dd className="text-slate-900">{formatInstant(receipt.received_at, timeZone)}</dd>
      </dl>
      <div className="grid min-w-0 gap-4 lg:grid-cols-2">
        <ReceiptEditForm receipt={receipt} idPrefix={domId} onSaved={onSaved} />
        <SourceEmail of="receipt" id={receipt.id} autoLoad={current} />
      </div>
    </article>
  );
}
