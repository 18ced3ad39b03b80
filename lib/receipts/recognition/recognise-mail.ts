// From a mail to its extraction, reading what the mail carries: PDF text first (cheap), then —
// only when that finds no receipt — images and scanned PDF pages through OCR, and a forwarded
// message attached whole (message/rfc822). An attachment that cannot be read is a reason, not a crash.
import type { MailAttachment, MailMessage } from "../../mail/message";
import type { MailDocument } from "./document";
import { extractReceipt, type ExtractedReceipt, type ExtractOptions } from "./extract";
import { LEXICONS, type LanguageCode } from "./lexicons";
import { MAX_PDF_BYTES, readPdf } from "./read/pdf-document";
import { textLines } from "./read/text-document";

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** A PDF that takes longer than this to read is given up (its text is not worth a stalled run). */
export const PDF_READ_TIMEOUT_MS = 20_000;
/** Logos, spacers and tracking pixels are smaller than any photographed or scanned receipt. */
export const MIN_IMAGE_BYTES = 4 * 1024;

/** Reads text off images and scanned PDFs; injected so callers decide whether OCR runs at all. */
export interface OcrReader {
  image(data: Buffer, languages: LanguageCode[]): Promise<string>;
  pdf(data: Buffer, languages: LanguageCode[]): Promise<string>;
}

export interface RecogniseOptions extends Omit<ExtractOptions, "attachments"> {
  /** Bytes of an attachment (Gmail fetches them on demand; .eml files carry them). */
  loadAttachment?: (attachment: MailAttachment) => Promise<Buffer>;
  ocr?: OcrReader;
  /** Parses an attached message/rfc822 part (lib/mail's parser, injected to keep this module pure). */
  parseAttachedMessage?: (data: Buffer) => Promise<MailMessage>;
}

export interface Recognition {
  receipt: ExtractedReceipt;
  /** The attachments that were fetched, with their bytes, for the caller to keep the one used. */
  fetched: MailAttachment[];
  /** The message the receipt was read from, when it was an attached message rather than the mail itself. */
  innerMessage?: MailMessage;
}

export const isPdf = (a: Pick<MailAttachment, "filename" | "mimeType">) =>
  a.mimeType.toLowerCase() === "application/pdf" || /\.pdf$/i.test(a.filename);
export const isImage = (a: Pick<MailAttachment, "filename" | "mimeType">) =>
  /^image\/(png|jpe?g|webp|gif|bmp|tiff)$/i.test(a.mimeType) || /\.(png|jpe?g|webp|gif|bmp|tiff?)$/i.test(a.filename);
const isMessage = (a: Pick<MailAttachment, "filename" | "mimeType">) =>
  a.mimeType.toLowerCase() === "message/rfc822" || /\.eml$/i.test(a.filename);

/** PDFs of a sane size: read on every message (invoices often carry their figures only there). */
export function pdfAttachments(message: Pick<MailMessage, "attachments">): MailAttachment[] {
  return message.attachments.filter((a) => isPdf(a) && a.size <= MAX_PDF_BYTES);
}

function imageAttachments(message: Pick<MailMessage, "attachments">): MailAttachment[] {
  return message.attachments.filter((a) => isImage(a) && a.size >= MIN_IMAGE_BYTES && a.size <= MAX_IMAGE_BYTES);
}

async function bytesOf(attachment: MailAttachment, options: RecogniseOptions): Promise<Buffer | undefined> {
  if (attachment.data) return attachment.data;
  if (!options.loadAttachment) return undefined;
  attachment.data = await options.loadAttachment(attachment);
  return attachment.data;
}

/** Languages worth giving OCR: the ones the mail's text suggests, English always (digits and totals). */
function ocrLanguages(message: MailMessage, hint: LanguageCode | undefined): LanguageCode[] {
  const set = new Set<LanguageCode>(["en"]);
  if (hint && hint in LEXICONS) set.add(hint);
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(`${message.subject}${message.text ?? ""}`)) set.add("ja");
  return [...set];
}

export async function recogniseMail(message: MailMessage, options: RecogniseOptions = {}): Promise<Recognition> {
  const fetched: MailAttachment[] = [];
  const problems: string[] = [];
  const documents: MailDocument[] = [];
  const scanned: MailAttachment[] = [];

  // Fetch errors (quota, auth, network) are the caller's: they propagate. Reading errors are this mail's.
  for (const attachment of pdfAttachments(message)) {
    const data = await bytesOf(attachment, options);
    if (!data) continue;
    fetched.push(attachment);
    try {
      const pdf = await withTimeout(readPdf(data, attachment), PDF_READ_TIMEOUT_MS, "reading the PDF took too long");
      documents.push(pdf);
      if (pdf.pagesWithoutText.length > 0 && pdf.lines.length < 5) scanned.push(attachment);
    } catch (error) {
      problems.push(`attachment ${attachment.filename} unreadable: ${(error as Error).message}`);
    }
  }

  const extract = (docs: MailDocument[]) => {
    const result = extractReceipt(message, { ...options, attachments: docs });
    if (problems.length) result.reasons.push(...problems);
    return result;
  };
  let receipt = extract(documents);
  if (receipt.isReceipt) return { receipt, fetched };

  // A receipt forwarded as an attachment is read as the message it is.
  if (options.parseAttachedMessage) {
    for (const attachment of message.attachments.filter(isMessage)) {
      const data = await bytesOf(attachment, options);
      if (!data) continue;
      fetched.push(attachment);
      try {
        const inner = await options.parseAttachedMessage(data);
        const nested = await recogniseMail(inner, { ...options, parseAttachedMessage: undefined });
        if (nested.receipt.isReceipt) {
          nested.receipt.reasons.unshift(`read from the attached message ${attachment.filename}`);
          return { receipt: nested.receipt, fetched: [...fetched, ...nested.fetched], innerMessage: inner };
        }
      } catch (error) {
        problems.push(`attached message ${attachment.filename} unreadable: ${(error as Error).message}`);
      }
    }
  }

  const images = imageAttachments(message);
  if (!options.ocr || (images.length === 0 && scanned.length === 0)) return { receipt, fetched };
  const languages = ocrLanguages(message, receipt.language);
  for (const attachment of [...scanned, ...images]) {
    const data = await bytesOf(attachment, options);
    if (!data) continue;
    if (!fetched.includes(attachment)) fetched.push(attachment);
    try {
      const text = isPdf(attachment)
        ? await options.ocr.pdf(data, languages)
        : await options.ocr.image(data, languages);
      documents.push({
        origin: "ocr",
        lines: textLines(text),
        attachmentId: attachment.attachmentId,
        filename: attachment.filename,
      });
    } catch (error) {
      problems.push(`OCR of ${attachment.filename} failed: ${(error as Error).message}`);
    }
  }
  receipt = extract(documents);
  return { receipt, fetched };
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
