"use client";
// Near misses, newest mail first: each is imported as a receipt (with the person's corrections) or
// dismissed, and leaves the list at once; the counts in the navigation and the tabs follow.
import Link from "next/link";
import { useState } from "react";
import { Alert, Notice } from "@/components/ui/messages";
import { cardClass, linkClass } from "@/components/ui/styles";
import type { Candidate, Receipt, ReviewQueueBody } from "@/lib/ui/api-types";
import { fetchJson } from "@/lib/ui/fetch-json";
import { formatCount } from "@/lib/ui/format";
import { promotionOf, type ReceiptDraft } from "@/lib/ui/receipt-edits";
import { useMutation } from "@/lib/ui/use-mutation";
import { CandidateItem } from "./candidate-item";
import { useCandidates, useReviewCount, useReviewRefresh } from "./use-review-queue";

const without = (body: ReviewQueueBody | undefined, id: string): ReviewQueueBody | undefined =>
  body?.candidates && {
    ...body,
    candidates: { ...body.candidates, candidates: body.candidates.candidates.filter((c) => c.id !== id) },
  };

export function CandidateList({ timeZone }: { timeZone: string }) {
  const list = useCandidates();
  const { counts } = useReviewCount();
  const refresh = useReviewRefresh();
  const [target, setTarget] = useState<string | null>(null);
  const [imported, setImported] = useState<Receipt | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function leave(id: string) {
    void list.mutate((body) => without(body, id), { revalidate: false });
    void refresh();
  }

  const promote = useMutation(async (candidate: Candidate, draft: ReceiptDraft) => {
    setTarget(candidate.id);
    const body = await fetchJson<{ receipt: Receipt }>(`/api/review/candidates/${candidate.id}/promote`, {
      method: "POST",
      body: JSON.stringify(promotionOf(candidate, draft)),
    });
    setNotice(null);
    setImported(body.receipt);
    leave(candidate.id);
  });
  const dismiss = useMutation(async (candidate: Candidate) => {
    setTarget(candidate.id);
    await fetchJson(`/api/review/candidates/${candidate.id}/dismiss`, { method: "POST" });
    setImported(null);
    setNotice(`Dismissed “${candidate.subject}”: no sync will import it.`);
    leave(candidate.id);
  });
  const busy = promote.pending || dismiss.pending;
  const failure = promote.error ?? dismiss.error;
  const candidates = list.candidates ?? [];
  const waiting = counts?.candidates;

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div aria-live="polite" className="flex flex-col gap-2">
        {imported ? (
          <p role="status" className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
            Imported {imported.vendor} as a confirmed receipt.{" "}
            <Link href={`/receipts/${imported.id}`} className={linkClass}>
              Open it
            </Link>
          </p>
        ) : (
          <Notice message={notice} />
        )}
      </div>
      <Alert message={list.error ? list.error.message : null} />
      {list.isLoading && !list.candidates ? <p className="text-sm text-slate-600">Loading near misses…</p> : null}
      {list.candidates && candidates.length === 0 ? (
        <section className={`${cardClass} flex flex-col gap-2`} aria-labelledby="candidates-empty">
          <h2 id="candidates-empty" className="text-lg font-semibold">
            No near misses
          </h2>
          <p className="text-sm text-slate-700">
            Emails that looked almost like a receipt show up here after a sync, so none is missed without a word.
          </p>
        </section>
      ) : null}
      {candidates.length > 0 ? (
        <>
          {waiting !== undefined && waiting > candidates.length ? (
            <p className="text-sm text-slate-700">
              Showing the newest {formatCount(candidates.length)} of {formatCount(waiting)}.
            </p>
          ) : null}
          <ol className="flex flex-col gap-4" aria-label="Near misses">
            {candidates.map((candidate) => (
              <li key={candidate.id} className="min-w-0">
                <CandidateItem
                  candidate={candidate}
                  busy={busy}
                  error={target === candidate.id ? failure : null}
                  timeZone={timeZone}
                  onPromote={(draft) => {
                    dismiss.reset();
                    promote.run(candidate, draft);
                  }}
                  onDismiss={() => {
                    promote.reset();
                    dismiss.run(candidate);
                  }}
                />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
