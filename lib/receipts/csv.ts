// The receipts export: every matching receipt as RFC 4180 CSV, streamed page by page so an
// export of any size holds one batch in memory.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ReceiptFilters } from "./filters";
import { readReceiptBatch } from "./query";
import type { ReceiptView } from "./view";

export const CSV_BATCH_SIZE = 500;
export const CSV_HEADER = [
  "date",
  "vendor",
  "amount",
  "currency",
  "kind",
  "subject",
  "sender",
  "source",
  "filename",
  "receipt_id",
  "category",
  "category_id",
] as const;

// Excel reads a BOM-less file as the local code page and garbles non-ASCII vendors.
const BOM = "\uFEFF";
const CRLF = "\r\n";

/** Quotes a field when RFC 4180 needs it: a comma, a quote, CR or LF; quotes inside are doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// A spreadsheet skips leading blanks and line breaks before a formula sign, and reads the
// full-width signs (＝ ＋ － ＠) as the ASCII ones.
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

/** Text that came from an email (vendor, subject…) is neutralised so a spreadsheet never runs it as a formula. */
export function csvText(value: string | null): string {
  const text = value ?? "";
  return csvField(FORMULA_START.test(text) ? `'${text}` : text);
}

export function csvRow(receipt: ReceiptView): string {
  // date, amount, currency, kind, source and ids are produced by us in a fixed shape, so only text from
  // email or people (a category's name) is guarded. A refund's amount ("-25.00") stays unprefixed: spreadsheets read it as the number it is.
  return (
    [
      receipt.receipt_date,
      csvText(receipt.vendor),
      receipt.amount,
      receipt.currency,
      receipt.kind,
      csvText(receipt.subject),
      csvText(receipt.sender),
      receipt.source,
      csvText(receipt.filename),
      receipt.id,
      csvText(receipt.category?.name ?? null),
      receipt.category?.id ?? "",
    ].join(",") + CRLF
  );
}

/** receipts-2026-01-01-to-2026-03-31.csv, receipts-from-2026-01-01.csv, receipts-to-…, receipts-all.csv */
export function csvFilename(filters: Pick<ReceiptFilters, "fromDate" | "toDate">): string {
  const { fromDate, toDate } = filters;
  if (fromDate && toDate) return `receipts-${fromDate}-to-${toDate}.csv`;
  if (fromDate) return `receipts-from-${fromDate}.csv`;
  if (toDate) return `receipts-to-${toDate}.csv`;
  return "receipts-all.csv";
}

/**
 * A web stream of the CSV, for `new Response(stream)`. Filters are checked when the first batch is
 * read; call normaliseFilters first if a bad filter must become a 400 rather
 * than a broken download.
 */
export function receiptsCsvStream(
  prisma: PrismaClient,
  business: { id: string },
  filters: ReceiptFilters,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  let done = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(BOM + CSV_HEADER.join(",") + CRLF));
      },
      // Pulled only when the consumer wants more: a slow client slows the queries, not the memory.
      async pull(controller) {
        if (done) return;
        const page = await readReceiptBatch(prisma, business.id, filters, CSV_BATCH_SIZE, cursor);
        if (page.receipts.length > 0) controller.enqueue(encoder.encode(page.receipts.map(csvRow).join("")));
        cursor = page.next_cursor;
        if (cursor === null) {
          done = true;
          controller.close();
        }
      },
      cancel() {
        done = true;
      },
    },
    // One batch queued at a time.
    { highWaterMark: 1 },
  );
}
