// From a Gmail message to a receipt worth saving: fetch the attachments extraction needs, extract,
// and keep the PDF for download. A message that cannot be read is logged and skipped, not fatal.
import { createHash } from "node:crypto";
import type { gmail_v1 } from "@googleapis/gmail";
import type { GmailClient } from "../gmail/client";
import { GmailError } from "../gmail/errors";
import { toMailMessage } from "../gmail/message";
import type { Logger } from "../log";
import { extractReceipt } from "../receipts/extract";
import { attachmentsWorthReading, pdfText } from "../receipts/pdf-text";
import type { ReceiptToSave } from "../receipts/store";

export async function recogniseReceipt(client: GmailClient, resource: gmail_v1.Schema$Message, timeZone: string, log: Logger): Promise<ReceiptToSave | null> {
  const message = toMailMessage(resource);
  const texts = new Map<string, string>();
  for (const attachment of attachmentsWorthReading(message)) {
    attachment.data = await client.getAttachment(message.id, attachment.attachmentId);
    try {
      texts.set(attachment.attachmentId, await pdfText(attachment.data));
    } catch (error) {
      // A broken PDF must not stop the run; the body may still be a receipt.
      log.warn({ event: "ATTACHMENT_UNREADABLE", gmail_message_id: message.id, err: (error as Error).message }, "attachment text could not be read");
    }
  }
  let extracted;
  try {
    extracted = extractReceipt(message, { attachmentText: texts, timeZone });
  } catch (error) {
    if (error instanceof GmailError) throw error;
    log.warn({ event: "MESSAGE_UNREADABLE", gmail_message_id: message.id, err: (error as Error).message }, "message could not be read");
    return null;
  }
  if (!extracted.isReceipt || !extracted.vendor || !extracted.amount || !extracted.currency || !extracted.date) return null;

  // Keep the document the receipt came from; a body receipt keeps its first PDF, if any.
  const fromAttachment = extracted.source === "attachment" ? message.attachments.find((a) => a.attachmentId === extracted.attachmentId) : undefined;
  const kept = fromAttachment ?? message.attachments.find((a) => a.data && a.mimeType === "application/pdf");
  return {
    gmailMessageId: message.id,
    // Gmail's attachment ids change between fetches: the file name is the stable key.
    attachmentKey: fromAttachment ? fromAttachment.filename || "attachment" : "",
    vendor: extracted.vendor,
    amount: extracted.amount,
    currency: extracted.currency,
    receiptDate: extracted.date,
    subject: message.subject,
    sender: message.from,
    receivedAt: message.receivedAt,
    source: fromAttachment ? "attachment" : "body",
    filename: kept?.filename ?? null,
    contentHash: kept?.data ? createHash("sha256").update(kept.data).digest("hex") : null,
    file: kept?.data ? { data: kept.data, mimeType: kept.mimeType } : null,
  };
}
