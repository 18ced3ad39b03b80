// A receipt as the API and the CSV show it: money as a decimal string in the currency's minor units.
import { Prisma } from "@/generated/prisma/client";
import type { ReceiptKind } from "./kind";
import type { ReceiptReviewStatus } from "./review-status";

export interface ReceiptView {
  id: string;
  vendor: string;
  /** Decimal string with the currency's minor units: "12.50" USD, "1200" JPY, "1.250" KWD; negative for refunds. */
  amount: string;
  currency: string;
  kind: ReceiptKind;
  /** 0–1; null for receipts read before confidence was recorded. */
  confidence: number | null;
  /** The extractor version that read it; null for receipts read before versions were recorded. */
  extractor_version: string | null;
  /** Calendar date in the business's timezone, YYYY-MM-DD. */
  receipt_date: string;
  subject: string;
  sender: string;
  received_at: string;
  source: "body" | "attachment";
  filename: string | null;
  has_file: boolean;
  gmail_message_id: string;
  sync_run_id: string | null;
  created_at: string;
  review_status: ReceiptReviewStatus;
  /** The fields a person edited (vendor, amount, …); a later sync leaves them as the person wrote them. */
  edited_fields: string[];
  note: string | null;
  /** Set when a person said "not a receipt": hidden from lists, totals and the export. */
  dismissed_at: string | null;
  /** One of the business's categories, or null: uncategorised. */
  category: { id: string; name: string } | null;
}

/** A row of RECEIPT_COLUMNS; text casts in SQL keep money and dates exact on both databases. */
export interface ReceiptRow {
  id: string;
  vendor: string;
  amount: string;
  currency: string;
  kind: ReceiptKind;
  confidence: number | null;
  extractor_version: string | null;
  receipt_date: string;
  subject: string;
  sender: string;
  received_at: Date;
  source: "body" | "attachment";
  filename: string | null;
  has_file: boolean;
  gmail_message_id: string;
  sync_run_id: string | null;
  created_at: Date;
  review_status: ReceiptReviewStatus;
  edited_fields: string[];
  note: string | null;
  dismissed_at: Date | null;
  category_id: string | null;
  category_name: string | null;
}

/**
 * The SELECT list over `receipts r LEFT JOIN receipt_files f` (the join never reads the bytes); the
 * category's name is a subquery so every reader of this list gets it without another join.
 */
export const RECEIPT_COLUMNS = Prisma.sql`
  r.id::text, r.vendor, r.amount::text AS amount, r.currency::text AS currency, r.kind::text AS kind,
  r.confidence, r.extractor_version, r.receipt_date::text AS receipt_date,
  r.subject, r.sender, r.received_at, r.source::text AS source, r.filename, (f.receipt_id IS NOT NULL) AS has_file,
  r.gmail_message_id, r.sync_run_id::text AS sync_run_id, r.created_at,
  r.review_status::text AS review_status, r.edited_fields, r.note, r.dismissed_at,
  r.category_id::text AS category_id, (SELECT c.name FROM categories c WHERE c.id = r.category_id) AS category_name`;

const minorUnitsCache = new Map<string, number>();

/** Digits after the decimal point for a currency (JPY 0, USD 2, KWD 3), from the runtime's ICU data. */
export function minorUnits(currency: string): number {
  let digits = minorUnitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      // Not a well-formed code: show cents rather than fail a listing.
      digits = 2;
    }
    minorUnitsCache.set(currency, digits);
  }
  return digits;
}

/** Rounds a decimal string to the currency's minor units with decimal arithmetic, never a float. */
export function formatAmount(amount: string, currency: string): string {
  return new Prisma.Decimal(amount).toFixed(minorUnits(currency), Prisma.Decimal.ROUND_HALF_UP);
}

/**
 * An amount as history records it: every stored digit that matters, and at least the currency's minor
 * units ("12.50" USD, "1.2345" USD, "1200" JPY), so an edit of the fourth decimal still shows.
 */
export function exactAmount(amount: string, currency: string): string {
  const value = new Prisma.Decimal(amount);
  return value.toFixed(Math.max(minorUnits(currency), value.decimalPlaces()));
}

export function toReceiptView(row: ReceiptRow): ReceiptView {
  return {
    id: row.id,
    vendor: row.vendor,
    amount: formatAmount(row.amount, row.currency),
    currency: row.currency,
    kind: row.kind,
    confidence: row.confidence,
    extractor_version: row.extractor_version,
    receipt_date: row.receipt_date,
    subject: row.subject,
    sender: row.sender,
    received_at: row.received_at.toISOString(),
    source: row.source,
    filename: row.filename,
    has_file: row.has_file,
    gmail_message_id: row.gmail_message_id,
    sync_run_id: row.sync_run_id,
    created_at: row.created_at.toISOString(),
    review_status: row.review_status,
    edited_fields: row.edited_fields,
    note: row.note,
    dismissed_at: row.dismissed_at?.toISOString() ?? null,
    category: row.category_id ? { id: row.category_id, name: row.category_name ?? "" } : null,
  };
}
