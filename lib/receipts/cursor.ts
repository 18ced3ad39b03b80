// Keyset pagination of receipts: each sort orders by (key, id), and the opaque cursor carries the
// last row's key and id, so a page is "rows after this one" and never an OFFSET scan.
import { Prisma } from "@/generated/prisma/client";
import { isCalendarDate } from "../shared/calendar";
import { badRequest } from "../errors";
import { isUuid } from "../shared/uuid";
import type { ReceiptSort } from "./filters";

interface SortSpec {
  /** The sort key as text, selected with each row so the cursor can carry it. */
  key: Prisma.Sql;
  orderBy: Prisma.Sql;
  /** Rows strictly after (key, id) in this order. */
  after(key: string, id: string): Prisma.Sql;
  isValidKey(key: string): boolean;
}

// numeric(18, 4): at most 14 integer digits.
const AMOUNT_KEY = /^-?[0-9]{1,14}(\.[0-9]{1,4})?$/;
const MAX_CURSOR_LENGTH = 4096;

// Any day the database can hold: a cursor must page past a receipt dated outside the filter years.
const isRealDay = (key: string) => isCalendarDate(key, { min: 1, max: 9999 });

export { isUuid };

// Vendors compare lower-cased under the "C" collation: the same order on PGlite and on a PostgreSQL
// whose default collation is a locale, and the cursor key compares exactly as ORDER BY does.
export const SORTS: Record<ReceiptSort, SortSpec> = {
  date_desc: {
    key: Prisma.sql`r.receipt_date::text`,
    orderBy: Prisma.sql`r.receipt_date DESC, r.id DESC`,
    after: (key, id) => Prisma.sql`(r.receipt_date, r.id) < (${key}::date, ${id}::uuid)`,
    isValidKey: isRealDay,
  },
  date_asc: {
    key: Prisma.sql`r.receipt_date::text`,
    orderBy: Prisma.sql`r.receipt_date ASC, r.id ASC`,
    after: (key, id) => Prisma.sql`(r.receipt_date, r.id) > (${key}::date, ${id}::uuid)`,
    isValidKey: isRealDay,
  },
  amount_desc: {
    key: Prisma.sql`r.amount::text`,
    orderBy: Prisma.sql`r.amount DESC, r.id DESC`,
    after: (key, id) => Prisma.sql`(r.amount, r.id) < (${key}::numeric, ${id}::uuid)`,
    isValidKey: (key) => AMOUNT_KEY.test(key),
  },
  amount_asc: {
    key: Prisma.sql`r.amount::text`,
    orderBy: Prisma.sql`r.amount ASC, r.id ASC`,
    after: (key, id) => Prisma.sql`(r.amount, r.id) > (${key}::numeric, ${id}::uuid)`,
    isValidKey: (key) => AMOUNT_KEY.test(key),
  },
  vendor_asc: {
    key: Prisma.sql`lower(r.vendor)`,
    orderBy: Prisma.sql`lower(r.vendor) COLLATE "C" ASC, r.id ASC`,
    after: (key, id) => Prisma.sql`(lower(r.vendor) COLLATE "C", r.id) > (${key}::text COLLATE "C", ${id}::uuid)`,
    isValidKey: () => true,
  },
};

export interface CursorPosition {
  key: string;
  id: string;
}

/** base64url of [sort, key, id]: opaque to clients, readable enough when debugging. */
export function encodeCursor(sort: ReceiptSort, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([sort, position.key, position.id]), "utf8").toString("base64url");
}

const invalidCursor = () =>
  badRequest(
    "Invalid cursor: pass the next_cursor of the previous page unchanged, with the same sort",
    "invalid_cursor",
  );

/** Checks every part of the cursor before it reaches SQL, so a tampered one is a 400 and never a 500. */
export function decodeCursor(cursor: string, sort: ReceiptSort): CursorPosition {
  // Buffer's base64url decoder skips bad characters silently; the round trip rejects any edit it would hide.
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor))
    throw invalidCursor();
  const bytes = Buffer.from(cursor, "base64url");
  if (bytes.toString("base64url") !== cursor) throw invalidCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((part) => typeof part === "string"))
    throw invalidCursor();
  const [cursorSort, key, id] = parsed as [string, string, string];
  if (cursorSort !== sort || !isUuid(id) || !SORTS[sort].isValidKey(key) || key.includes("\u0000"))
    throw invalidCursor();
  return { key, id };
}
