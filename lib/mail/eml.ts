// Reads an .eml file (RFC 5322) into the product's MailMessage, attachments included.
import { createHash } from "node:crypto";
import PostalMime from "postal-mime";
import { repairWindows1252 } from "./charset";
import type { MailAttachment, MailMessage } from "./message";

type Address = {
  name: string;
  address?: string | undefined;
  group?: Array<{ name: string; address: string }> | undefined;
};

function formatAddress(address: Address | undefined): string {
  const mailbox = address?.group?.[0] ?? address;
  if (!mailbox?.address) return mailbox?.name ?? "";
  return mailbox.name ? `"${mailbox.name.replace(/"/g, "'")}" <${mailbox.address}>` : `<${mailbox.address}>`;
}

function toBuffer(content: ArrayBuffer | Uint8Array | string): Buffer {
  if (typeof content === "string") return Buffer.from(content, "utf8");
  return content instanceof Uint8Array ? Buffer.from(content) : Buffer.from(new Uint8Array(content));
}

const ZONES: Record<string, number> = {
  UT: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/** The calendar day a Date header names, in the UTC offset it states ("Fri, 06 Mar 2026 23:12 -0800" → 2026-03-06). */
export function dayOfDateHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const instant = Date.parse(header);
  if (Number.isNaN(instant)) return undefined;
  const numeric = /([+-])(\d{2}):?(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(header);
  const named = /\b(UT|GMT|Z|[ECMP][SD]T)\s*$/i.exec(header)?.[1]?.toUpperCase();
  const offsetMinutes = numeric
    ? (numeric[1] === "-" ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]))
    : named
      ? (ZONES[named] ?? 0)
      : 0;
  return new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 10);
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
  const id =
    (email.messageId ?? "").replace(/^<|>$/g, "") ||
    createHash("sha256")
      .update(toBuffer(typeof raw === "string" ? raw : Buffer.from(raw)))
      .digest("hex")
      .slice(0, 16);
  return {
    id,
    subject: repairWindows1252(email.subject ?? ""),
    from: formatAddress(email.from as Address | undefined),
    receivedAt: Number.isNaN(date.getTime()) ? new Date(0) : date,
    ...(email.html ? { html: repairWindows1252(email.html) } : {}),
    ...(email.text ? { text: repairWindows1252(email.text) } : {}),
    ...withSentDay(dayOfDateHeader(email.headers.find((h) => h.key === "date")?.value)),
    attachments,
  };
}

function withSentDay(day: string | undefined): Pick<MailMessage, "sentDay"> {
  return day ? { sentDay: day } : {};
}
