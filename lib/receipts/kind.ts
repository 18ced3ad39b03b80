// What a saved receipt documents: paid (receipt), billed (invoice) or money back (refund, credit
// note; stored with a negative amount). Dependency-free, so the browser and the API schemas use it too.

export const RECEIPT_KINDS = ["receipt", "invoice", "refund"] as const;

export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

export function isReceiptKind(value: string): value is ReceiptKind {
  return (RECEIPT_KINDS as readonly string[]).includes(value);
}
