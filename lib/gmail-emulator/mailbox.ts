// The generated mailbox: a seeded, realistic Gmail inbox (format=full resources) plus the ground
// truth of which messages are receipts. A receipt documents a completed charge (receipt), an amount
// billed (an issued invoice) or money given back (a refund or credit note, recorded with a negative
// amount); shipping notices, orders not yet paid, failed payments, upcoming invoices, quotes, renewal
// reminders and promotions are not receipts, whatever prices they mention. Vendors write in twelve
// languages; a small share of receipts are pictures of paper till receipts, drawn on first fetch.
import type { gmail_v1 } from "@googleapis/gmail";
import { loadAttachment, type AttachmentSource, type PendingAttachment } from "./attachments";
import type { DocKind, ReceiptFacts } from "./facts";
import { isLazy, type MailContent } from "./mail-content";
import { OTHER_KINDS, otherMail, type OtherKind } from "./other-mail";
import { SeededRandom } from "./random";
import { receiptMail } from "./receipt-mail";
import { VENDORS } from "./vendors";

export type { DocKind, Layout, ReceiptFacts } from "./facts";
export type { Lang } from "./money-format";
export type { PendingAttachment } from "./attachments";

/** What each message is: a receipt of some kind, or one of the kinds of other mail. */
export type MailKind = DocKind | OtherKind;

export interface TruthReceipt extends ReceiptFacts {
  messageId: string;
  attachmentId?: string;
}

export interface MailboxTruth {
  seed: string | number;
  size: number;
  receipts: TruthReceipt[];
  nonReceipts: string[];
  /** What each message is, by message id. */
  kinds: Record<string, MailKind>;
}

export interface GeneratedMailbox {
  messages: gmail_v1.Schema$Message[];
  /** Attachment bytes by attachment id; images are added here once drawn. */
  attachments: Map<string, Buffer>;
  /** Images not drawn yet (see `attachmentBytes`). */
  pendingAttachments: Map<string, PendingAttachment>;
  truth: MailboxTruth;
}

export interface MailboxOptions {
  seed: string | number;
  size: number;
  from?: Date;
  to?: Date;
  /** Share of receipts; default 0.3. */
  receiptShare?: number;
}

/** The bytes Gmail's attachments.get serves for `attachmentId` (drawing an image on first use). */
export function attachmentBytes(mailbox: AttachmentSource, attachmentId: string): Promise<Buffer | undefined> {
  return loadAttachment(mailbox, attachmentId);
}

const DEFAULT_TO = Date.UTC(2026, 10, 1);
const DEFAULT_FROM = Date.UTC(2024, 10, 1);
const OWNER = '"Finance" <finance@northwind-studio.com>';

const b64 = (text: string | Buffer) => Buffer.from(text).toString("base64url");
const header = (name: string, value: string): gmail_v1.Schema$MessagePartHeader => ({ name, value });

function textPart(partId: string, mimeType: string, body: string): gmail_v1.Schema$MessagePart {
  const size = Buffer.byteLength(body);
  return {
    partId,
    mimeType,
    filename: "",
    headers: [
      header("Content-Type", `${mimeType}; charset="UTF-8"`),
      header("Content-Transfer-Encoding", "quoted-printable"),
    ],
    body: { size, data: b64(body) },
  };
}

/** Gmail's MessagePart tree: mixed[alternative[plain, html], attachment] with the empty levels left out. */
function payloadOf(
  content: MailContent,
  topHeaders: gmail_v1.Schema$MessagePartHeader[],
  attachmentId: string,
): gmail_v1.Schema$MessagePart {
  const bodies: Array<[string, string]> = [];
  if (content.text !== undefined) bodies.push(["text/plain", content.text]);
  if (content.html !== undefined) bodies.push(["text/html", content.html]);
  const boundary = `000000000000${attachmentId.slice(0, 12)}`;
  const multipart = (
    partId: string,
    mimeType: string,
    parts: gmail_v1.Schema$MessagePart[],
    headers: gmail_v1.Schema$MessagePartHeader[] = [],
  ) => ({
    partId,
    mimeType,
    filename: "",
    headers: [...headers, header("Content-Type", `${mimeType}; boundary="${boundary}${partId}"`)],
    body: { size: 0 },
    parts,
  });
  const file = content.attachment;
  if (!file) {
    if (bodies.length === 1) {
      const [mime, body] = bodies[0]!;
      const part = textPart("", mime, body);
      return { ...part, headers: [...topHeaders, ...(part.headers ?? [])] };
    }
    return multipart(
      "",
      "multipart/alternative",
      bodies.map(([mime, body], i) => textPart(String(i), mime, body)),
      topHeaders,
    );
  }
  const inner =
    bodies.length === 1
      ? textPart("0", bodies[0]![0], bodies[0]![1])
      : multipart(
          "0",
          "multipart/alternative",
          bodies.map(([mime, body], i) => textPart(`0.${i}`, mime, body)),
        );
  const filePart: gmail_v1.Schema$MessagePart = {
    partId: "1",
    mimeType: file.mimeType,
    filename: file.filename,
    headers: [
      header("Content-Type", `${file.mimeType}; name="${file.filename}"`),
      header("Content-Disposition", `attachment; filename="${file.filename}"`),
      header("Content-Transfer-Encoding", "base64"),
    ],
    body: { attachmentId, size: isLazy(file) ? file.size : file.bytes.length },
  };
  return multipart("", "multipart/mixed", [inner, filePart], topHeaders);
}

function snippetOf(content: MailContent): string {
  const text =
    content.text ??
    (content.html ?? "").replace(/<style[\s\S]*?<\/style>|<title[\s\S]*?<\/title>/g, " ").replace(/<[^>]+>/g, " ");
  return text.replace(/\s+/g, " ").trim().slice(0, 140);
}

export function generateMailbox(options: MailboxOptions): GeneratedMailbox {
  const rng = new SeededRandom(options.seed);
  const fromMs = options.from?.getTime() ?? DEFAULT_FROM;
  const toMs = options.to?.getTime() ?? DEFAULT_TO;
  if (!(toMs > fromMs)) throw new RangeError("generateMailbox: `to` must be after `from`");
  const receiptShare = options.receiptShare ?? 0.3;

  // Received times first, oldest first, so historyIds increase with time as Gmail's do.
  const times = Array.from({ length: options.size }, () => fromMs + Math.floor(rng.float() * (toMs - fromMs)));
  times.sort((a, b) => a - b);

  const messages: gmail_v1.Schema$Message[] = [];
  const attachments = new Map<string, Buffer>();
  const pendingAttachments = new Map<string, PendingAttachment>();
  const truth: MailboxTruth = { seed: options.seed, size: options.size, receipts: [], nonReceipts: [], kinds: {} };
  const usedIds = new Set<string>();
  let historyId = 100_000 + rng.int(0, 50_000);
  let lastPersonal: { threadId: string; subject: string } | undefined;

  for (const receivedMs of times) {
    let id = rng.hex(16);
    while (usedIds.has(id)) id = rng.hex(16);
    usedIds.add(id);
    const vendor = rng.pick(VENDORS);
    const isReceipt = rng.chance(receiptShare);
    let content: MailContent;
    let facts: ReceiptFacts | undefined;
    if (isReceipt) {
      ({ content, facts } = receiptMail(vendor, rng, receivedMs));
    } else {
      const kind = rng.pick(OTHER_KINDS);
      content = otherMail(kind, vendor, rng, receivedMs);
      truth.kinds[id] = kind;
      truth.nonReceipts.push(id);
    }
    const attachmentId = `ANGjdJ${rng.hex(40)}`;
    if (content.attachment) {
      if (isLazy(content.attachment))
        pendingAttachments.set(attachmentId, { size: content.attachment.size, render: content.attachment.render });
      else attachments.set(attachmentId, content.attachment.bytes);
    }
    if (facts) {
      truth.kinds[id] = facts.kind;
      truth.receipts.push({ messageId: id, ...facts, ...(facts.source === "attachment" ? { attachmentId } : {}) });
    }
    const topHeaders = [
      header("MIME-Version", "1.0"),
      header("Date", new Date(receivedMs).toUTCString().replace("GMT", "+0000")),
      header("Message-ID", `<${id}.${rng.hex(8)}@${/@([^>]+)>/.exec(content.from)?.[1] ?? "mail.example"}>`),
      header("Subject", content.subject),
      header("From", content.from),
      header("To", OWNER),
    ];
    // Some personal mail replies into an earlier conversation, as Gmail threads do.
    let threadId = id;
    if (truth.kinds[id] === "personal") {
      if (lastPersonal && rng.chance(0.3)) {
        threadId = lastPersonal.threadId;
        const subject = topHeaders.find((h) => h.name === "Subject");
        if (subject) subject.value = `Re: ${lastPersonal.subject.replace(/^Re: /, "")}`;
      }
      lastPersonal = { threadId, subject: topHeaders.find((h) => h.name === "Subject")?.value ?? "" };
    }
    const payload = payloadOf(content, topHeaders, attachmentId);
    const sizeEstimate =
      600 +
      (content.text?.length ?? 0) +
      (content.html?.length ?? 0) +
      Math.ceil(
        (content.attachment
          ? isLazy(content.attachment)
            ? content.attachment.size
            : content.attachment.bytes.length
          : 0) * 1.37,
      );
    historyId += rng.int(1, 40);
    messages.push({
      id,
      threadId,
      labelIds: [...(rng.chance(0.3) ? ["UNREAD"] : []), content.category, "INBOX"],
      snippet: snippetOf(content),
      historyId: String(historyId),
      internalDate: String(receivedMs),
      sizeEstimate,
      payload,
    });
  }
  return { messages, attachments, pendingAttachments, truth };
}
