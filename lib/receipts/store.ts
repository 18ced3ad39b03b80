// Saves extracted receipts for a business, once each, and only while the saving worker still owns its run.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReceiptKind } from "./kind";

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

/**
 * Inserts the receipts that are new (the unique key is business + message + attachment), with their
 * files, inside the caller's transaction. Returns how many were new.
 */
export async function insertReceipts(
  tx: Prisma.TransactionClient,
  origin: { businessId: string; syncRunId: string },
  receipts: ReceiptToSave[],
): Promise<number> {
  let inserted = 0;
  for (const r of receipts) {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO receipts (business_id, sync_run_id, gmail_message_id, attachment_key, vendor, amount, currency,
                            receipt_date, subject, sender, received_at, source, filename, content_hash,
                            kind, confidence, extractor_version)
      VALUES (${origin.businessId}::uuid, ${origin.syncRunId}::uuid, ${r.gmailMessageId}, ${r.attachmentKey}, ${r.vendor},
              ${r.amount}::numeric, ${r.currency}, ${r.receiptDate}::date, ${r.subject}, ${r.sender}, ${r.receivedAt},
              ${r.source}::receipt_source, ${r.filename}, ${r.contentHash},
              ${r.kind}::receipt_kind, ${r.confidence}::double precision, ${r.extractorVersion})
      ON CONFLICT (business_id, gmail_message_id, attachment_key) DO NOTHING
      RETURNING id::text`;
    const id = rows[0]?.id;
    if (!id) continue;
    inserted++;
    if (r.file) {
      await tx.$executeRaw`
        INSERT INTO receipt_files (receipt_id, mime_type, size, data)
        VALUES (${id}::uuid, ${r.file.mimeType}, ${r.file.data.length}, ${r.file.data})`;
    }
  }
  return inserted;
}
