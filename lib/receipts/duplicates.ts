// Possible duplicates: two receipts of a business that look like one purchase — the same document
// twice (a receipt and its forwarded copy), or the same vendor, amount and currency a few days apart
// (an invoice and the later payment receipt). They are flagged as a pair for a person, never merged or
// dropped; a pair a person marked "not a duplicate" stays so, since a pair is recorded once.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { badRequest, notFound } from "../errors";
import { isUuid } from "./cursor";
import { RECEIPT_COLUMNS, toReceiptView, type ReceiptRow, type ReceiptView } from "./view";

/** How many days apart an invoice and its payment receipt may be dated and still look like one purchase. */
export const DUPLICATE_WITHIN_DAYS = 7;

/** Inside the caller's transaction: pairs a newly saved receipt with the business's receipts it may repeat. */
export async function flagPossibleDuplicates(
  tx: Prisma.TransactionClient,
  businessId: string,
  receiptId: string,
): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO receipt_duplicates (business_id, receipt_id, other_receipt_id, reason)
    SELECT ${businessId}::uuid, LEAST(r.id, o.id), GREATEST(r.id, o.id),
           CASE WHEN o.content_hash = r.content_hash THEN 'the same document'
                ELSE 'the same vendor, amount and currency within ' || ${DUPLICATE_WITHIN_DAYS}::int || ' days' END
    FROM receipts r
    JOIN receipts o ON o.business_id = r.business_id AND o.id <> r.id AND o.dismissed_at IS NULL
     AND (o.content_hash = r.content_hash
          OR (o.currency = r.currency AND o.amount = r.amount AND lower(o.vendor) = lower(r.vendor)
              AND abs(o.receipt_date - r.receipt_date) <= ${DUPLICATE_WITHIN_DAYS}::int))
    WHERE r.id = ${receiptId}::uuid AND r.business_id = ${businessId}::uuid
    ON CONFLICT (receipt_id, other_receipt_id) DO NOTHING`;
}

export interface DuplicatePair {
  id: string;
  reason: string;
  receipts: [ReceiptView, ReceiptView];
}

export interface DuplicatePage {
  duplicates: DuplicatePair[];
  /** The last pair's id: the next page starts after it. */
  next_cursor: string | null;
}

/** FROM … WHERE of the business's flagged pairs with both receipts still listed: what the queue lists and counts. */
export const flaggedPairsOf = (businessId: string) => Prisma.sql`
  FROM receipt_duplicates d
  JOIN receipts a ON a.id = d.receipt_id AND a.dismissed_at IS NULL
  JOIN receipts b ON b.id = d.other_receipt_id AND b.dismissed_at IS NULL
  WHERE d.business_id = ${businessId}::uuid AND d.status = 'flagged'`;

/** The business's flagged pairs, newest first, each with both receipts (dismissed ones drop out). */
export async function listDuplicates(
  prisma: PrismaClient,
  businessId: string,
  page: { limit: number; cursor?: string | null },
): Promise<DuplicatePage> {
  const cursor = page.cursor ?? null;
  if (cursor !== null && !isUuid(cursor)) throw badRequest("cursor is not one this API gave", "invalid_cursor");
  const after = cursor
    ? Prisma.sql`AND (d.created_at, d.id) < (SELECT created_at, id FROM receipt_duplicates
                                              WHERE id = ${cursor}::uuid AND business_id = ${businessId}::uuid)`
    : Prisma.empty;
  const pairs = await prisma.$queryRaw<{ id: string; reason: string; receipt_id: string; other_receipt_id: string }[]>`
    SELECT d.id::text, d.reason, d.receipt_id::text, d.other_receipt_id::text
    ${flaggedPairsOf(businessId)} ${after}
    ORDER BY d.created_at DESC, d.id DESC
    LIMIT ${page.limit + 1}`;
  const shown = pairs.slice(0, page.limit);
  const next_cursor = pairs.length > page.limit ? shown[shown.length - 1]!.id : null;
  if (shown.length === 0) return { duplicates: [], next_cursor };
  const ids = [...new Set(shown.flatMap((p) => [p.receipt_id, p.other_receipt_id]))];
  const rows = await prisma.$queryRaw<ReceiptRow[]>`
    SELECT ${RECEIPT_COLUMNS}
    FROM receipts r LEFT JOIN receipt_files f ON f.receipt_id = r.id
    WHERE r.business_id = ${businessId}::uuid AND r.id = ANY(${ids}::uuid[])`;
  const byId = new Map(rows.map((row) => [row.id, toReceiptView(row)]));
  return {
    duplicates: shown.map((p) => ({
      id: p.id,
      reason: p.reason,
      receipts: [byId.get(p.receipt_id)!, byId.get(p.other_receipt_id)!],
    })),
    next_cursor,
  };
}

/** A person says the two are separate purchases: the pair leaves the queue and is never flagged again. */
export async function markNotDuplicate(prisma: PrismaClient, businessId: string, pairId: string): Promise<void> {
  if (!isUuid(pairId)) throw notFound("Duplicate pair not found");
  const rows = await prisma.$queryRaw<{ status: string }[]>`
    UPDATE receipt_duplicates SET status = 'not_duplicate', updated_at = now()
    WHERE id = ${pairId}::uuid AND business_id = ${businessId}::uuid
    RETURNING status::text`;
  if (!rows[0]) throw notFound("Duplicate pair not found");
}
