// A mailbox of real-world-shaped .eml files (the hand-written fixture corpus), served by the emulator
// as Gmail would serve them: so a listing or a sync can be measured on mail the generator did not write.
import { createHash } from "node:crypto";
import type { gmail_v1 } from "@googleapis/gmail";
import { parseEml } from "../mail/eml";
import type { EmulatorMailbox } from "./store";

const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64url");

export interface EmlFile {
  /** Becomes the Gmail message id, so results map back to the file. */
  id: string;
  raw: Buffer;
}

export async function mailboxFromEml(files: readonly EmlFile[]): Promise<EmulatorMailbox> {
  const messages: gmail_v1.Schema$Message[] = [];
  const attachments = new Map<string, Buffer>();
  let historyId = 1000;
  for (const file of files) {
    const mail = await parseEml(file.raw);
    const parts: gmail_v1.Schema$MessagePart[] = [];
    if (mail.text)
      parts.push({ mimeType: "text/plain", filename: "", body: { size: mail.text.length, data: b64(mail.text) } });
    if (mail.html)
      parts.push({ mimeType: "text/html", filename: "", body: { size: mail.html.length, data: b64(mail.html) } });
    for (const a of mail.attachments) {
      const attachmentId = `att-${createHash("sha256").update(file.id).update(a.attachmentId).digest("hex").slice(0, 24)}`;
      if (a.data) attachments.set(attachmentId, a.data);
      parts.push({ mimeType: a.mimeType, filename: a.filename, body: { size: a.size, attachmentId } });
    }
    historyId += 1;
    messages.push({
      id: file.id,
      threadId: file.id,
      labelIds: ["INBOX"],
      historyId: String(historyId),
      internalDate: String(mail.receivedAt.getTime()),
      snippet: (mail.text ?? "").slice(0, 120),
      sizeEstimate: file.raw.length,
      payload: {
        partId: "",
        mimeType: "multipart/mixed",
        filename: "",
        headers: [
          { name: "From", value: mail.from },
          { name: "To", value: "books@example.test" },
          { name: "Subject", value: mail.subject },
          { name: "Date", value: mail.receivedAt.toUTCString() },
        ],
        body: { size: 0 },
        parts: parts.map((p, i) => ({ ...p, partId: String(i) })),
      },
    });
  }
  return { messages, attachments };
}
