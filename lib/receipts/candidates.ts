// Near misses kept for review: messages recognition did not accept but scored close to the line, with
// their best reading and no body. One per business and message; a person's decision on one stands.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";

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
