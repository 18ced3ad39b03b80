// The query string of GET /api/receipts (and the export and chart): dates by the date-parameter
// rules, the rest by zod; a repeated parameter is a 400 rather than a silent pick.
import "server-only";
import { z } from "zod";
import { InvalidKindParam, InvalidReviewStatusParam } from "../../errors";
import { MAX_QUERY_LENGTH, normaliseFilters, RECEIPT_SORTS, type ReceiptFilters } from "../../receipts/filters";
import { RECEIPT_KINDS } from "../../receipts/kind";
import { RECEIPT_REVIEW_STATUSES } from "../../receipts/review-status";
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, type ReceiptPageRequest } from "../../receipts/query";
import { parseDateFilters } from "../date-params";
import { singleValuedQuery } from "../query";

const LIMIT_MESSAGE = `limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}`;

const kindParam = z
  .enum(RECEIPT_KINDS)
  .optional()
  .describe("only receipts, only invoices or only refunds (refund amounts are negative)");

const reviewStatusParam = z
  .enum(RECEIPT_REVIEW_STATUSES)
  .optional()
  .describe("only receipts in this review state: needs_review is the review queue, confirmed what a person checked");

export const receiptListQuery = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`).optional(),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "currency must be a 3-letter ISO 4217 code such as EUR")
    .transform((c) => c.toUpperCase())
    .optional(),
  kind: kindParam,
  review_status: reviewStatusParam,
  sort: z.enum(RECEIPT_SORTS, { error: `sort must be one of ${RECEIPT_SORTS.join(", ")}` }).default("date_desc"),
  limit: z.coerce
    .number({ error: LIMIT_MESSAGE })
    .int(LIMIT_MESSAGE)
    .min(1, LIMIT_MESSAGE)
    .max(MAX_PAGE_LIMIT, LIMIT_MESSAGE)
    .default(DEFAULT_PAGE_LIMIT),
  cursor: z.string().optional(),
});

export interface ReceiptListParams {
  filters: ReceiptFilters;
  page: ReceiptPageRequest;
}

export function parseReceiptListParams(params: URLSearchParams): ReceiptListParams {
  const { fromDate, toDate } = parseDateFilters(params);
  const single = singleValuedQuery(params, Object.keys(receiptListQuery.shape));
  // A bad kind names itself and its value in the 400, as the date parameters do.
  if (!kindParam.safeParse(single.kind).success) throw new InvalidKindParam(single.kind!, RECEIPT_KINDS);
  if (!reviewStatusParam.safeParse(single.review_status).success)
    throw new InvalidReviewStatusParam(single.review_status!, RECEIPT_REVIEW_STATUSES);
  const query = receiptListQuery.parse(single);
  return {
    // Checked in full here (a NUL in q too), so the export fails as a 400 before its stream starts.
    filters: normaliseFilters({
      fromDate,
      toDate,
      q: query.q ?? null,
      currency: query.currency ?? null,
      kind: query.kind ?? null,
      reviewStatus: query.review_status ?? null,
      sort: query.sort,
    }),
    page: { limit: query.limit, cursor: query.cursor ?? null },
  };
}
