// Saves what a sync read for a business: each receipt once, and never over what a person did to it.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { flagPossibleDuplicates } from "./duplicates";
import type { ReceiptKind } from "./kind";
import { recordChanges } from "./review";
import { ruleForSender } from "./sender-match";
import { loadVendorRules, ruleChanges } from "./vendor-rules";

export interface ReceiptToSave {
  gmailMessageId: string;
  /** '' for the message body, else the attachment's stable key. */
  attachmentKey: string;
  vendor: string;
  /** Decimal string, e.g. "1234.50"; negative for refunds and credit notes. */
  amount: string;
  currency: string;
  /** YYYY-MM-DD in the business's timezone. */
  receiptDate: string;
  subject: string;
  sender: string;
  receivedAt: Date;
  source: "body" | "attachment";
  filename: string | null;
  contentHash: string | null;
  kind: ReceiptKind;
  /** 0–1: how sure recognition was. */
  confidence: number;
  /** EXTRACTOR_VERSION of the recogniser that read it. */
  extractorVersion: string;
  file: { data: Buffer; mimeType: string } | null;
}

/** Below this confidence a new receipt waits for a person (review_status needs_review) instead of auto. */
export const NEEDS_REVIEW_BELOW = 0.75;

export interface SaveOutcome {
  /** Receipts seen for the first time. */
  inserted: number;
  /** Receipts nobody touched that a newer extractor read differently, and that now say what it read. */
  updated: number;
}

/**
 * Saves what a sync read, inside the caller's transaction (the key is business + message + attachment).
 * A new receipt is inserted with its file. A known one is re-read only when nobody touched it — not
 * edited, confirmed or dismissed by a person — and a newer extractor version reads it differently:
 * then it takes the new reading. A message a person promoted or dismissed as a near miss is not
 * imported again. Everything else stays exactly as it is, so a correction is never undone. A new
 * receipt that looks like one already saved is flagged with it as a possible duplicate.
 * The business's vendor rule for the sender names the vendor of what is saved or re-read (so a newer
 * extractor does not undo the rule) and gives a new receipt its category; the history says the rule did.
 */
export async function saveReceipts(
  tx: Prisma.TransactionClient,
  origin: { businessId: string; syncRunId: string },
  receipts: ReceiptToSave[],
): Promise<SaveOutcome> {
  const outcome: SaveOutcome = { inserted: 0, updated: 0 };
  const rules = await loadVendorRules(tx, origin.businessId);
  for (const r of receipts) {
    const rule = ruleForSender(rules, r.sender);
    const vendor = rule?.vendor_name ?? r.vendor;
    const reviewStatus = r.confidence < NEEDS_REVIEW_BELOW ? "needs_review" : "auto";
    // xmax = 0 tells a fresh insert from an update in RETURNING. Versions are dotted numbers
    // (EXTRACTOR_VERSION), compared as integer arrays so 2.10.0 is newer than 2.9.0.
    const rows = await tx.$queryRaw<{ id: string; inserted: boolean }[]>`
      INSERT INTO receipts (business_id, sync_run_id, gmail_message_id, attachment_key, vendor, amount, currency,
                            receipt_date, subject, sender, received_at, source, filename, content_hash,
                            kind, confidence, extractor_version, review_status, category_id)
      SELECT ${origin.businessId}::uuid, ${origin.syncRunId}::uuid, ${r.gmailMessageId}, ${r.attachmentKey}, ${vendor},
             ${r.amount}::numeric, ${r.currency}, ${r.receiptDate}::date, ${r.subject}, ${r.sender}, ${r.receivedAt},
             ${r.source}::receipt_source, ${r.filename}, ${r.contentHash},
             ${r.kind}::receipt_kind, ${r.confidence}::double precision, ${r.extractorVersion},
             ${reviewStatus}::receipt_review_status, ${rule?.category_id ?? null}::uuid
      -- A person already decided on this message as a near miss: promoted it (its receipt stands) or
      -- said it is not a receipt.
      WHERE NOT EXISTS (
        SELECT 1 FROM receipt_candidates
        WHERE business_id = ${origin.businessId}::uuid AND gmail_message_id = ${r.gmailMessageId}
          AND (promoted_receipt_id IS NOT NULL OR dismissed_at IS NOT NULL))
      ON CONFLICT (business_id, gmail_message_id, attachment_key) DO UPDATE
        SET vendor = EXCLUDED.vendor, amount = EXCLUDED.amount, currency = EXCLUDED.currency,
            receipt_date = EXCLUDED.receipt_date, kind = EXCLUDED.kind, confidence = EXCLUDED.confidence,
            extractor_version = EXCLUDED.extractor_version, review_status = EXCLUDED.review_status,
            category_id = coalesce(EXCLUDED.category_id, receipts.category_id)
        WHERE receipts.dismissed_at IS NULL
          AND receipts.review_status <> 'confirmed'
          AND cardinality(receipts.edited_fields) = 0
          AND string_to_array(EXCLUDED.extractor_version, '.')::int[]
              > string_to_array(coalesce(receipts.extractor_version, '0'), '.')::int[]
          AND (receipts.vendor, receipts.amount, receipts.currency, receipts.receipt_date, receipts.kind)
              IS DISTINCT FROM (EXCLUDED.vendor, EXCLUDED.amount, EXCLUDED.currency, EXCLUDED.receipt_date, EXCLUDED.kind)
      RETURNING id::text, (xmax = 0) AS inserted`;
    const row = rows[0];
    if (!row) continue;
    if (!row.inserted) {
      outcome.updated++;
      continue;
    }
    outcome.inserted++;
    if (rule) {
      const read = { vendor: r.vendor, category_id: null, category_name: null, edited_fields: [] };
      const changes = ruleChanges(rule, read);
      if (changes.length > 0)
        await recordChanges(
          tx,
          { businessId: origin.businessId, userId: null, vendorRuleId: rule.id },
          row.id,
          changes,
        );
    }
    await flagPossibleDuplicates(tx, origin.businessId, row.id);
    if (r.file) {
      await tx.$executeRaw`
        INSERT INTO receipt_files (receipt_id, mime_type, size, data)
        VALUES (${row.id}::uuid, ${r.file.mimeType}, ${r.file.data.length}, ${r.file.data})`;
    }
  }
  return outcome;
}
