// The emulator's mailbox: Gmail's list order, search (search.ts), paging, message formats and history.
import type { gmail_v1 } from "@googleapis/gmail";
import { loadAttachment, type AttachmentSource, type PendingAttachment } from "./attachments";
import { compileSearch, QueryError } from "./search";

export { QueryError };

/** The shape `generateMailbox()` returns (its `truth` is not needed to serve the mailbox). */
export interface EmulatorMailbox {
  messages: gmail_v1.Schema$Message[];
  attachments: Map<string, Buffer>;
  /** Attachments drawn on first fetch (till receipt images), then cached. */
  pendingAttachments?: Map<string, PendingAttachment>;
}

const dateOf = (m: gmail_v1.Schema$Message): number => Number(m.internalDate ?? 0);

/** Gmail lists newest first; the id breaks ties so paging is total and stable. */
function newestFirst(a: gmail_v1.Schema$Message, b: gmail_v1.Schema$Message): number {
  return dateOf(b) - dateOf(a) || ((b.id ?? "") < (a.id ?? "") ? -1 : (b.id ?? "") > (a.id ?? "") ? 1 : 0);
}

export interface MessagePage {
  messages?: { id: string; threadId: string }[];
  nextPageToken?: string;
  resultSizeEstimate: number;
}

/** Gmail's history types; history.list answers only those asked for (all when none are). */
export const HISTORY_TYPES = ["messageAdded", "messageDeleted", "labelAdded", "labelRemoved"] as const;
export type HistoryType = (typeof HISTORY_TYPES)[number];

/** One change to the mailbox. The log only grows, as Gmail's history does: a deleted message's
 *  messageAdded record stays, so a sync listing history may still be told of it and meet a 404. */
interface HistoryRecord {
  id: number;
  type: "messageAdded" | "messageDeleted";
  message: { id: string; threadId: string; labelIds: string[] };
}

/** The labels every Gmail mailbox has. */
const SYSTEM_LABELS = ["INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "UNREAD", "STARRED", "IMPORTANT"];
const CATEGORY_LABELS = [
  "CATEGORY_PERSONAL",
  "CATEGORY_SOCIAL",
  "CATEGORY_PROMOTIONS",
  "CATEGORY_UPDATES",
  "CATEGORY_FORUMS",
];

export class MailboxStore {
  private readonly ordered: gmail_v1.Schema$Message[];
  private readonly byId = new Map<string, gmail_v1.Schema$Message>();
  private readonly files: AttachmentSource;
  private readonly log: HistoryRecord[];
  /** History ids older than this answer 404 (Gmail keeps history for about a week). */
  oldestHistoryId: number;

  constructor(mailbox: EmulatorMailbox, oldestHistoryId?: number) {
    this.ordered = [...mailbox.messages].sort(newestFirst);
    for (const m of this.ordered) this.byId.set(m.id ?? "", m);
    this.files = {
      attachments: new Map(mailbox.attachments),
      pendingAttachments: mailbox.pendingAttachments ?? new Map(),
    };
    this.log = this.ordered
      .map((m): HistoryRecord => ({ id: Number(m.historyId ?? 0), type: "messageAdded", message: refOf(m) }))
      .sort((a, b) => a.id - b.id);
    const first = this.log[0]?.id;
    this.oldestHistoryId = oldestHistoryId ?? (first !== undefined ? Math.max(0, first - 1) : 1);
  }

  get size(): number {
    return this.ordered.length;
  }

  currentHistoryId(): number {
    return Math.max(this.log[this.log.length - 1]?.id ?? 0, this.oldestHistoryId);
  }

  /** New mail arriving while the emulator runs (for incremental-sync tests). */
  addMessage(message: gmail_v1.Schema$Message, attachments?: Map<string, Buffer>): void {
    const stored = { ...message, historyId: message.historyId ?? String(this.currentHistoryId() + 1) };
    this.byId.set(stored.id ?? "", stored);
    this.ordered.push(stored);
    this.ordered.sort(newestFirst);
    for (const [id, bytes] of attachments ?? []) this.files.attachments.set(id, bytes);
    this.log.push({ id: Number(stored.historyId), type: "messageAdded", message: refOf(stored) });
  }

  /** A message deleted while the emulator runs: messages.get answers 404 and history records messageDeleted. */
  deleteMessage(id: string): boolean {
    const m = this.byId.get(id);
    if (!m) return false;
    this.byId.delete(id);
    this.ordered.splice(this.ordered.indexOf(m), 1);
    this.log.push({ id: this.currentHistoryId() + 1, type: "messageDeleted", message: refOf(m) });
    return true;
  }

  /** Gmail's retention window passes: every history id before the current one answers 404. */
  expireHistory(): void {
    this.oldestHistoryId = this.currentHistoryId();
  }

  /** users.labels.list: the system labels, the categories, and every other label a message carries. */
  labels(): gmail_v1.Schema$Label[] {
    const builtIn = new Set([...SYSTEM_LABELS, ...CATEGORY_LABELS]);
    const own = new Set<string>();
    for (const m of this.ordered) for (const l of m.labelIds ?? []) if (!builtIn.has(l)) own.add(l);
    return [
      ...[...builtIn].map((id) => ({ id, name: id, type: "system" })),
      ...[...own].sort().map((id) => ({ id, name: id, type: "user" })),
    ];
  }

  /** The page token names the last message returned, so new mail cannot shift later pages. */
  list(q: string | undefined, pageToken: string | undefined, maxResults: number): MessagePage {
    const matching = this.ordered.filter(compileSearch(q));
    let start = 0;
    if (pageToken) {
      const cursor = decodeCursor(pageToken);
      start = matching.findIndex((m) => newestFirst(m, cursor) > 0);
      if (start < 0) start = matching.length;
    }
    const page = matching.slice(start, start + maxResults);
    const last = page[page.length - 1];
    const more = start + maxResults < matching.length;
    // Like Gmail, an empty result has no `messages` key at all.
    return {
      ...(page.length ? { messages: page.map((m) => ({ id: m.id ?? "", threadId: m.threadId ?? m.id ?? "" })) } : {}),
      ...(more && last ? { nextPageToken: encodeCursor(last) } : {}),
      resultSizeEstimate: matching.length,
    };
  }

  get(id: string, format: string, metadataHeaders: string[]): gmail_v1.Schema$Message | undefined {
    const m = this.byId.get(id);
    if (!m) return undefined;
    if (format === "minimal") return withoutPayload(m);
    if (format === "metadata") {
      const wanted = new Set(metadataHeaders.map((h) => h.toLowerCase()));
      const headers = (m.payload?.headers ?? []).filter(
        (h) => !wanted.size || wanted.has((h.name ?? "").toLowerCase()),
      );
      return {
        ...withoutPayload(m),
        payload: { partId: m.payload?.partId ?? "", mimeType: m.payload?.mimeType ?? null, filename: "", headers },
      };
    }
    return m;
  }

  /** An image attachment is drawn the first time it is fetched, then served from the cache. */
  async attachment(messageId: string, attachmentId: string): Promise<Buffer | undefined> {
    const m = this.byId.get(messageId);
    if (!m || !hasAttachment(m.payload, attachmentId)) return undefined;
    return loadAttachment(this.files, attachmentId);
  }

  /** History records after `startHistoryId` of the given types (all when none), oldest first, paged
   *  by offset: the log only grows at its end, so later pages never shift. */
  history(
    startHistoryId: number,
    pageToken: string | undefined,
    maxResults: number,
    types: readonly string[] = [],
  ): gmail_v1.Schema$ListHistoryResponse {
    const matching = this.log.filter((r) => r.id > startHistoryId && (!types.length || types.includes(r.type)));
    const offset = pageToken ? Number(Buffer.from(pageToken, "base64url").toString()) || 0 : 0;
    const records = matching.slice(offset, offset + maxResults).map((r) => {
      const ref = { id: r.message.id, threadId: r.message.threadId };
      const change = r.type === "messageAdded" ? "messagesAdded" : "messagesDeleted";
      return { id: String(r.id), messages: [ref], [change]: [{ message: { ...ref, labelIds: r.message.labelIds } }] };
    });
    return {
      ...(records.length ? { history: records } : {}),
      historyId: String(this.currentHistoryId()),
      ...(offset + maxResults < matching.length
        ? { nextPageToken: Buffer.from(String(offset + maxResults)).toString("base64url") }
        : {}),
    };
  }
}

function refOf(m: gmail_v1.Schema$Message): HistoryRecord["message"] {
  return { id: m.id ?? "", threadId: m.threadId ?? "", labelIds: m.labelIds ?? [] };
}

function withoutPayload(m: gmail_v1.Schema$Message): gmail_v1.Schema$Message {
  const { payload: _payload, raw: _raw, ...rest } = m;
  return rest;
}

function hasAttachment(part: gmail_v1.Schema$MessagePart | undefined, attachmentId: string): boolean {
  if (!part) return false;
  if (part.body?.attachmentId === attachmentId) return true;
  return (part.parts ?? []).some((p) => hasAttachment(p, attachmentId));
}

function encodeCursor(m: gmail_v1.Schema$Message): string {
  return Buffer.from(JSON.stringify([m.internalDate ?? "0", m.id ?? ""])).toString("base64url");
}

function decodeCursor(token: string): gmail_v1.Schema$Message {
  try {
    const [internalDate, id] = JSON.parse(Buffer.from(token, "base64url").toString()) as unknown[];
    if (typeof internalDate === "string" && typeof id === "string") return { internalDate, id };
  } catch {
    // fall through to the error below
  }
  throw new QueryError("Invalid pageToken");
}
