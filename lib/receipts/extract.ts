// Receipt extraction: is this mail a receipt, and if so from whom, how much, in which currency and
// on which day. Works on what the mail shows (sender, subject, body, PDF text), nothing else.
import type { MailMessage } from "../mail/message";
import { classifyReceipt } from "./classify";
import { bodyText } from "./mail-text";
import { attachmentsWorthReading } from "./pdf-text";
import { calendarDateIn, labelledReceiptDate, soleRecentDate, type DateOrder } from "./receipt-date";
import { grandTotal, type LabelledTotal } from "./total";
import { vendorOf } from "./vendor";

/** What the document is: paid (receipt), billed (invoice) or money back (refund, credit note). */
export type ReceiptKind = "receipt" | "invoice" | "refund";

/** Bumped whenever recognition changes what it reads, so stored receipts say which version read them. */
export const EXTRACTOR_VERSION = "1.0.0";

export interface ExtractedReceipt {
  isReceipt: boolean;
  /** null when the message is not a receipt. */
  kind: ReceiptKind | null;
  extractorVersion: string;
  vendor: string | null;
  /** Decimal string, e.g. "1234.50"; whole units for zero-decimal currencies ("1200"); negative for refunds. */
  amount: string | null;
  /** ISO 4217. */
  currency: string | null;
  /** YYYY-MM-DD: the date printed on the receipt, else the received day in `timeZone`. */
  date: string | null;
  source: "body" | "attachment";
  attachmentId?: string;
  /** 0–1: how sure the classification is. */
  confidence: number;
  reasons: string[];
}

export interface ExtractOptions {
  /** Text of fetched attachments by attachment id (see attachmentsWorthReading / pdfText). */
  attachmentText?: Map<string, string>;
  /** The business's time zone, for the received-date fallback. */
  timeZone?: string;
}

/** US senders write 03/05/2026 for March 5; elsewhere it is 3 May. The currency is the best hint. */
function dateOrderFor(currency: string | undefined): DateOrder {
  return currency === "USD" || currency === "CAD" ? "month-first" : "day-first";
}

const NOT_A_RECEIPT = { vendor: null, amount: null, currency: null, date: null } as const;

export function extractReceipt(message: MailMessage, options: ExtractOptions = {}): ExtractedReceipt {
  const body = bodyText(message);
  let total: LabelledTotal | undefined = grandTotal(body);
  let source: ExtractedReceipt["source"] = "body";
  let attachmentId: string | undefined;
  let documentText = body;
  const pdfs = attachmentsWorthReading(message);
  if (!total) {
    // Invoices often say "attached" in the body and carry the figures only in the PDF.
    for (const pdf of pdfs) {
      const text = options.attachmentText?.get(pdf.attachmentId);
      const found = text ? grandTotal(text) : undefined;
      if (text && found) {
        total = found;
        source = "attachment";
        attachmentId = pdf.attachmentId;
        documentText = `${body}\n${text}`;
        break;
      }
    }
  }

  const classification = classifyReceipt({
    subject: message.subject,
    body: documentText,
    hasTotal: total !== undefined,
    paidTotal: (total?.weight ?? 0) >= 4,
    hasInvoicePdf: pdfs.some((p) => /invoice|receipt|rechnung|facture|bill/i.test(p.filename)),
  });
  const confidence = Math.max(0, Math.min(1, (classification.score + (total ? 2 : 0)) / 8));
  if (!classification.isReceipt || !total) {
    return { isReceipt: false, kind: null, extractorVersion: EXTRACTOR_VERSION, ...NOT_A_RECEIPT, source: "body", confidence: 1 - confidence, reasons: classification.reasons };
  }
  const order = dateOrderFor(total.currency);
  const receivedDay = calendarDateIn(message.receivedAt, options.timeZone ?? "UTC");
  const date = labelledReceiptDate(documentText, order) ?? soleRecentDate(documentText, order, receivedDay) ?? receivedDay;
  return {
    isReceipt: true,
    kind: "receipt",
    extractorVersion: EXTRACTOR_VERSION,
    vendor: vendorOf(message.from, message.subject, body),
    amount: total.amount,
    currency: total.currency,
    date,
    source,
    ...(attachmentId ? { attachmentId } : {}),
    confidence,
    reasons: [...classification.reasons, `total "${total.label}" ${total.raw}`],
  };
}
