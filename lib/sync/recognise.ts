// From a Gmail message to a receipt worth saving, or a near miss worth a person's look: recognise it
// (fetching only the attachments recognition needs), and keep the document the receipt was read from
// for download. A message that cannot be read is logged and skipped, never fatal to the run.
import "server-only";
import { createHash } from "node:crypto";
import type { gmail_v1 } from "@googleapis/gmail";
import type { GmailClient } from "../gmail/client";
import { GmailError } from "../gmail/errors";
import { toMailMessage } from "../gmail/message";
import { parseEml } from "../mail/eml";
import type { Logger } from "../log";
import { isCompleteReceipt } from "../receipts/recognition/extract";
import { recogniseMail, type OcrReader } from "../receipts/recognition/recognise-mail";
import { CANDIDATE_BELOW, type CandidateToSave } from "../receipts/candidates";
import type { ReceiptToSave } from "../receipts/store";

export interface RecogniseOptions {
  timeZone: string;
  log: Logger;
  /** Reads images and scanned PDFs; undefined leaves them unread. */
  ocr?: OcrReader;
}

export type MessageReading = { receipt: ReceiptToSave } | { candidate: CandidateToSave } | null;

export async function recogniseReceipt(
  client: GmailClient,
  resource: gmail_v1.Schema$Message,
  options: RecogniseOptions,
): Promise<MessageReading> {
  const message = toMailMessage(resource);
  let recognition;
  try {
    recognition = await recogniseMail(message, {
      timeZone: options.timeZone,
      loadAttachment: (attachment) => client.getAttachment(message.id, attachment.attachmentId),
      parseAttachedMessage: (data) => parseEml(data),
      ...(options.ocr ? { ocr: options.ocr } : {}),
    });
  } catch (error) {
    // Gmail errors (quota, auth) belong to the run; anything else is this message's problem.
    if (error instanceof GmailError) throw error;
    options.log.warn(
      { event: "MESSAGE_UNREADABLE", gmail_message_id: message.id, err: (error as Error).message },
      "message could not be read",
    );
    return null;
  }
  const { receipt, fetched } = recognition;
  for (const reason of receipt.reasons.filter((r) => /unreadable|failed:/.test(r))) {
    options.log.warn(
      { event: "ATTACHMENT_UNREADABLE", gmail_message_id: message.id, reason },
      "attachment could not be read",
    );
  }
  if (!isCompleteReceipt(receipt)) {
    const guess = receipt.guess;
    if (!guess || receipt.confidence >= CANDIDATE_BELOW) return null;
    return {
      candidate: {
        gmailMessageId: message.id,
        sender: message.from,
        subject: message.subject,
        receivedAt: message.receivedAt,
        vendor: guess.vendor,
        amount: guess.amount,
        currency: guess.currency,
        receiptDate: guess.date,
        confidence: receipt.confidence,
        reasons: receipt.reasons,
        extractorVersion: receipt.extractorVersion,
      },
    };
  }

  // Keep the document the receipt came from; a body receipt keeps its first PDF, if any.
  const fromAttachment =
    receipt.source === "attachment" ? fetched.find((a) => a.attachmentId === receipt.attachmentId) : undefined;
  const kept = fromAttachment ?? fetched.find((a) => a.data && a.mimeType === "application/pdf");
  const saved: ReceiptToSave = {
    gmailMessageId: message.id,
    // Gmail's attachment ids change between fetches: the file name is the stable key.
    attachmentKey: fromAttachment ? fromAttachment.filename || "attachment" : "",
    vendor: receipt.vendor,
    amount: receipt.amount,
    currency: receipt.currency,
    receiptDate: receipt.date,
    subject: message.subject,
    sender: message.from,
    receivedAt: message.receivedAt,
    source: fromAttachment ? "attachment" : "body",
    filename: kept?.filename ?? null,
    contentHash: kept?.data ? createHash("sha256").update(kept.data).digest("hex") : null,
    kind: receipt.kind,
    confidence: receipt.confidence,
    extractorVersion: receipt.extractorVersion,
    file: kept?.data ? { data: kept.data, mimeType: kept.mimeType } : null,
  };
  return { receipt: saved };
}
