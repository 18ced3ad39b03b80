// Turns a Gmail API message resource (format=full) into the product's MailMessage.
import type { gmail_v1 } from "@googleapis/gmail";
import { charsetOf, decodeText } from "../mail/charset";
import type { MailAttachment, MailMessage } from "../mail/message";

type Part = gmail_v1.Schema$MessagePart;

export function headerValue(part: Part | undefined, name: string): string | undefined {
  const lower = name.toLowerCase();
  return part?.headers?.find((h) => (h.name ?? "").toLowerCase() === lower)?.value ?? undefined;
}

/** Gmail bodies are base64url bytes in the charset the part names (Gmail does not transcode them). */
function decodeBody(part: Part): string | undefined {
  const data = part.body?.data;
  if (!data) return undefined;
  return decodeText(Buffer.from(data, "base64url"), charsetOf(headerValue(part, "Content-Type")));
}

function isAttachment(part: Part): boolean {
  if (part.filename) return true;
  if (part.body?.attachmentId && !(part.mimeType ?? "").startsWith("multipart/")) return true;
  return /^\s*attachment/i.test(headerValue(part, "Content-Disposition") ?? "");
}

interface Collected {
  text?: string;
  html?: string;
  attachments: MailAttachment[];
}

/** Depth-first walk; the first text/plain and text/html body parts win (multipart/alternative order). */
function walk(part: Part, out: Collected): void {
  const mimeType = (part.mimeType ?? "").toLowerCase();
  if (mimeType.startsWith("multipart/")) {
    for (const child of part.parts ?? []) walk(child, out);
    return;
  }
  if (isAttachment(part)) {
    const attachmentId = part.body?.attachmentId;
    // A small attachment can come inline (body.data, no id); key it by part id so it stays fetchable.
    out.attachments.push({
      attachmentId: attachmentId ?? `part:${part.partId ?? ""}`,
      filename: part.filename || "attachment",
      mimeType: part.mimeType ?? "application/octet-stream",
      size: part.body?.size ?? 0,
      ...(attachmentId || !part.body?.data ? {} : { data: Buffer.from(part.body.data, "base64url") }),
    });
    return;
  }
  if (mimeType === "text/plain" && out.text === undefined) out.text = decodeBody(part);
  else if (mimeType === "text/html" && out.html === undefined) out.html = decodeBody(part);
  for (const child of part.parts ?? []) walk(child, out);
}

export function toMailMessage(resource: gmail_v1.Schema$Message): MailMessage {
  const collected: Collected = { attachments: [] };
  if (resource.payload) walk(resource.payload, collected);
  const internalDate = Number(resource.internalDate);
  const dateHeader = Date.parse(headerValue(resource.payload, "Date") ?? "");
  return {
    id: resource.id ?? "",
    ...(resource.threadId ? { threadId: resource.threadId } : {}),
    subject: headerValue(resource.payload, "Subject") ?? "",
    from: headerValue(resource.payload, "From") ?? "",
    receivedAt: new Date(Number.isFinite(internalDate) && internalDate > 0 ? internalDate : dateHeader || 0),
    ...(collected.html !== undefined ? { html: collected.html } : {}),
    ...(collected.text !== undefined ? { text: collected.text } : {}),
    attachments: collected.attachments,
  };
}
