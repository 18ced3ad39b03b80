// What the ground truth records about each receipt the generator writes.
import type { Lang } from "./money-format";

/** Paid (receipt), billed (invoice) or money back (refund or credit note, with a negative amount). */
export type DocKind = "receipt" | "invoice" | "refund";

/** How the message carries the document the fields are read from. */
export type Layout =
  | "html-table"
  | "html-split"
  | "html-stacked"
  | "html-jsonld"
  | "text"
  | "text-below"
  | "pdf-invoice"
  | "image"
  | "forwarded";

export interface ReceiptFacts {
  vendor: string;
  /** Decimal string; negative for refunds and credit notes ("-25.00"). */
  amount: string;
  currency: string;
  date: string;
  source: "body" | "attachment";
  kind: DocKind;
  language: Lang;
  layout: Layout;
}
