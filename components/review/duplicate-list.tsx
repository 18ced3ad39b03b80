"use client";
// Possible duplicates: two receipts that look like one purchase, side by side. A person keeps both
// ("Not a duplicate", which sticks across syncs) or dismisses one copy, which hides it from totals and
// keeps any later sync from importing it again. Nothing is merged behind their back.
import Link from "next/link";
import { useState } from "react";
import { amountClass, KindBadge } from "@/components/receipts/kind-badge";
import { Alert, Notice } from "@/components/ui/messages";
import { cardClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import type { DuplicatePair, Receipt, ReviewQueueBody } from "@/lib/ui/api-types";
import { fetchJson } from "@/lib/ui/fetch-json";
import { formatCount, formatDay, formatInstant, formatMoney } from "@/lib/ui/format";
import { useMutation } from "@/lib/ui/use-mutation";
import { useDuplicates, useReviewCount, useReviewRefresh } from "./use-review-queue";

const without = (body: ReviewQueueBody | undefined, id: string): ReviewQueueBody | undefined =>
  body?.duplicates && {
    ...body,
    duplicates: { ...body.duplicates, duplicates: body.duplicates.duplicates.filter((p) => p.id !== id) },
  };

export function DuplicateList({ timeZone }: { timeZone: string }) {
  const list = useDuplicates();
  const { counts } = useReviewCount();
  const refresh = useReviewRefresh();
  const [target, setTarget] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function settle(pair: DuplicatePair) {
    void list.mutate((body) => without(body, pair.id), { revalidate: false });
    void refresh();
  }

  const keepBoth = useMutation(async (pair: DuplicatePair) => {
    setTarget(pair.id);
    await fetchJson(`/api/review/duplicates/${pair.id}/not-duplicate`, { method: "POST" });
    setNotice(`Kept both ${pair.receipts[0].vendor} receipts: they will not be flagged again.`);
    settle(pair);
  });
  const dismissCopy = useMutation(async (pair: DuplicatePair, copy: Receipt) => {
    setTarget(pair.id);
    await fetchJson(`/api/receipts/${copy.id}/dismiss`, { method: "POST" });
    setNotice(`Dismissed one copy of ${copy.vendor}; the other stays. Restore it from its receipt page.`);
    settle(pair);
  });
  const busy = keepBoth.pending || dismissCopy.pending;
  const failure = keepBoth.error ?? dismissCopy.error;
  const pairs = list.pairs ?? [];
  const waiting = counts?.duplicates;

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div aria-live="polite">
        <Notice message={notice} />
      </div>
      <Alert message={list.error ? list.error.message : null} />
      {list.isLoading && !list.pairs ? <p className="text-sm text-slate-600">Loading possible duplicates…</p> : null}
      {list.pairs && pairs.length === 0 ? (
        <section className={`${cardClass} flex flex-col gap-2`} aria-labelledby="duplicates-empty">
          <h2 id="duplicates-empty" className="text-lg font-semibold">
            No possible duplicates
          </h2>
          <p className="text-sm text-slate-700">
            When two receipts look like one purchase (a forwarded copy, or an invoice and its payment receipt), they are
            shown here side by side for you to settle.
          </p>
        </section>
      ) : null}
      {pairs.length > 0 ? (
        <>
          {waiting !== undefined && waiting > pairs.length ? (
            <p className="text-sm text-slate-700">
              Showing the newest {formatCount(pairs.length)} of {formatCount(waiting)}.
            </p>
          ) : null}
          <ol className="flex flex-col gap-4" aria-label="Possible duplicates">
            {pairs.map((pair) => (
              <li key={pair.id} className="min-w-0">
                <article
                  aria-labelledby={`pair-${pair.id}`}
                  data-testid="duplicate-pair"
                  className="flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
                >
                  <div className="flex flex-wrap items-center justify-between gap-3">
                    <h2 id={`pair-${pair.id}`} className="text-lg font-semibold">
                      {pair.receipts[0].vendor}: {pair.reason}?
                    </h2>
                    <button
                      type="button"
                      className={secondaryButtonClass}
                      disabled={busy}
                      onClick={() => {
                        dismissCopy.reset();
                        keepBoth.run(pair);
                      }}
                    >
                      Not a duplicate
                    </button>
                  </div>
                  <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                    {pair.receipts.map((receipt, side) => (
                      <section
                        key={receipt.id}
                        aria-label={`${side === 0 ? "First" : "Second"} copy`}
                        className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 p-3"
                      >
                        <div className="flex flex-wrap items-center gap-2">
                          <Link href={`/receipts/${receipt.id}`} className={`${linkClass} break-words`}>
                            {receipt.vendor}
                          </Link>
                          <KindBadge kind={receipt.kind} />
                        </div>
                        <p className={`text-lg font-semibold tabular-nums ${amountClass(receipt.kind)}`}>
                          {formatMoney(receipt.amount, receipt.currency)}
                        </p>
                        <dl className="grid grid-cols-[5.5rem_1fr] gap-x-3 gap-y-1 text-sm">
                          <dt className="font-medium text-slate-700">Date</dt>
                          <dd className="text-slate-900">{formatDay(receipt.receipt_date)}</dd>
                          <dt className="font-medium text-slate-700">Subject</dt>
                          <dd className="min-w-0 break-words text-slate-900">{receipt.subject}</dd>
                          <dt className="font-medium text-slate-700">From</dt>
                          <dd className="min-w-0 break-words text-slate-900">{receipt.sender}</dd>
                          <dt className="font-medium text-slate-700">Received</dt>
                          <dd className="text-slate-900">{formatInstant(receipt.received_at, timeZone)}</dd>
                        </dl>
                        <button
                          type="button"
                          className={`${secondaryButtonClass} self-start`}
                          disabled={busy}
                          onClick={() => {
                            keepBoth.reset();
                            dismissCopy.run(pair, receipt);
                          }}
                        >
                          Dismiss this copy
                        </button>
                      </section>
                    ))}
                  </div>
                  {target === pair.id ? <Alert message={failure} /> : null}
                </article>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
