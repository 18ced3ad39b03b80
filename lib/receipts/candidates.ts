// Near misses kept for review: messages recognition did not accept but scored close to the line, with
// their best reading and no body. One per business and message; a person's decision on one stands.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { badRequest, conflict, notFound } from "../errors";
import { CORRECTION_RULES, RECOGNISED_FIELDS, type ReceiptCorrection } from "./corrections";
import { isUuid } from "./cursor";
import { getReceipt } from "./query";
import { recordChanges } from "./review";
import { exactAmount, type ReceiptView } from "./view";

/** A rejection less sure than this (0–1, how sure the message is not a receipt) keeps the message as a candidate. */
export const CANDIDATE_BELOW = 0.8;

export interface CandidateToSave {
  gmailMessageId: string;
  sender: string;
  subject: string;
  receivedAt: Date;
  vendor: string | null;
  /** Decimal string, as recognition read the total. */
  amount: string;
  currency: string | null;
  /** YYYY-MM-DD, the day the receipt would carry. */
  receiptDate: string;
  confidence: number;
  reasons: string[];
  extractorVersion: string;
}

/**
 * Inside the caller's transaction: records each near miss, or refreshes its reading, unless a person
 * already promoted or dismissed it; and drops the open candidates of messages this sync saved as
 * receipts (a newer reader accepted them). Returns how many candidates are new.
 */
export async function saveCandidates(
  tx: Prisma.TransactionClient,
  origin: { businessId: string; syncRunId: string },
  candidates: CandidateToSave[],
  savedMessageIds: string[],
): Promise<number> {
  if (savedMessageIds.length > 0) {
    await tx.$executeRaw`
      DELETE FROM receipt_candidates
      WHERE business_id = ${origin.businessId}::uuid AND gmail_message_id = ANY(${savedMessageIds}::text[])
        AND promoted_receipt_id IS NULL AND dismissed_at IS NULL`;
  }
  let inserted = 0;
  for (const c of candidates) {
    const rows = await tx.$queryRaw<{ inserted: boolean }[]>`
      INSERT INTO receipt_candidates (business_id, sync_run_id, gmail_message_id, sender, subject, received_at,
                                      vendor, amount, currency, receipt_date, confidence, reasons, extractor_version)
      VALUES (${origin.businessId}::uuid, ${origin.syncRunId}::uuid, ${c.gmailMessageId}, ${c.sender}, ${c.subject},
              ${c.receivedAt}, ${c.vendor}, ${c.amount}::numeric, ${c.currency}, ${c.receiptDate}::date,
              ${c.confidence}::double precision, ${c.reasons}::text[], ${c.extractorVersion})
      ON CONFLICT (business_id, gmail_message_id) DO UPDATE
        SET sync_run_id = EXCLUDED.sync_run_id, vendor = EXCLUDED.vendor, amount = EXCLUDED.amount,
            currency = EXCLUDED.currency, receipt_date = EXCLUDED.receipt_date, confidence = EXCLUDED.confidence,
            reasons = EXCLUDED.reasons, extractor_version = EXCLUDED.extractor_version, updated_at = now()
        WHERE receipt_candidates.promoted_receipt_id IS NULL AND receipt_candidates.dismissed_at IS NULL
      RETURNING (xmax = 0) AS inserted`;
    if (rows[0]?.inserted) inserted++;
  }
  return inserted;
}

// A person's side of candidates: the open ones, promoting one to a receipt, dismissing one.

/** A near miss as the review queue shows it. */
export interface CandidateView {
  id: string;
  gmail_message_id: string;
  sender: string;
  subject: string;
  received_at: string;
  vendor: string | null;
  amount: string | null;
  currency: string | null;
  receipt_date: string | null;
  confidence: number;
  reasons: string[];
}

interface CandidateRow extends Omit<CandidateView, "received_at"> {
  received_at: Date;
}

const CANDIDATE_COLUMNS = Prisma.sql`
  id::text, gmail_message_id, sender, subject, received_at, vendor, amount::text, currency, receipt_date::text,
  confidence, reasons`;

const toCandidateView = (row: CandidateRow): CandidateView => ({
  ...row,
  amount: row.amount === null || row.currency === null ? row.amount : exactAmount(row.amount, row.currency),
  received_at: row.received_at.toISOString(),
});

export interface CandidatePage {
  candidates: CandidateView[];
  next_cursor: string | null;
}

/** FROM … WHERE of the business's open candidates: what the queue lists and its count counts. */
export const openCandidatesOf = (businessId: string) => Prisma.sql`
  FROM receipt_candidates
  WHERE business_id = ${businessId}::uuid AND promoted_receipt_id IS NULL AND dismissed_at IS NULL`;

/** The business's open candidates (not promoted, not dismissed), newest mail first; the cursor is the last id. */
export async function listCandidates(
  prisma: PrismaClient,
  businessId: string,
  page: { limit: number; cursor: string | null },
): Promise<CandidatePage> {
  if (page.cursor !== null && !isUuid(page.cursor))
    throw badRequest("cursor is not one this API gave", "invalid_cursor");
  const after = page.cursor
    ? Prisma.sql`AND (received_at, id) < (SELECT received_at, id FROM receipt_candidates
                                          WHERE id = ${page.cursor}::uuid AND business_id = ${businessId}::uuid)`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<CandidateRow[]>`
    SELECT ${CANDIDATE_COLUMNS} ${openCandidatesOf(businessId)} ${after}
    ORDER BY received_at DESC, id DESC
    LIMIT ${page.limit + 1}`;
  const candidates = rows.slice(0, page.limit).map(toCandidateView);
  return { candidates, next_cursor: rows.length > page.limit ? candidates[candidates.length - 1]!.id : null };
}

interface LockedCandidate {
  gmail_message_id: string;
  sender: string;
  subject: string;
  received_at: Date;
  vendor: string | null;
  amount: string | null;
  currency: string | null;
  receipt_date: string | null;
  extractor_version: string;
  promoted_receipt_id: string | null;
  dismissed: boolean;
}

async function lockCandidate(tx: Prisma.TransactionClient, businessId: string, id: string): Promise<LockedCandidate> {
  if (!isUuid(id)) throw notFound("Candidate not found");
  const [row] = await tx.$queryRaw<LockedCandidate[]>`
    SELECT gmail_message_id, sender, subject, received_at, vendor, amount::text, currency, receipt_date::text,
           extractor_version, promoted_receipt_id::text, dismissed_at IS NOT NULL AS dismissed
    FROM receipt_candidates WHERE id = ${id}::uuid AND business_id = ${businessId}::uuid
    FOR UPDATE`;
  if (!row) throw notFound("Candidate not found");
  return row;
}

/** One final value for a promoted receipt: the person's correction, else recognition's guess; checked either way. */
function finalValue<F extends "vendor" | "amount" | "currency" | "receipt_date">(
  field: F,
  corrected: string | undefined,
  guess: string | null,
): string {
  const value = corrected ?? guess;
  if (value === null) throw badRequest(`${field}: recognition found none; give it`, "invalid_request");
  const checked = CORRECTION_RULES[field](value);
  if (!checked.ok) throw badRequest(`${field}: ${checked.problem}`, "invalid_request");
  return checked.value;
}

/**
 * Makes a candidate a receipt, confirmed by the person, with their corrections over recognition's
 * guess; once: promoting it again answers the same receipt. The candidate's message is then never
 * imported again by a sync (see saveReceipts). A dismissed candidate must be restored first (409).
 */
export async function promoteCandidate(
  prisma: PrismaClient,
  actor: { businessId: string; userId: string | null },
  candidateId: string,
  correction: ReceiptCorrection,
): Promise<ReceiptView> {
  return prisma.$transaction(async (tx) => {
    const c = await lockCandidate(tx, actor.businessId, candidateId);
    if (c.promoted_receipt_id) return getReceipt(tx, actor.businessId, c.promoted_receipt_id);
    if (c.dismissed) throw conflict("This candidate was dismissed as not a receipt", "candidate_dismissed");
    const vendor = finalValue("vendor", correction.vendor, c.vendor);
    const amount = finalValue("amount", correction.amount, c.amount);
    const currency = finalValue("currency", correction.currency, c.currency);
    const receiptDate = finalValue("receipt_date", correction.receipt_date, c.receipt_date);
    const kind = correction.kind ?? "receipt";
    const [receipt] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO receipts (business_id, gmail_message_id, attachment_key, vendor, amount, currency, receipt_date,
                            subject, sender, received_at, source, kind, extractor_version, review_status,
                            edited_fields, note)
      VALUES (${actor.businessId}::uuid, ${c.gmail_message_id}, '', ${vendor}, ${amount}::numeric, ${currency},
              ${receiptDate}::date, ${c.subject}, ${c.sender}, ${c.received_at}, 'body', ${kind}::receipt_kind,
              ${c.extractor_version}, 'confirmed', ${[...RECOGNISED_FIELDS]}::text[], ${correction.note ?? null})
      ON CONFLICT (business_id, gmail_message_id, attachment_key) DO NOTHING
      RETURNING id::text`;
    if (!receipt) throw conflict("This message is already a receipt", "already_a_receipt");
    await tx.$executeRaw`
      UPDATE receipt_candidates SET promoted_receipt_id = ${receipt.id}::uuid, updated_at = now()
      WHERE id = ${candidateId}::uuid`;
    await recordChanges(tx, actor, receipt.id, [{ field: "promoted", old: null, new: candidateId }]);
    return getReceipt(tx, actor.businessId, receipt.id);
  });
}

/** "Not a receipt" for a candidate: it leaves the queue, and no later sync imports its message. */
export async function dismissCandidate(
  prisma: PrismaClient,
  actor: { businessId: string },
  candidateId: string,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const c = await lockCandidate(tx, actor.businessId, candidateId);
    if (c.promoted_receipt_id)
      throw conflict("This candidate is already a receipt: dismiss the receipt", "candidate_promoted");
    await tx.$executeRaw`
      UPDATE receipt_candidates SET dismissed_at = coalesce(dismissed_at, now()), updated_at = now()
      WHERE id = ${candidateId}::uuid`;
  });
}
