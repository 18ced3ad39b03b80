// A person's side of review: correct a receipt, confirm it, dismiss it as "not a receipt" or restore
// it, and read what was changed. Each change locks the receipt's row and writes the receipt and its
// receipt_changes rows in one transaction; a change that changes nothing writes nothing.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { badRequest, notFound } from "../errors";
import { categoryFor } from "./categories";
import {
  type Checked,
  CORRECTABLE_FIELDS,
  CORRECTION_RULES,
  type CorrectableField,
  NOTHING_TO_CHANGE,
  RECOGNISED_FIELDS,
  type ReceiptCorrection,
} from "./corrections";
import { isUuid } from "./cursor";
import { getReceipt } from "./query";
import { exactAmount, type ReceiptView } from "./view";

/** Who changes a receipt of which business; userId is null for an API key. */
export interface ReviewActor {
  businessId: string;
  userId: string | null;
}

/** Who a history row names: a person, or a vendor rule (with the person who asked to apply it, if any). */
export interface ChangeAuthor extends ReviewActor {
  vendorRuleId?: string;
}

export interface ReceiptChangeView {
  id: string;
  /** A field of the receipt (vendor, amount, …, note), or review_status, or dismissed ("true"/"false"). */
  field: string;
  old_value: string | null;
  new_value: string | null;
  changed_at: string;
  /** Who made it; null for an API key (or a user who no longer exists), and for a rule applied to a new import. */
  user: { id: string; name: string; email: string } | null;
  /** person, or rule: a vendor rule made it (vendor_rule_id, null once the rule is deleted). */
  source: "person" | "rule";
  vendor_rule_id: string | null;
}

type Tx = Prisma.TransactionClient;

interface LockedReceipt {
  vendor: string;
  amount: string;
  currency: string;
  receipt_date: string;
  kind: string;
  note: string | null;
  review_status: string;
  dismissed: boolean;
  edited_fields: string[];
  category_id: string | null;
  category_name: string | null;
}

export interface FieldChange {
  field: string;
  old: string | null;
  new: string | null;
}

// History of one instant (an edit's fields) reads in this order rather than by random id.
const HISTORY_ORDER = Prisma.sql`ARRAY[${Prisma.join([...CORRECTABLE_FIELDS, "category", "review_status", "dismissed"])}]::text[]`;

/** Locks the business's receipt for the rest of the transaction; unknown, foreign or malformed ids are a 404. */
async function lockReceipt(tx: Tx, businessId: string, id: string): Promise<LockedReceipt> {
  // A malformed id cannot exist: answer as for any unknown id instead of letting the uuid cast fail.
  if (!isUuid(id)) throw notFound("Receipt not found");
  const rows = await tx.$queryRaw<LockedReceipt[]>`
    SELECT vendor, amount::text AS amount, currency::text AS currency, receipt_date::text AS receipt_date,
           kind::text AS kind, note, review_status::text AS review_status, dismissed_at IS NOT NULL AS dismissed,
           edited_fields, category_id::text AS category_id,
           (SELECT c.name FROM categories c WHERE c.id = receipts.category_id) AS category_name
    FROM receipts
    WHERE id = ${id}::uuid AND business_id = ${businessId}::uuid
    FOR UPDATE`;
  if (!rows[0]) throw notFound("Receipt not found");
  return rows[0];
}

/** Writes one history row per changed field of the receipt, all stamped with the same instant. */
export async function recordChanges(
  tx: Tx,
  actor: ChangeAuthor,
  receiptId: string,
  changes: FieldChange[],
): Promise<void> {
  const values = changes.map((c) => Prisma.sql`(${c.field}::text, ${c.old}::text, ${c.new}::text)`);
  // The clock is read after the row lock was won: an edit that waited for another is stamped after it,
  // which now() (the transaction's start) would not promise.
  await tx.$executeRaw`
    INSERT INTO receipt_changes (business_id, receipt_id, user_id, field, old_value, new_value, changed_at,
                                 source, vendor_rule_id)
    SELECT ${actor.businessId}::uuid, ${receiptId}::uuid, ${actor.userId}, v.field, v.old_value, v.new_value, t.at,
           ${actor.vendorRuleId ? "rule" : "person"}::receipt_change_source, ${actor.vendorRuleId ?? null}::uuid
    FROM (VALUES ${Prisma.join(values)}) AS v(field, old_value, new_value)
    CROSS JOIN (SELECT clock_timestamp() AS at) AS t`;
}

/** The correction with every given field checked and normalised; a bad one is a 400 naming the field. */
function checkCorrection(changes: ReceiptCorrection): ReceiptCorrection {
  const checked: Record<string, unknown> = {};
  for (const field of CORRECTABLE_FIELDS) {
    if (changes[field] === undefined) continue;
    const result = (CORRECTION_RULES[field] as (value: unknown) => Checked<unknown>)(changes[field]);
    if (!result.ok) throw badRequest(`${field}: ${result.problem}`);
    checked[field] = result.value;
  }
  if (changes.category_id !== undefined) checked.category_id = changes.category_id;
  if (Object.keys(checked).length === 0) throw badRequest(NOTHING_TO_CHANGE);
  return checked as ReceiptCorrection;
}

/** A field's value as history writes it; amounts keep every stored digit, in the receipt's currency. */
function historyValue(field: CorrectableField, row: LockedReceipt): string | null {
  return field === "amount" ? exactAmount(row.amount, row.currency) : row[field];
}

const SET_COLUMN: Record<CorrectableField, (value: string | null) => Prisma.Sql> = {
  vendor: (v) => Prisma.sql`vendor = ${v}`,
  amount: (v) => Prisma.sql`amount = ${v}::numeric`,
  currency: (v) => Prisma.sql`currency = ${v}`,
  receipt_date: (v) => Prisma.sql`receipt_date = ${v}::date`,
  kind: (v) => Prisma.sql`kind = ${v}::receipt_kind`,
  note: (v) => Prisma.sql`note = ${v}`,
};

/** The category an edit sets, when it differs from the receipt's: a foreign or unknown id is a 400. */
async function categoryChange(
  tx: Tx,
  businessId: string,
  before: LockedReceipt,
  wanted: string | null | undefined,
): Promise<{ id: string | null; change: FieldChange } | null> {
  if (wanted === undefined) return null;
  const category = wanted === null ? null : await categoryFor(tx, businessId, wanted);
  if ((category?.id ?? null) === before.category_id) return null;
  return {
    id: category?.id ?? null,
    change: { field: "category", old: before.category_name, new: category?.name ?? null },
  };
}

/**
 * Corrects the receipt's fields. Every field whose value really changes is written, listed in
 * edited_fields (the note aside, see corrections.ts) and recorded old → new; the rest is left alone.
 * A category is recorded by name as field "category", and a rule leaves it alone from then on.
 */
export async function editReceipt(
  prisma: PrismaClient,
  actor: ReviewActor,
  receiptId: string,
  changes: ReceiptCorrection,
): Promise<ReceiptView> {
  const wanted = checkCorrection(changes);
  return prisma.$transaction(async (tx) => {
    const before = await lockReceipt(tx, actor.businessId, receiptId);
    const after: LockedReceipt = { ...before, ...wanted };
    // Refunds, and only refunds, are negative, so totals stay net of them: a new kind carries the
    // amount's sign with it, and an amount given with the wrong sign for its kind is refused.
    const negative = after.amount.startsWith("-") && !new Prisma.Decimal(after.amount).isZero();
    if (negative !== (after.kind === "refund")) {
      if ("amount" in wanted)
        throw badRequest(
          after.kind === "refund"
            ? "amount: a refund's amount is negative, such as -25.00"
            : `amount: a negative amount is a refund: send kind refund with it, or a positive amount for the ${after.kind}`,
        );
      const size = after.amount.replace(/^-/, "");
      after.amount = after.kind === "refund" ? `-${size}` : size;
    }
    const changed = CORRECTABLE_FIELDS.filter(
      (field) =>
        // The amount also changes when a new kind carries its sign over.
        (field in wanted || field === "amount") &&
        (field === "amount" ? !new Prisma.Decimal(before.amount).equals(after.amount) : before[field] !== after[field]),
    );
    const history: FieldChange[] = changed.map((field) => ({
      field,
      old: historyValue(field, before),
      new: historyValue(field, after),
    }));
    const sets = changed.map((field) => SET_COLUMN[field](after[field]));
    const category = await categoryChange(tx, actor.businessId, before, wanted.category_id);
    if (category) {
      history.push(category.change);
      sets.push(Prisma.sql`category_id = ${category.id}::uuid`);
    }
    if (history.length === 0) return getReceipt(tx, actor.businessId, receiptId);

    // A person's category is protected from rules like a recognised field is from a re-sync.
    const protectedFields = [...RECOGNISED_FIELDS, "category"] as readonly string[];
    const edited = [
      ...before.edited_fields,
      ...history.map((c) => c.field).filter((f) => protectedFields.includes(f) && !before.edited_fields.includes(f)),
    ];
    if (edited.length > before.edited_fields.length)
      sets.push(Prisma.sql`edited_fields = ARRAY[${Prisma.join(edited)}]::text[]`);
    await tx.$executeRaw`UPDATE receipts SET ${Prisma.join(sets)} WHERE id = ${receiptId}::uuid`;
    await recordChanges(tx, actor, receiptId, history);
    return getReceipt(tx, actor.businessId, receiptId);
  });
}

interface Transition {
  field: "review_status" | "dismissed";
  from: (row: LockedReceipt) => string;
  to: string;
  set: Prisma.Sql;
}

/** Moves the receipt to a state once: a receipt already there is returned unchanged, with no history row. */
function transition(prisma: PrismaClient, actor: ReviewActor, receiptId: string, t: Transition) {
  return prisma.$transaction(async (tx) => {
    const from = t.from(await lockReceipt(tx, actor.businessId, receiptId));
    if (from !== t.to) {
      await tx.$executeRaw`UPDATE receipts SET ${t.set} WHERE id = ${receiptId}::uuid`;
      await recordChanges(tx, actor, receiptId, [{ field: t.field, old: from, new: t.to }]);
    }
    return getReceipt(tx, actor.businessId, receiptId);
  });
}

/** A person checked the receipt: review_status → confirmed. */
export function confirmReceipt(prisma: PrismaClient, actor: ReviewActor, receiptId: string): Promise<ReceiptView> {
  return transition(prisma, actor, receiptId, {
    field: "review_status",
    from: (row) => row.review_status,
    to: "confirmed",
    set: Prisma.sql`review_status = 'confirmed'`,
  });
}

/** Most receipts one bulk confirmation takes: a review page's worth, so one transaction stays short. */
export const MAX_BULK_CONFIRM = 200;

/**
 * A person checked every receipt shown: each of the business's listed receipts that is not yet
 * confirmed becomes confirmed, with one history row each. Ids of another business, unknown, malformed
 * or dismissed receipts (not shown anywhere) are skipped; returns the ids that this call confirmed.
 */
export async function confirmReceipts(
  prisma: PrismaClient,
  actor: ReviewActor,
  receiptIds: string[],
): Promise<string[]> {
  const ids = [...new Set(receiptIds)].filter(isUuid);
  if (ids.length === 0) return [];
  return prisma.$transaction(async (tx) => {
    // Locked in id order, so two bulk confirmations over overlapping sets cannot deadlock.
    const rows = await tx.$queryRaw<{ id: string; review_status: string }[]>`
      SELECT id::text AS id, review_status::text AS review_status
      FROM receipts
      WHERE business_id = ${actor.businessId}::uuid AND id = ANY(${ids}::uuid[])
        AND dismissed_at IS NULL AND review_status <> 'confirmed'
      ORDER BY id
      FOR UPDATE`;
    if (rows.length === 0) return [];
    const confirmed = rows.map((row) => row.id);
    await tx.$executeRaw`UPDATE receipts SET review_status = 'confirmed' WHERE id = ANY(${confirmed}::uuid[])`;
    // One statement for the history too; every row carries the same instant, like one edit's fields.
    const values = rows.map((row) => Prisma.sql`(${row.id}::uuid, ${row.review_status}::text)`);
    await tx.$executeRaw`
      INSERT INTO receipt_changes (business_id, receipt_id, user_id, field, old_value, new_value, changed_at)
      SELECT ${actor.businessId}::uuid, v.receipt_id, ${actor.userId}, 'review_status', v.old_value, 'confirmed', t.at
      FROM (VALUES ${Prisma.join(values)}) AS v(receipt_id, old_value)
      CROSS JOIN (SELECT clock_timestamp() AS at) AS t`;
    return confirmed;
  });
}

/** "Not a receipt": hidden from lists, totals and the export; the row stays so no sync imports the message again. */
export function dismissReceipt(prisma: PrismaClient, actor: ReviewActor, receiptId: string): Promise<ReceiptView> {
  return transition(prisma, actor, receiptId, {
    field: "dismissed",
    from: (row) => String(row.dismissed),
    to: "true",
    set: Prisma.sql`dismissed_at = now()`,
  });
}

/** Undoes a dismissal: the receipt is listed and counted again. */
export function restoreReceipt(prisma: PrismaClient, actor: ReviewActor, receiptId: string): Promise<ReceiptView> {
  return transition(prisma, actor, receiptId, {
    field: "dismissed",
    from: (row) => String(row.dismissed),
    to: "false",
    set: Prisma.sql`dismissed_at = NULL`,
  });
}

interface ChangeRow {
  id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  changed_at: Date;
  user_id: string | null;
  user_name: string | null;
  user_email: string | null;
  source: "person" | "rule";
  vendor_rule_id: string | null;
}

/** Every change to the business's receipt, oldest first, with who made it when a user did. */
export async function receiptHistory(
  prisma: PrismaClient,
  businessId: string,
  receiptId: string,
): Promise<ReceiptChangeView[]> {
  // A receipt without changes answers [], one that is not the business's 404.
  await getReceipt(prisma, businessId, receiptId);
  const rows = await prisma.$queryRaw<ChangeRow[]>`
    SELECT c.id::text, c.field, c.old_value, c.new_value, c.changed_at,
           u.id AS user_id, u.name AS user_name, u.email AS user_email,
           c.source::text AS source, c.vendor_rule_id::text AS vendor_rule_id
    FROM receipt_changes c LEFT JOIN users u ON u.id = c.user_id
    WHERE c.receipt_id = ${receiptId}::uuid AND c.business_id = ${businessId}::uuid
    ORDER BY c.changed_at, array_position(${HISTORY_ORDER}, c.field), c.id`;
  return rows.map((row) => ({
    id: row.id,
    field: row.field,
    old_value: row.old_value,
    new_value: row.new_value,
    changed_at: row.changed_at.toISOString(),
    user: row.user_id ? { id: row.user_id, name: row.user_name!, email: row.user_email! } : null,
    source: row.source,
    vendor_rule_id: row.vendor_rule_id,
  }));
}
