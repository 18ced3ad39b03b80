// Text of PDF attachments (invoices often carry the total only there). The caller decides which
// attachments to fetch: attachmentsWorthReading() names them, pdfText() reads one.
import { PDFParse } from "pdf-parse";
import type { MailAttachment, MailMessage } from "../mail/message";

/** Invoices are small; anything bigger is a brochure or a scan we cannot read as text anyway. */
export const MAX_PDF_BYTES = 10 * 1024 * 1024;

export function isPdf(attachment: Pick<MailAttachment, "filename" | "mimeType">): boolean {
  return attachment.mimeType.toLowerCase() === "application/pdf" || /\.pdf$/i.test(attachment.filename);
}

/** The attachments whose text extraction should read: PDFs of a sane size. */
export function attachmentsWorthReading(message: Pick<MailMessage, "attachments">): MailAttachment[] {
  return message.attachments.filter((a) => isPdf(a) && a.size <= MAX_PDF_BYTES);
}

/** All text of a PDF, pages joined by newlines; "" when the file is not a readable PDF. */
export async function pdfText(data: Buffer | Uint8Array): Promise<string> {
  // pdf.js may detach the buffer it is given, so it gets a copy.
  const parser = new PDFParse({ data: new Uint8Array(data), verbosity: 0 });
  try {
    const result = await parser.getText({ pageJoiner: "" });
    return result.text;
  } catch {
    return "";
  } finally {
    await parser.destroy();
  }
}

/** Text of every fetched attachment worth reading, keyed by attachment id. */
export async function readAttachmentTexts(message: Pick<MailMessage, "attachments">): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const attachment of attachmentsWorthReading(message)) {
    if (attachment.data) texts.set(attachment.attachmentId, await pdfText(attachment.data));
  }
  return texts;
}
