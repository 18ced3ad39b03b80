// Reads of a business's receipts: keyset-paged listing with per-currency totals, one receipt, its
// file, and monthly spending. Every query is scoped by business id; another business's id is a 404.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { badRequest, notFound } from "../errors";
import { decodeCursor, encodeCursor, isUuid, SORTS } from "./cursor";
import { normaliseFilters, receiptWhere, type ReceiptFilters } from "./filters";
import { formatAmount, RECEIPT_COLUMNS, type ReceiptRow, type ReceiptView, toReceiptView } from "./view";

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;

export interface ReceiptPageRequest {
  /** 1..200, default 50. */
  limit?: number;
  cursor?: string | null;
}

export interface ReceiptPage {
  receipts: ReceiptView[];
  next_cursor: string | null;
}

export interface CurrencyTotal {
  currency: string;
  /** Net of refunds: the sum of the signed amounts (refunds are negative). */
  amount: string;
  /** Receipts, invoices and refunds together. */
  count: number;
  refund_count: number;
  /** The refunds' share of `amount`: zero or negative. */
  refund_amount: string;
}

export interface ReceiptList extends ReceiptPage {
  /** Over the whole filtered set, not just this page. */
  totals: CurrencyTotal[];
}

export interface MonthlySpending {
  month: string;
  currency: string;
  /** Net of that month's refunds; negative when refunds outweigh spending. */
  amount: string;
}

export interface ReceiptFile {
  data: Buffer;
  mimeType: string;
  filename: string;
}

function pageLimit(limit: number | undefined): number {
  const value = limit ?? DEFAULT_PAGE_LIMIT;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_LIMIT) {
    throw badRequest(`limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}`, "invalid_limit");
  }
  return value;
}

/** One page of at most 200 in the filter's sort order, without totals. */
export async function listReceiptPage(
  prisma: PrismaClient,
  businessId: string,
  filters: ReceiptFilters,
  page: ReceiptPageRequest = {},
): Promise<ReceiptPage> {
  return readReceiptBatch(prisma, businessId, filters, pageLimit(page.limit), page.cursor ?? null);
}

/** Like listReceiptPage without the API's page cap: the CSV export reads batches of 500 with it. */
export async function readReceiptBatch(
  prisma: PrismaClient,
  businessId: string,
  filters: ReceiptFilters,
  size: number,
  cursor: string | null,
): Promise<ReceiptPage> {
  const checked = normaliseFilters(filters);
  const sort = SORTS[checked.sort];
  const after = cursor !== null ? decodeCursor(cursor, checked.sort) : null;
  const rows = await prisma.$queryRaw<(ReceiptRow & { sort_key: string })[]>`
    SELECT ${RECEIPT_COLUMNS}, ${sort.key} AS sort_key
    FROM receipts r LEFT JOIN receipt_files f ON f.receipt_id = r.id
    ${receiptWhere(businessId, checked)} ${after ? Prisma.sql`AND ${sort.after(after.key, after.id)}` : Prisma.empty}
    ORDER BY ${sort.orderBy}
    LIMIT ${size + 1}`;
  // One extra row tells whether another page exists without a count.
  const shown = rows.slice(0, size);
  const last = shown[shown.length - 1];
  return {
    receipts: shown.map(toReceiptView),
    next_cursor: rows.length > size && last ? encodeCursor(checked.sort, { key: last.sort_key, id: last.id }) : null,
  };
}

/**
 * Sum and count per currency over the filtered set, summed as numeric in SQL. Refunds are stored
 * negative, so the sum is net of them; their own count and sum are reported beside it.
 */
export async function receiptTotals(
  prisma: PrismaClient,
  businessId: string,
  filters: ReceiptFilters,
): Promise<CurrencyTotal[]> {
  const rows = await prisma.$queryRaw<CurrencyTotal[]>`
    SELECT r.currency::text AS currency, sum(r.amount)::text AS amount, count(*)::int AS count,
           (count(*) FILTER (WHERE r.kind = 'refund'))::int AS refund_count,
           coalesce(sum(r.amount) FILTER (WHERE r.kind = 'refund'), 0)::text AS refund_amount
    FROM receipts r ${receiptWhere(businessId, normaliseFilters(filters))}
    GROUP BY r.currency ORDER BY r.currency`;
  return rows.map((t) => ({
    currency: t.currency,
    amount: formatAmount(t.amount, t.currency),
    count: t.count,
    refund_count: t.refund_count,
    refund_amount: formatAmount(t.refund_amount, t.currency),
  }));
}

/** GET /api/receipts: a page of receipts plus the totals of everything the filters match. */
export async function listReceipts(
  prisma: PrismaClient,
  business: { id: string; timezone: string },
  filters: ReceiptFilters,
  page: ReceiptPageRequest = {},
): Promise<ReceiptList> {
  // receipt_date is already the business's calendar date, so the timezone needs no conversion here.
  const list = await listReceiptPage(prisma, business.id, filters, page);
  const totals = await receiptTotals(prisma, business.id, filters);
  return { ...list, totals };
}

/**
 * One receipt of the business, dismissed or not (so it can be restored); another business's id is a 404.
 * Takes a transaction too: review reads the receipt it changed before committing.
 */
export async function getReceipt(
  db: PrismaClient | Prisma.TransactionClient,
  businessId: string,
  id: string,
): Promise<ReceiptView> {
  // A malformed id cannot exist: answer as for any unknown id instead of letting the uuid cast fail.
  if (!isUuid(id)) throw notFound("Receipt not found");
  const rows = await db.$queryRaw<ReceiptRow[]>`
    SELECT ${RECEIPT_COLUMNS}
    FROM receipts r LEFT JOIN receipt_files f ON f.receipt_id = r.id
    WHERE r.id = ${id}::uuid AND r.business_id = ${businessId}::uuid`;
  if (!rows[0]) throw notFound("Receipt not found");
  return toReceiptView(rows[0]);
}

const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "text/html": "html",
};

export async function getReceiptFile(prisma: PrismaClient, businessId: string, id: string): Promise<ReceiptFile> {
  if (!isUuid(id)) throw notFound("Receipt file not found");
  const file = await prisma.receiptFile.findFirst({
    where: { receiptId: id, receipt: { businessId } },
    select: { data: true, mimeType: true, receipt: { select: { filename: true } } },
  });
  if (!file) throw notFound("Receipt file not found");
  return {
    data: Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength),
    mimeType: file.mimeType,
    filename: file.receipt.filename ?? `receipt-${id}.${EXTENSIONS[file.mimeType] ?? "bin"}`,
  };
}

/** Spending per calendar month and currency for the chart, oldest month first; net of refunds (signed sums). */
export async function monthlySpending(
  prisma: PrismaClient,
  businessId: string,
  filters: Omit<ReceiptFilters, "sort"> = {},
): Promise<MonthlySpending[]> {
  const rows = await prisma.$queryRaw<MonthlySpending[]>`
    SELECT to_char(r.receipt_date, 'YYYY-MM') AS month, r.currency::text AS currency, sum(r.amount)::text AS amount
    FROM receipts r ${receiptWhere(businessId, normaliseFilters(filters))}
    GROUP BY 1, 2 ORDER BY 1, 2`;
  return rows.map((m) => ({ month: m.month, currency: m.currency, amount: formatAmount(m.amount, m.currency) }));
}
