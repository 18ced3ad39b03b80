// What a receipt is, as a small labelled badge. The word carries the meaning; colour and the
// refund's arrow only repeat it, so nothing depends on seeing colour.
import type { Receipt } from "@/lib/ui/api-types";

type Kind = Receipt["kind"];

export const KIND_LABELS: Record<Kind, string> = { receipt: "Receipt", invoice: "Invoice", refund: "Refund" };

const TONES: Record<Kind, string> = {
  receipt: "border-slate-300 bg-slate-50 text-slate-800",
  invoice: "border-sky-300 bg-sky-50 text-sky-900",
  refund: "border-dashed border-amber-500 bg-amber-50 text-amber-950",
};

export function KindBadge({ kind }: { kind: Kind }) {
  return (
    <span
      data-testid="kind-badge"
      data-kind={kind}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${TONES[kind]}`}
    >
      {kind === "refund" ? <span aria-hidden="true">↩</span> : null}
      {KIND_LABELS[kind]}
    </span>
  );
}

/** Text classes for an amount: a refund's (negative) amount is set apart by more than its colour. */
export function amountClass(kind: Kind): string {
  return kind === "refund" ? "italic text-amber-950" : "text-slate-900";
}
