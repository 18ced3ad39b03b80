// Reads an .eml file (RFC 5322) into the product's MailMessage, attachments included.
import { createHash } from "node:crypto";
import PostalMime from "postal-mime";
import type { MailAttachment, MailMessage } from "./message";

type Address = { name: string; address?: string | undefined; group?: Array<{ name: string; address: string }> | undefined };

function formatAddress(address: Address | undefined): string {
  const mailbox = address?.group?.[0] ?? address;
  if (!mailbox?.address) return mailbox?.name ?? "";
  return mailbox.name ? `"${mailbox.name.replace(/"/g, "'")}" <${mailbox.address}>` : `<${mailbox.address}>`;
}

function toBuffer(content: ArrayBuffer | Uint8Array | string): Buffer {
  if (typeof content === "string") return Buffer.from(content, "utf8");
  return content instanceof Uint8Array ? Buffer.from(content) : Buffer.from(new Uint8Array(content));
}

export async function parseEml(raw: Buffer | Uint8Array | string): Promise<MailMessage> {
  const email = await PostalMime.parse(raw);
  const attachments: MailAttachment[] = email.attachments
    .filter((a) => a.disposition !== "inline" || !a.related)
    .map((a, index) => {
      const data = toBuffer(a.content);
      return {
        // .eml parts have no Gmail id; a stable synthetic key lets the ledger tell them apart.
        attachmentId: `eml:${index}`,
        filename: a.filename ?? `attachment-${index}`,
        mimeType: a.mimeType,
        size: data.length,
        data,
      };
    });
  const date = email.date ? new Date(email.date) : new Date(0);
  const id = (email.messageId ?? "").replace(/^<|>$/g, "") || createHash("sha256").update(toBuffer(typeof raw === "string" ? raw : Buffer.from(raw))).digest("hex").slice(0, 16);
  return {
    id,
    subject: email.subject ?? "",
    from: formatAddress(email.from as Address | undefined),
    receivedAt: Number.isNaN(date.getTime()) ? new Date(0) : date,
    ...(email.html ? { html: email.html } : {}),
    ...(email.text ? { text: email.text } : {}),
    attachments,
  };
}
