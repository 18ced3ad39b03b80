"use client";
// A receipt and the email it was found in, with the attachment download when one was stored, and
// its review: edit in place, confirm, dismiss or restore, and its history.
import Link from "next/link";
import useSWR from "swr";
import { Alert } from "@/components/ui/messages";
import { cardClass, linkClass, primaryButtonClass } from "@/components/ui/styles";
import { SourceEmail } from "@/components/review/source-email";
import type { Receipt } from "@/lib/ui/api-types";
import { swrFetcher } from "@/lib/ui/fetch-json";
import { formatDay, formatInstant, formatMoney } from "@/lib/ui/format";
import { amountClass, KIND_LABELS, KindBadge } from "./kind-badge";
import { ReceiptReview } from "./receipt-review";
import { NeedsReviewMarker } from "./receipts-table";

export function ReceiptDetail({ id, backHref, timeZone }: { id: string; backHref: string; timeZone: string }) {
  const { data, error, isLoading, mutate } = useSWR<{ receipt: Receipt }>(
    `/api/receipts/${encodeURIComponent(id)}`,
    swrFetcher,
  );
  const receipt = data?.receipt;
  return (
    <>
      <Link href={backHref} className={`${linkClass} self-start text-sm`}>
        ← Back to receipts
      </Link>
      {isLoading ? <p className="text-sm text-slate-600">Loading the receipt…</p> : null}
      <Alert message={error?.message} />
      {receipt ? (
        <article className={`${cardClass} flex flex-col gap-5`} aria-labelledby="receipt-heading">
          <div className="flex flex-col gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <h1 id="receipt-heading" className="text-2xl font-semibold tracking-tight">
                {receipt.vendor}
              </h1>
              <KindBadge kind={receipt.kind} />
              {receipt.review_status === "needs_review" && !receipt.dismissed_at ? <NeedsReviewMarker /> : null}
            </div>
            <p
              className={`text-3xl font-semibold tabular-nums ${amountClass(receipt.kind)}`}
              data-testid="receipt-amount"
            >
              {formatMoney(receipt.amount, receipt.currency)}
            </p>
            {receipt.kind === "refund" ? (
              <p className="text-sm text-slate-700">Money back: this refund is subtracted from the totals.</p>
            ) : null}
            <p className="text-slate-700">
              {KIND_LABELS[receipt.kind]} date {formatDay(receipt.receipt_date)}
            </p>
            <p className="text-slate-700">Category: {receipt.category?.name ?? "none"}</p>
          </div>
          <section aria-labelledby="email-heading" className="flex flex-col gap-2">
            <h2 id="email-heading" className="text-lg font-semibold">
              Source email
            </h2>
            <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
              <dt className="font-medium text-slate-700">From</dt>
              <dd className="break-words text-slate-900">{receipt.sender}</dd>
              <dt className="font-medium text-slate-700">Subject</dt>
              <dd className="break-words text-slate-900">{receipt.subject}</dd>
              <dt className="font-medium text-slate-700">Received</dt>
              <dd className="text-slate-900">{formatInstant(receipt.received_at, timeZone)}</dd>
              <dt className="font-medium text-slate-700">Found in</dt>
              <dd className="text-slate-900">
                {receipt.source === "attachment" ? "the attachment" : "the email body"}
              </dd>
            </dl>
            <SourceEmail of="receipt" id={receipt.id} />
          </section>
          <section aria-labelledby="recognition-heading" className="flex flex-col gap-2">
            <h2 id="recognition-heading" className="text-lg font-semibold">
              Recognition
            </h2>
            <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
              <dt className="font-medium text-slate-700">Read as</dt>
              <dd className="text-slate-900">{KIND_LABELS[receipt.kind]}</dd>
              <dt className="font-medium text-slate-700">Confidence</dt>
              <dd className="text-slate-900">
                {receipt.confidence === null ? "Not recorded" : `${Math.round(receipt.confidence * 100)}\u00a0%`}
              </dd>
              <dt className="font-medium text-slate-700">Extractor version</dt>
              <dd className="text-slate-900">
                {receipt.extractor_version ?? "Not recorded (read before versions were kept)"}
              </dd>
            </dl>
          </section>
          {receipt.has_file ? (
            <a href={`/api/receipts/${receipt.id}/file`} className={`${primaryButtonClass} self-start`}>
              Download {receipt.filename ?? "attachment"}
            </a>
          ) : (
            <p className="text-sm text-slate-700">No attachment was stored for this receipt.</p>
          )}
        </article>
      ) : null}
      {receipt ? (
        <ReceiptReview
          key={receipt.id}
          receipt={receipt}
          timeZone={timeZone}
          onChanged={(changed) => void mutate({ receipt: changed }, { revalidate: false })}
        />
      ) : null}
    </>
  );
}
