"use client";
// A receipt and the email it was found in, with the attachment download when one was stored.
import Link from "next/link";
import useSWR from "swr";
import { Alert } from "@/components/ui/messages";
import { cardClass, linkClass, primaryButtonClass } from "@/components/ui/styles";
import type { Receipt } from "@/lib/ui/api-types";
import { swrFetcher } from "@/lib/ui/fetch-json";
import { formatDay, formatInstant, formatMoney } from "@/lib/ui/format";

export function ReceiptDetail({ id, backHref, timeZone }: { id: string; backHref: string; timeZone: string }) {
  const { data, error, isLoading } = useSWR<{ receipt: Receipt }>(`/api/receipts/${encodeURIComponent(id)}`, swrFetcher);
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
          <div>
            <h1 id="receipt-heading" className="text-2xl font-semibold tracking-tight">
              {receipt.vendor}
            </h1>
            <p className="text-3xl font-semibold tabular-nums text-slate-900">{formatMoney(receipt.amount, receipt.currency)}</p>
            <p className="text-slate-700">Receipt date {formatDay(receipt.receipt_date)}</p>
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
              <dd className="text-slate-900">{receipt.source === "attachment" ? "the attachment" : "the email body"}</dd>
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
    </>
  );
}
