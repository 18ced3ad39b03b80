"use client";
// A receipt's review on its own page: edit in place, confirm it when it waits for review, dismiss it
// ("Not a receipt") or restore it, and the history of what people changed (who, when, old → new).
import useSWR from "swr";
import { Alert } from "@/components/ui/messages";
import { cardClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";
import { useReviewRefresh } from "@/components/review/use-review-queue";
import type { Receipt, ReceiptChange } from "@/lib/ui/api-types";
import { fetchJson, swrFetcher } from "@/lib/ui/fetch-json";
import { formatInstant } from "@/lib/ui/format";
import { useMutation } from "@/lib/ui/use-mutation";
import { ReceiptEditForm } from "./receipt-edit-form";

const STATUS_WORDS: Record<Receipt["review_status"], string> = {
  auto: "Recognised, not checked by a person",
  needs_review: "Needs review: recognition was unsure",
  confirmed: "Confirmed by a person",
};

export function ReceiptReview({
  receipt,
  timeZone,
  onChanged,
}: {
  receipt: Receipt;
  timeZone: string;
  onChanged: (receipt: Receipt) => void;
}) {
  const historyKey = `/api/receipts/${receipt.id}/history`;
  const history = useSWR<{ changes: ReceiptChange[] }>(historyKey, swrFetcher);
  const refresh = useReviewRefresh();
  const act = useMutation(async (action: "confirm" | "dismiss" | "restore") => {
    const body = await fetchJson<{ receipt: Receipt }>(`/api/receipts/${receipt.id}/${action}`, { method: "POST" });
    onChanged(body.receipt);
    void history.mutate();
    void refresh();
  });
  const dismissed = receipt.dismissed_at !== null;

  return (
    <section aria-labelledby="review-heading" className={`${cardClass} flex flex-col gap-4`}>
      <h2 id="review-heading" className="text-lg font-semibold">
        Review and corrections
      </h2>
      <p className="text-sm text-slate-800" data-testid="review-status">
        {dismissed
          ? `Dismissed as not a receipt on ${formatInstant(receipt.dismissed_at!, timeZone)}: hidden from lists, totals and the export.`
          : STATUS_WORDS[receipt.review_status]}
      </p>
      <div className="flex flex-wrap gap-2">
        {!dismissed && receipt.review_status !== "confirmed" ? (
          <button
            type="button"
            className={primaryButtonClass}
            disabled={act.pending}
            onClick={() => act.run("confirm")}
          >
            Confirm
          </button>
        ) : null}
        {dismissed ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={act.pending}
            onClick={() => act.run("restore")}
          >
            Restore
          </button>
        ) : (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={act.pending}
            onClick={() => act.run("dismiss")}
          >
            Not a receipt (dismiss)
          </button>
        )}
      </div>
      <Alert message={act.error} />
      <ReceiptEditForm
        receipt={receipt}
        idPrefix="receipt"
        onSaved={(saved) => {
          onChanged(saved);
          void history.mutate();
        }}
      />
      <section aria-labelledby="history-heading" className="flex flex-col gap-2">
        <h3 id="history-heading" className="text-base font-semibold">
          History
        </h3>
        <Alert message={history.error?.message} />
        {history.isLoading ? <p className="text-sm text-slate-600">Loading the history…</p> : null}
        {history.data && history.data.changes.length === 0 ? (
          <p className="text-sm text-slate-700">Nobody has changed this receipt yet.</p>
        ) : null}
        {history.data && history.data.changes.length > 0 ? (
          <ol className="flex flex-col gap-1 text-sm" data-testid="receipt-history">
            {[...history.data.changes].reverse().map((change) => (
              <li key={change.id} className="min-w-0 break-words border-t border-slate-100 pt-1">
                <span className="font-medium text-slate-900">
                  {change.user?.name || change.user?.email || "API key"}
                </span>
                <span className="text-slate-700"> · {formatInstant(change.changed_at, timeZone)} · </span>
                <span className="text-slate-900">{describeChange(change)}</span>
              </li>
            ))}
          </ol>
        ) : null}
      </section>
    </section>
  );
}

const FIELD_WORDS: Record<string, string> = {
  vendor: "Vendor",
  amount: "Amount",
  currency: "Currency",
  receipt_date: "Date",
  kind: "Kind",
  note: "Note",
};

/** "Vendor: Acme → Acme GmbH", "Confirmed", "Dismissed as not a receipt", "Restored". */
export function describeChange(change: Pick<ReceiptChange, "field" | "old_value" | "new_value">): string {
  if (change.field === "review_status")
    return change.new_value === "confirmed" ? "Confirmed" : `Review status: ${change.old_value} → ${change.new_value}`;
  if (change.field === "dismissed") return change.new_value === "true" ? "Dismissed as not a receipt" : "Restored";
  const name = FIELD_WORDS[change.field] ?? change.field;
  return `${name}: ${change.old_value ?? "(empty)"} → ${change.new_value ?? "(empty)"}`;
}
