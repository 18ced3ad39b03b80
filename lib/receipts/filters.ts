// Which receipts a listing, total, chart or export covers: always one business and never a dismissed
// receipt, then the user's filters.
import { Prisma } from "@/generated/prisma/client";
import { badRequest, InvalidDateParam, InvalidKindParam, InvalidReviewStatusParam, shown } from "../errors";
import { isCalendarDate } from "../shared/calendar";
import { isUuid } from "../shared/uuid";
import { isReceiptKind, RECEIPT_KINDS, type ReceiptKind } from "./kind";
import { isReceiptReviewStatus, RECEIPT_REVIEW_STATUSES, type ReceiptReviewStatus } from "./review-status";

export const RECEIPT_SORTS = ["date_desc", "date_asc", "amount_desc", "amount_asc", "vendor_asc"] as const;
export type ReceiptSort = (typeof RECEIPT_SORTS)[number];

export interface ReceiptFilters {
  /** Inclusive calendar dates, compared with receipt_date (already in the business's timezone). */
  fromDate?: string | null;
  toDate?: string | null;
  /** Case-insensitive text search over vendor and subject. */
  q?: string | null;
  /** ISO 4217 code. */
  currency?: string | null;
  /** Only receipts, only invoices or only refunds; absent: all of them. */
  kind?: ReceiptKind | null;
  /** Only receipts in this review state (needs_review: the review queue); absent: all of them. */
  reviewStatus?: ReceiptReviewStatus | null;
  /** One category's receipts (its id), or "none": the uncategorised ones; absent: all of them. */
  category?: string | null;
  sort?: ReceiptSort;
}

export const MAX_QUERY_LENGTH = 200;

/** The `category` filter's value for receipts without a category. */
export const UNCATEGORISED = "none";

/** Makes `%`, `_` and `\` in user text match themselves in a LIKE pattern (escape character `\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The filters checked and normalised; domain callers get the same 400s as the HTTP layer. */
export function normaliseFilters(filters: ReceiptFilters): Required<ReceiptFilters> {
  const fromDate = filters.fromDate ?? null;
  const toDate = filters.toDate ?? null;
  if (fromDate !== null && !isCalendarDate(fromDate)) throw new InvalidDateParam("from_date", fromDate);
  if (toDate !== null && !isCalendarDate(toDate)) throw new InvalidDateParam("to_date", toDate);
  if (fromDate !== null && toDate !== null && fromDate > toDate) {
    throw badRequest(`from_date (${fromDate}) is after to_date (${toDate})`, "invalid_date_range");
  }
  const q = filters.q?.trim() || null;
  if (q !== null && q.length > MAX_QUERY_LENGTH)
    throw badRequest(`q must be at most ${MAX_QUERY_LENGTH} characters`, "invalid_query");
  // PostgreSQL text cannot hold NUL: the bound parameter would fail in the database (a 500).
  if (q !== null && q.includes("\u0000")) throw badRequest("q must not contain NUL characters", "invalid_query");
  let currency = filters.currency ?? null;
  if (currency !== null) {
    if (!/^[A-Za-z]{3}$/.test(currency))
      throw badRequest("currency must be a 3-letter ISO 4217 code such as EUR", "invalid_currency");
    currency = currency.toUpperCase();
  }
  const kind = filters.kind ?? null;
  if (kind !== null && !isReceiptKind(kind)) throw new InvalidKindParam(kind, RECEIPT_KINDS);
  const reviewStatus = filters.reviewStatus ?? null;
  if (reviewStatus !== null && !isReceiptReviewStatus(reviewStatus))
    throw new InvalidReviewStatusParam(reviewStatus, RECEIPT_REVIEW_STATUSES);
  const category = filters.category ?? null;
  if (category !== null && category !== UNCATEGORISED && !isUuid(category))
    throw badRequest(
      `Invalid category: '${shown(category)}'. Use a category id, or ${UNCATEGORISED} for uncategorised receipts`,
      "invalid_category",
    );
  const sort = filters.sort ?? "date_desc";
  if (!RECEIPT_SORTS.includes(sort))
    throw badRequest(`sort must be one of ${RECEIPT_SORTS.join(", ")}`, "invalid_sort");
  return { fromDate, toDate, q, currency, kind, reviewStatus, category, sort };
}

/**
 * The WHERE clause over `receipts r`; business scoping comes first and, like hiding dismissed receipts
 * (a person said "not a receipt"), is never optional. GET /api/receipts/{id} reads past it, so one can be restored.
 */
export function receiptWhere(businessId: string, filters: Required<ReceiptFilters>): Prisma.Sql {
  const conditions = [Prisma.sql`r.business_id = ${businessId}::uuid`, Prisma.sql`r.dismissed_at IS NULL`];
  if (filters.fromDate) conditions.push(Prisma.sql`r.receipt_date >= ${filters.fromDate}::date`);
  if (filters.toDate) conditions.push(Prisma.sql`r.receipt_date <= ${filters.toDate}::date`);
  if (filters.currency) conditions.push(Prisma.sql`r.currency = ${filters.currency}`);
  if (filters.kind) conditions.push(Prisma.sql`r.kind = ${filters.kind}::receipt_kind`);
  if (filters.reviewStatus)
    conditions.push(Prisma.sql`r.review_status = ${filters.reviewStatus}::receipt_review_status`);
  if (filters.category === UNCATEGORISED) conditions.push(Prisma.sql`r.category_id IS NULL`);
  else if (filters.category) conditions.push(Prisma.sql`r.category_id = ${filters.category}::uuid`);
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    conditions.push(Prisma.sql`(r.vendor ILIKE ${pattern} ESCAPE '\\' OR r.subject ILIKE ${pattern} ESCAPE '\\')`);
  }
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}
