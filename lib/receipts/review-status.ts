// Where a receipt stands with a person: auto (recognition was sure), needs_review (it was not, and
// a person should look) or confirmed (a person checked it). Dependency-free, like kind.ts.

export const RECEIPT_REVIEW_STATUSES = ["auto", "needs_review", "confirmed"] as const;

export type ReceiptReviewStatus = (typeof RECEIPT_REVIEW_STATUSES)[number];

export function isReceiptReviewStatus(value: string): value is ReceiptReviewStatus {
  return (RECEIPT_REVIEW_STATUSES as readonly string[]).includes(value);
}
