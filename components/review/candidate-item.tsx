"use client";
// A near miss: an email recognition did not take but scored close to the line, with its best reading
// as editable fields. "Import as receipt" promotes it with the person's corrections (it becomes a
// confirmed receipt and no later sync adds it again); "Not a receipt" dismisses it for good.
import { useState, type FormEvent } from "react";
import { ReceiptFields } from "@/components/receipts/receipt-fields";
import { Alert } from "@/components/ui/messages";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";
import type { Candidate } from "@/lib/ui/api-types";
import { formatInstant, formatMoney } from "@/lib/ui/format";
import { draftOfCandidate, type ReceiptDraft } from "@/lib/ui/receipt-edits";
import { SourceEmail } from "./source-email";

export function CandidateItem({
  candidate,
  busy,
  error,
  timeZone,
  onPromote,
  onDismiss,
}: {
  candidate: Candidate;
  busy: boolean;
  /** The last failed action on this item (the API's message names the field). */
  error: string | null;
  timeZone: string;
  onPromote: (draft: ReceiptDraft) => void;
  onDismiss: () => void;
}) {
  const [draft, setDraft] = useState<ReceiptDraft>(() => draftOfCandidate(candidate));
  const domId = `candidate-${candidate.id}`;
  const guess =
    candidate.amount !== null && candidate.currency !== null
      ? formatMoney(candidate.amount, candidate.currency)
      : (candidate.amount ?? "no total");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onPromote(draft);
  }

  return (
    <article
      aria-labelledby={`${domId}-heading`}
      data-testid="candidate-item"
      className="flex min-w-0 flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <div className="flex min-w-0 flex-col gap-1">
        <h2 id={`${domId}-heading`} className="break-words text-lg font-semibold">
          {candidate.subject || "(no subject)"}
        </h2>
        <p className="text-sm text-slate-700">
          Recognition read {candidate.vendor ?? "no vendor"} · {guess}, and was {Math.round(candidate.confidence * 100)}
          &nbsp;% sure this is not a receipt.
        </p>
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[7rem_1fr]">
        <dt className="font-medium text-slate-700">From</dt>
        <dd className="min-w-0 break-words text-slate-900">{candidate.sender}</dd>
        <dt className="font-medium text-slate-700">Received</dt>
        <dd className="text-slate-900">{formatInstant(candidate.received_at, timeZone)}</dd>
        {candidate.reasons.length > 0 ? (
          <>
            <dt className="font-medium text-slate-700">Why not</dt>
            <dd className="min-w-0 break-words text-slate-900">{candidate.reasons.join(" · ")}</dd>
          </>
        ) : null}
      </dl>
      <form onSubmit={submit} aria-label={`Import ${candidate.subject || "this email"} as a receipt`}>
        <div className="flex flex-col gap-3">
          <ReceiptFields draft={draft} onChange={setDraft} idPrefix={domId} />
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={primaryButtonClass} disabled={busy}>
              Import as receipt
            </button>
            <button type="button" className={secondaryButtonClass} disabled={busy} onClick={onDismiss}>
              Not a receipt
            </button>
            <div className="min-w-0 flex-1">
              <Alert message={error} />
            </div>
          </div>
        </div>
      </form>
      <SourceEmail of="candidate" id={candidate.id} />
    </article>
  );
}
