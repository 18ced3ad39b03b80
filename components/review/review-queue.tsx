"use client";
// The review page: receipts waiting for a person, newest first, worked through by keyboard or mouse.
// j/k (or ↓/↑) move, c confirms, d dismisses ("Not a receipt", with Undo: u), e edits, Escape leaves
// a field. Letters typed into a field stay the field's. An item confirmed or dismissed leaves the
// queue and the one that took its place becomes current.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/messages";
import { firstFieldId } from "@/components/receipts/receipt-fields";
import { cardClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import type { Receipt, ReceiptListBody } from "@/lib/ui/api-types";
import { fetchJson } from "@/lib/ui/fetch-json";
import { formatCount } from "@/lib/ui/format";
import {
  currentAfterLeaving,
  isTypingTarget,
  moveCurrent,
  resolveCurrent,
  reviewActionFor,
} from "@/lib/ui/review-queue";
import { useMutation } from "@/lib/ui/use-mutation";
import { itemDomId, ReviewItem } from "./review-item";
import { useReviewCount, useReviewQueue, useReviewRefresh } from "./use-review-queue";

interface Dismissal {
  receipt: Receipt;
  /** Where it stood, so Undo puts it back in its place. */
  index: number;
}

const without = (body: ReceiptListBody | undefined, id: string) =>
  body && { ...body, receipts: body.receipts.filter((r) => r.id !== id) };

export function ReviewQueue({ timeZone }: { timeZone: string }) {
  const queue = useReviewQueue();
  const { counts } = useReviewCount();
  const count = counts?.needs_review;
  const refresh = useReviewRefresh();
  const [chosen, setChosen] = useState<string | null>(null);
  const [dismissal, setDismissal] = useState<Dismissal | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The item to focus once it is rendered (after a move, a removal or an undo).
  const focusNext = useRef<string | null>(null);

  const receipts = queue.receipts ?? [];
  const ids = receipts.map((r) => r.id);
  const current = resolveCurrent(ids, chosen);

  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    const element = document.getElementById(itemDomId(id));
    if (element) {
      focusNext.current = null;
      element.focus();
    }
  });

  function focusItem(id: string | null) {
    setChosen(id);
    // Focused now when it is on the page; else (an undo's item, not yet back) once it renders.
    const element = id ? document.getElementById(itemDomId(id)) : null;
    if (element) element.focus();
    focusNext.current = element ? null : id;
  }

  /** Takes the receipt out of the queue here at once; the server already moved it. */
  function leave(id: string) {
    focusItem(currentAfterLeaving(ids, current, id));
    void queue.mutate((body) => without(body, id), { revalidate: false });
    void refresh();
  }

  const confirm = useMutation(async (receipt: Receipt) => {
    await fetchJson(`/api/receipts/${receipt.id}/confirm`, { method: "POST" });
    setDismissal(null);
    setNotice(`Confirmed ${receipt.vendor}.`);
    leave(receipt.id);
  });
  const dismiss = useMutation(async (receipt: Receipt) => {
    await fetchJson(`/api/receipts/${receipt.id}/dismiss`, { method: "POST" });
    setNotice(null);
    setDismissal({ receipt, index: ids.indexOf(receipt.id) });
    leave(receipt.id);
  });
  const restore = useMutation(async ({ receipt, index }: Dismissal) => {
    const body = await fetchJson<{ receipt: Receipt }>(`/api/receipts/${receipt.id}/restore`, { method: "POST" });
    setDismissal(null);
    setNotice(`Restored ${receipt.vendor}: it waits for review again.`);
    await queue.mutate(
      (list) =>
        list && {
          ...list,
          receipts: [...list.receipts.slice(0, index), body.receipt, ...list.receipts.slice(index)],
        },
      { revalidate: false },
    );
    focusItem(receipt.id);
    void refresh();
  });
  const confirmAll = useMutation(async (shown: string[]) => {
    const body = await fetchJson<{ confirmed: number }>("/api/receipts/confirm", {
      method: "POST",
      body: JSON.stringify({ ids: shown }),
    });
    // Pending until the queue has reloaded, so the button cannot confirm the same set twice.
    await refresh({ queue: true });
    setDismissal(null);
    setNotice(`Confirmed ${formatCount(body.confirmed)} ${body.confirmed === 1 ? "receipt" : "receipts"}.`);
  });
  const actions = [confirm, dismiss, restore, confirmAll];
  const busy = actions.some((a) => a.pending);
  const actionError = actions.find((a) => a.error)?.error ?? null;
  const start = (action: (typeof actions)[number]) => {
    for (const other of actions) if (other !== action) other.reset();
  };

  function onKey(event: KeyboardEvent) {
    const target = event.target as HTMLElement | null;
    const action = reviewActionFor({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      inField: isTypingTarget(target),
    });
    if (!action) return;
    event.preventDefault();
    // One action at a time: a second key while one runs would act on the item that is leaving.
    if (busy && action !== "leave-field" && action !== "edit") return;
    const item = receipts.find((r) => r.id === current);
    switch (action) {
      case "next":
      case "previous":
        focusItem(moveCurrent(ids, current, action === "next" ? 1 : -1));
        break;
      case "confirm":
        if (item) {
          start(confirm);
          confirm.run(item);
        }
        break;
      case "dismiss":
        if (item) {
          start(dismiss);
          dismiss.run(item);
        }
        break;
      case "undo":
        if (dismissal) {
          start(restore);
          restore.run(dismissal);
        }
        break;
      case "edit":
        if (current) document.getElementById(firstFieldId(itemDomId(current)))?.focus();
        break;
      case "leave-field":
        target?.blur();
        focusItem(target?.closest<HTMLElement>("[data-receipt-id]")?.dataset.receiptId ?? current);
        break;
    }
  }

  useEffect(() => {
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" id="review-keys">
          Keyboard: j/k move · c confirm · d dismiss · e edit · u undo · Esc leaves a field
        </p>
        {receipts.length > 0 ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={busy}
            onClick={() => {
              start(confirmAll);
              confirmAll.run(ids);
            }}
          >
            Confirm all shown ({formatCount(receipts.length)})
          </button>
        ) : null}
      </div>
      <div aria-live="polite" className="flex flex-col gap-2">
        {dismissal ? (
          <p
            role="status"
            className="flex flex-wrap items-center gap-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900"
          >
            <span>Dismissed {dismissal.receipt.vendor} as not a receipt.</span>
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={busy}
              onClick={() => {
                start(restore);
                restore.run(dismissal);
              }}
            >
              Undo
            </button>
          </p>
        ) : notice ? (
          <p role="status" className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
            {notice}
          </p>
        ) : null}
      </div>
      <Alert message={actionError ?? (queue.error ? queue.error.message : null)} />
      {queue.isLoading && !queue.receipts ? <p className="text-sm text-slate-600">Loading the queue…</p> : null}
      {queue.receipts && receipts.length === 0 ? (
        <section className={`${cardClass} flex flex-col gap-2`} aria-labelledby="review-empty">
          <h2 id="review-empty" className="text-lg font-semibold">
            Nothing waits for review
          </h2>
          <p className="text-sm text-slate-700">
            Every receipt recognition was unsure of has been checked. See all of them on{" "}
            <Link href="/receipts" className={linkClass}>
              Receipts
            </Link>
            .
          </p>
        </section>
      ) : null}
      {receipts.length > 0 ? (
        <>
          {count !== undefined && count > receipts.length ? (
            <p className="text-sm text-slate-700">
              Showing the newest {formatCount(receipts.length)} of {formatCount(count)} waiting.
            </p>
          ) : null}
          <ol className="flex flex-col gap-4" aria-label="Receipts waiting for review" aria-describedby="review-keys">
            {receipts.map((receipt) => (
              <li key={receipt.id} className="min-w-0">
                <ReviewItem
                  receipt={receipt}
                  current={receipt.id === current}
                  busy={busy}
                  timeZone={timeZone}
                  onFocusWithin={() => setChosen(receipt.id)}
                  onConfirm={() => {
                    start(confirm);
                    confirm.run(receipt);
                  }}
                  onDismiss={() => {
                    start(dismiss);
                    dismiss.run(receipt);
                  }}
                  onSaved={(saved) =>
                    void queue.mutate(
                      (body) =>
                        body && { ...body, receipts: body.receipts.map((r) => (r.id === saved.id ? saved : r)) },
                      { revalidate: false },
                    )
                  }
                />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
