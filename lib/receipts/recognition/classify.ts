// What a message is: a receipt (paid), an invoice (billed), a refund (money back), or not a receipt.
// Precision first: shipping notices, orders awaiting payment, upcoming invoices, failed payments,
// quotes, reminders and promotions are not receipts even when they print a total. Every decision
// returns its reasons, so a miss can be explained from the output alone.
import type { SignalClass } from "./lexicons";
import { classScores, inSubject, inSubjectOrTitle, type Signal } from "./signals";
import type { StructuredFacts } from "./structured-data";
import type { TotalCandidate } from "./totals";

import type { ReceiptKind } from "../kind";

export type Kind = ReceiptKind;

export interface Classification {
  kind: Kind | null;
  /** 0–1: how sure the decision (receipt or not) is. */
  confidence: number;
  reasons: string[];
}

export interface ClassifyInput {
  signals: Signal[];
  total: TotalCandidate | undefined;
  structured: StructuredFacts | undefined;
  /** An attachment's file name says invoice/receipt/credit note ("Rechnung_2026-031.pdf"). */
  documentFileName: "invoice" | "receipt" | "refund" | undefined;
  /** The total was read from an attachment rather than the mail body. */
  totalFromAttachment: boolean;
}

const NEGATIVE: Array<[SignalClass, number, string]> = [
  ["failed", 1.2, "payment failed"],
  ["quote", 1.1, "quote or pro-forma"],
  ["reminder", 1.0, "payment reminder"],
  ["awaitingPayment", 1.0, "awaiting payment"],
  ["upcoming", 1.0, "charge still to come"],
  ["shipping", 1.0, "shipping or delivery notice"],
  ["renewal", 0.8, "renewal or trial reminder"],
  ["account", 0.9, "account mail"],
  ["cancelled", 0.8, "order cancelled"],
  ["marketing", 0.7, "promotion or newsletter"],
];

// Mail whose subject says one of these is about a document, not a payment of it.
const DECISIVE_IN_SUBJECT = new Set<SignalClass>(["reminder", "failed", "quote", "upcoming", "awaitingPayment"]);

const THRESHOLD = 2.5;
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round = (x: number) => Math.round(x * 1000) / 1000;

export function classify(input: ClassifyInput): Classification {
  const { signals, total, structured } = input;
  const s = classScores(signals);
  const reasons: string[] = [];

  if (structured && structured.type === "delivery" && !total)
    return { kind: null, confidence: 0.95, reasons: [structured.reason, "shipping notice"] };
  if (structured && structured.amount) {
    const decided = structuredDecision(structured);
    if (decided) return decided;
  }
  if (!total) return { kind: null, confidence: 0.9, reasons: ["no total found"] };

  const paidTotal = total.tier === "paid";
  const refundTotal = total.tier === "refund";
  const receiptScore =
    s.receipt +
    s.paid +
    s.thanks +
    0.7 * s.order +
    (paidTotal ? 1.5 : 0) +
    (input.documentFileName === "receipt" ? 1.5 : 0);
  const invoiceScore = s.invoice + (input.documentFileName === "invoice" ? 2 : 0) + (total.tier === "due" ? 0.5 : 0);
  const refundScore =
    s.refund + (refundTotal ? 3 : 0) + (total.negative ? 1.5 : 0) + (input.documentFileName === "refund" ? 2 : 0);

  const refundLeads =
    refundScore >= 3 &&
    (inSubjectOrTitle(signals, "refund") || refundTotal || input.documentFileName === "refund") &&
    refundScore >= 0.6 * receiptScore;
  const invoiceIdentity = inSubjectOrTitle(signals, "invoice") || input.documentFileName === "invoice";
  let kind: Kind = refundLeads ? "refund" : invoiceScore > receiptScore && invoiceScore >= 2 ? "invoice" : "receipt";
  if (
    kind === "receipt" &&
    invoiceIdentity &&
    !inSubjectOrTitle(signals, "receipt") &&
    !inSubject(signals, "order") &&
    invoiceScore >= receiptScore * 0.6
  )
    kind = "invoice";

  const positives = [receiptScore, invoiceScore, refundScore].sort((a, b) => b - a);
  let positive =
    (positives[0] ?? 0) + 0.4 * ((positives[1] ?? 0) + (positives[2] ?? 0)) + Math.max(0, total.rank - 3) * 0.5;

  let negative = 0;
  let negativeReason: string | undefined;
  const subjectPositive =
    inSubject(signals, "receipt") ||
    inSubject(signals, "refund") ||
    (inSubject(signals, "paid") && !inSubject(signals, "failed"));
  const deliveredAndPaid =
    kind === "receipt" &&
    deliveredInSubject(signals) &&
    (paidTotal ||
      signals.some((x) => x.cls === "paid" && !x.weak) ||
      signals.some((x) => x.cls === "receipt" && x.region === "title" && !x.weak));
  for (const [cls, weight, reason] of NEGATIVE) {
    let score = s[cls] * weight;
    // An invoice states how to pay it; that is not an order waiting for payment.
    if (kind === "invoice" && (cls === "awaitingPayment" || cls === "upcoming") && !inSubject(signals, cls))
      score *= 0.3;
    // Money back is often a cancelled or returned order; the return's shipping does not matter.
    if (kind === "refund" && (cls === "cancelled" || cls === "shipping" || cls === "marketing" || cls === "upcoming"))
      score *= 0.2;
    // A delivered order (a meal, a ride) that says it was paid is its receipt: its delivery words are not
    // a parcel notice's.
    if (cls === "shipping" && deliveredAndPaid) score *= 0.3;
    // A paid receipt may mention delivery and carry a newsletter footer.
    if (kind === "receipt" && (cls === "shipping" || cls === "marketing") && !inSubject(signals, cls)) score *= 0.5;
    // The subject says what the mail is about: a reminder or a failed payment names the invoice it is about.
    // A delivered food order that prints "Total paid" is its receipt; a parcel notice does not say paid.
    // A parcel that "has shipped" is the second mail about an order already recorded, total or not.
    const paidOverrides =
      (cls === "shipping" && deliveredAndPaid) ||
      (paidTotal && (cls === "marketing" || (cls === "shipping" && !parcelInSubject(signals))));
    if (inSubject(signals, cls)) score += DECISIVE_IN_SUBJECT.has(cls) ? 6 : subjectPositive || paidOverrides ? 1 : 3;
    else if (DECISIVE_IN_SUBJECT.has(cls) && inSubjectOrTitle(signals, cls)) score += 2;
    if (score > negative) {
      negative = score;
      negativeReason = reason;
    }
  }
  // An order confirmation that asks to be paid is not a receipt until the money arrives.
  const paidEvidence = s.paid + (paidTotal ? 2 : 0);
  if (kind === "receipt" && s.awaitingPayment >= 1 && s.awaitingPayment > paidEvidence) {
    negative = Math.max(negative, positive);
    negativeReason = "awaiting payment";
  }
  if (total.tier === "due" && kind !== "invoice") {
    negative += 1;
    negativeReason ??= "amount still due";
  }
  if (input.totalFromAttachment) positive += 1;

  const margin = positive - negative - THRESHOLD;
  const accepted = margin >= 0 && positive >= THRESHOLD;
  reasons.push(`${kind} evidence ${round(positive)}`);
  if (negativeReason) reasons.push(`${negativeReason} ${round(negative)}`);
  reasons.push(...summarise(signals));
  reasons.push(`total "${total.label}" (${total.tier}) ${total.raw.trim()}`);
  const confidence = round(
    accepted ? 0.5 + 0.5 * (2 * sigmoid(margin / 2) - 1) : 0.5 + 0.5 * (2 * sigmoid(-margin / 2) - 1),
  );
  return { kind: accepted ? kind : null, confidence: Math.max(0.5, Math.min(0.99, confidence)), reasons };
}

// Delivered (the food order, the ride) differs from shipped, dispatched, on its way, track it.
const DELIVERED =
  /delivered|zugestellt|geliefert|livre|entregad|consegnat|bezorgd|geleverd|entregue|doreczon|levererad|levert|leveret|配達完了|お届け完了/;

/** The subject says the order arrived (delivered), and nothing in it speaks of a parcel on its way. */
function deliveredInSubject(signals: Signal[]): boolean {
  return (
    !parcelInSubject(signals) &&
    signals.some((s) => s.cls === "shipping" && s.region === "subject" && DELIVERED.test(s.phrase))
  );
}

function parcelInSubject(signals: Signal[]): boolean {
  return (
    signals.some((s) => s.cls === "shipping" && s.region === "subject" && !s.weak && !DELIVERED.test(s.phrase)) &&
    !signals.some((s) => s.cls === "shipping" && s.region === "subject" && DELIVERED.test(s.phrase))
  );
}

function summarise(signals: Signal[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of signals) {
    if (s.weak || s.region === "footer") continue;
    const key = `${s.cls}:${s.phrase}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(`${s.cls} "${s.phrase}" in ${s.region}`);
    if (out.length >= 8) break;
  }
  return out;
}

function structuredDecision(facts: StructuredFacts): Classification | undefined {
  const reasons = [facts.reason];
  switch (facts.standing) {
    case "paid":
      return { kind: facts.type === "invoice" ? "invoice" : "receipt", confidence: 0.97, reasons };
    case "payable":
      return { kind: "invoice", confidence: 0.9, reasons };
    case "refunded":
      return { kind: "refund", confidence: 0.95, reasons };
    case "unpaid":
    case "cancelled":
      return {
        kind: null,
        confidence: 0.95,
        reasons: [...reasons, facts.standing === "unpaid" ? "awaiting payment" : "order cancelled"],
      };
    default:
      return undefined;
  }
}
