// The query string of GET /api/receipts (and the export and chart): dates by the date-parameter
// rules, the rest by zod; a repeated parameter is a 400 rather than a silent pick. And the body of
// PATCH /api/receipts/{id}, whose values are checked by the domain's rules (lib/receipts/corrections.ts).
import "server-only";
import { z } from "zod";
import { InvalidKindParam, InvalidReviewStatusParam } from "../../errors";
import {
  type Checked,
  CORRECTION_RULES,
  KIND_PROBLEM,
  MAX_NOTE_LENGTH,
  MAX_VENDOR_LENGTH,
  NOTHING_TO_CHANGE,
  type ReceiptCorrection,
} from "../../receipts/corrections";
import {
  MAX_QUERY_LENGTH,
  normaliseFilters,
  RECEIPT_SORTS,
  type ReceiptFilters,
  UNCATEGORISED,
} from "../../receipts/filters";
import { RECEIPT_KINDS } from "../../receipts/kind";
import { RECEIPT_REVIEW_STATUSES } from "../../receipts/review-status";
import { MAX_BULK_CONFIRM } from "../../receipts/review";
import { REVIEW_SECTIONS } from "../../receipts/review-queue";
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, type ReceiptPageRequest } from "../../receipts/query";
import { parseDateFilters } from "../date-params";
import { singleValuedQuery } from "../query";
import { categoryId } from "./categories";
import { pageLimit } from "./common";

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
  category: z
    .string()
    .optional()
    .describe(`only one category's receipts (its id), or ${UNCATEGORISED} for the uncategorised ones`),
  sort: z.enum(RECEIPT_SORTS, { error: `sort must be one of ${RECEIPT_SORTS.join(", ")}` }).default("date_desc"),
  limit: pageLimit(MAX_PAGE_LIMIT, DEFAULT_PAGE_LIMIT),
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
      category: query.category ?? null,
      sort: query.sort,
    }),
    page: { limit: query.limit, cursor: query.cursor ?? null },
  };
}

/** A body field: zod checks its JSON type, the domain's rule its value, so both refuse in the same words. */
function corrected<In extends z.ZodType, Out>(type: In, rule: (value: z.output<In>) => Checked<Out>) {
  return type.transform((value, ctx) => {
    const result = rule(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.problem });
    return z.NEVER;
  });
}

const dayField = () =>
  corrected(z.string({ error: "must be a string in YYYY-MM-DD" }), CORRECTION_RULES.receipt_date).optional();

/**
 * PATCH /api/receipts/{id}: any of the fields a person may correct, at least one. receiptDate is
 * accepted like the date parameters' camelCase; receipt_date wins when both are sent.
 */
const correctionShape = {
  vendor: corrected(z.string({ error: "must be a string" }), CORRECTION_RULES.vendor)
    .optional()
    .describe(`1 to ${MAX_VENDOR_LENGTH} characters, trimmed`),
  amount: corrected(z.string({ error: 'must be a decimal string such as "12.50"' }), CORRECTION_RULES.amount)
    .optional()
    .describe('decimal string with a dot and at most 4 decimals, signed: negative for refunds ("-25.00")'),
  currency: corrected(z.string({ error: "must be a string such as EUR" }), CORRECTION_RULES.currency)
    .optional()
    .describe("ISO 4217 code, any case (stored upper-case)"),
  receipt_date: dayField().describe("a calendar day, YYYY-MM-DD"),
  receiptDate: dayField().describe("same as receipt_date; receipt_date wins when both are sent"),
  kind: z.enum(RECEIPT_KINDS, { error: KIND_PROBLEM }).optional(),
  note: corrected(z.string({ error: "must be a string or null" }).nullable(), CORRECTION_RULES.note)
    .optional()
    .describe(`at most ${MAX_NOTE_LENGTH} characters; null or blank clears it`),
};

const toCorrection = ({
  receiptDate,
  ...fields
}: z.output<z.ZodObject<typeof correctionShape>>): ReceiptCorrection => ({
  ...fields,
  receipt_date: fields.receipt_date ?? receiptDate,
});

export const editReceiptBody = z
  .strictObject({ ...correctionShape, category_id: categoryId.optional() })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { error: NOTHING_TO_CHANGE })
  .transform(toCorrection);

/**
 * POST /api/review/candidates/{id}/promote: the fields where the person corrects recognition's guess
 * (none: the guess as it stands); kind defaults to receipt.
 */
export const promoteCandidateBody = z.strictObject(correctionShape).transform(toCorrection);

/** GET /api/review/duplicates: a page of flagged pairs, newest first. */
export const duplicateListQuery = z.object({
  limit: pageLimit(100, 50),
  cursor: z.string().max(100, "cursor is not one this API gave").optional(),
});

/** GET /api/review/candidates: a page of open candidates. */
export const candidateListQuery = z.object({
  limit: pageLimit(100, 50),
  cursor: z.string().max(100, "cursor is not one this API gave").optional(),
});

/** GET /api/review: every section's first page, or one section's page from its cursor. */
export const reviewQueueQuery = z
  .object({
    limit: pageLimit(100, 20).describe("items per section"),
    section: z
      .enum(REVIEW_SECTIONS, { error: `must be one of ${REVIEW_SECTIONS.join(", ")}` })
      .optional()
      .describe("only this section, a page at a time"),
    cursor: z.string().max(4096, "cursor is not one this API gave").optional().describe("the section's next_cursor"),
  })
  .refine((query) => query.cursor === undefined || query.section !== undefined, {
    path: ["cursor"],
    message: "give section with cursor: each section pages on its own",
  });

/** POST /api/receipts/confirm: the receipts a person checked at once (the review page's loaded set). */
export const confirmReceiptsBody = z.strictObject({
  ids: z
    .array(z.uuid({ error: "must be receipt ids (uuids)" }), { error: "must be an array of receipt ids" })
    .min(1, "send at least one receipt id")
    .max(MAX_BULK_CONFIRM, `send at most ${MAX_BULK_CONFIRM} receipt ids at once`)
    .describe(`1 to ${MAX_BULK_CONFIRM} receipt ids; another business's or an unknown id is skipped`),
});
