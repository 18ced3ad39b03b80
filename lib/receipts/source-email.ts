// The email a receipt or a candidate came from, read from the business's Gmail when a person asks
// for it: bodies are never stored (receipts keep metadata and the attachment only). The HTML is made
// inert here, on the server, before it leaves for the browser.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { AppError, notFound } from "../errors";
import { GmailAuthError, GmailError, GmailNotFoundError } from "../gmail/errors";
import { gmailClientFor } from "../gmail/connection-store";
import { toMailMessage } from "../gmail/message";
import { inertHtml } from "../mail/inert-html";
import { isUuid } from "./cursor";

export interface SourceEmailView {
  subject: string;
  /** The raw From header, as the sender wrote it. */
  from: string;
  /** When Gmail received it, ISO 8601. */
  date: string;
  /** The HTML part made inert (inertHtml); null when the email has none. */
  html: string | null;
  /** The plain-text part as sent (the browser shows it escaped); null when the email has none. */
  text: string | null;
  attachments: { filename: string; mime_type: string; size: number }[];
}

// A person is waiting: a couple of quick retries, not the sync engine's minutes of patient backoff.
const INTERACTIVE_RETRY = { maxAttempts: 3, baseDelayMs: 250, maxDelayMs: 2000, maxRetryAfterMs: 2000 };

export async function receiptSourceEmail(
  prisma: PrismaClient,
  businessId: string,
  receiptId: string,
): Promise<SourceEmailView> {
  if (!isUuid(receiptId)) throw notFound("Receipt not found");
  const receipt = await prisma.receipt.findFirst({
    where: { id: receiptId, businessId },
    select: { gmailMessageId: true },
  });
  if (!receipt) throw notFound("Receipt not found");
  return readSourceEmail(prisma, businessId, receipt.gmailMessageId);
}

export async function candidateSourceEmail(
  prisma: PrismaClient,
  businessId: string,
  candidateId: string,
): Promise<SourceEmailView> {
  if (!isUuid(candidateId)) throw notFound("Candidate not found");
  const candidate = await prisma.receiptCandidate.findFirst({
    where: { id: candidateId, businessId },
    select: { gmailMessageId: true },
  });
  if (!candidate) throw notFound("Candidate not found");
  return readSourceEmail(prisma, businessId, candidate.gmailMessageId);
}

async function readSourceEmail(prisma: PrismaClient, businessId: string, messageId: string): Promise<SourceEmailView> {
  const { client } = await gmailClientFor(prisma, businessId, { retry: INTERACTIVE_RETRY });
  let resource;
  try {
    resource = await client.getMessage(messageId, "full");
  } catch (error) {
    throw sourceEmailFailure(error);
  }
  const mail = toMailMessage(resource);
  return {
    subject: mail.subject,
    from: mail.from,
    date: mail.receivedAt.toISOString(),
    html: mail.html === undefined ? null : inertHtml(mail.html),
    text: mail.text ?? null,
    attachments: mail.attachments.map((a) => ({ filename: a.filename, mime_type: a.mimeType, size: a.size })),
  };
}

/** Gmail's answer in the product's words; anything that is not a Gmail failure goes on as it is. */
function sourceEmailFailure(error: unknown): unknown {
  if (error instanceof GmailNotFoundError) {
    return new AppError("not_found", "source_not_found", "The email is no longer in the Gmail mailbox");
  }
  if (error instanceof GmailAuthError) {
    return new AppError(
      "conflict",
      "gmail_needs_reauth",
      "Gmail access was revoked or expired, so the email can't be shown: connect Gmail again in Settings",
    );
  }
  if (error instanceof GmailError) {
    return new AppError("upstream_failed", "gmail_unavailable", "Gmail did not answer, so the email can't be shown");
  }
  return error;
}
