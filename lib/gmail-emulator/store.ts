// The emulator's mailbox: Gmail's list order, search, paging, message formats and history.
import type { gmail_v1 } from "@googleapis/gmail";
import { startOfDayIn } from "../shared/calendar";
import { loadAttachment, type AttachmentSource, type PendingAttachment } from "./attachments";

/** The shape `generateMailbox()` returns (its `truth` is not needed to serve the mailbox). */
export interface EmulatorMailbox {
  messages: gmail_v1.Schema$Message[];
  attachments: Map<string, Buffer>;
  /** Attachments drawn on first fetch (till receipt images), then cached. */
  pendingAttachments?: Map<string, PendingAttachment>;
}

export class QueryError extends Error {}

interface TimeFilter {
  afterMs?: number;
  beforeMs?: number;
}

/** Parses the `after:`/`before:` terms of a Gmail query; other terms are ignored (the product
 *  sends none). Epoch seconds are used as is; dates (2024/01/31) mean midnight Pacific, as in Gmail. */
export function parseTimeFilter(q: string | undefined): TimeFilter {
  const filter: TimeFilter = {};
  for (const term of (q ?? "").trim().split(/\s+/)) {
    const m = /^(after|before|older|newer):(.+)$/i.exec(term);
    if (!m || !m[1] || !m[2]) continue;
    const ms = termToMs(m[2]);
    if (ms === undefined) throw new QueryError(`Invalid search term: ${term}`);
    const op = m[1].toLowerCase();
    if (op === "after" || op === "newer") filter.afterMs = ms;
    else filter.beforeMs = ms;
  }
  return filter;
}

function termToMs(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const d = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (!d) return undefined;
  const iso = `${d[1]}-${d[2]?.padStart(2, "0")}-${d[3]?.padStart(2, "0")}`;
  return startOfDayIn(iso, "America/Los_Angeles");
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

export class MailboxStore {
  private readonly ordered: gmail_v1.Schema$Message[];
  private readonly byId = new Map<string, gmail_v1.Schema$Message>();
  private readonly files: AttachmentSource;
  oldestHistoryId: number;

  constructor(mailbox: EmulatorMailbox, oldestHistoryId?: number) {
    this.ordered = [...mailbox.messages].sort(newestFirst);
    for (const m of this.ordered) this.byId.set(m.id ?? "", m);
    this.files = {
      attachments: new Map(mailbox.attachments),
      pendingAttachments: mailbox.pendingAttachments ?? new Map(),
    };
    const ids = this.historyIds();
    this.oldestHistoryId = oldestHistoryId ?? (ids.length ? Math.max(0, ids.reduce((a, b) => Math.min(a, b)) - 1) : 1);
  }

  get size(): number {
    return this.ordered.length;
  }

  currentHistoryId(): number {
    return this.historyIds().reduce((a, b) => Math.max(a, b), this.oldestHistoryId);
  }

  private historyIds(): number[] {
    return this.ordered.map((m) => Number(m.historyId ?? 0));
  }

  /** New mail arriving while the emulator runs (for incremental-sync tests). */
  addMessage(message: gmail_v1.Schema$Message, attachments?: Map<string, Buffer>): void {
    const stored = { ...message, historyId: message.historyId ?? String(this.currentHistoryId() + 1) };
    this.byId.set(stored.id ?? "", stored);
    this.ordered.push(stored);
    this.ordered.sort(newestFirst);
    for (const [id, bytes] of attachments ?? []) this.files.attachments.set(id, bytes);
  }

  /** The page token names the last message returned, so new mail cannot shift later pages. */
  list(q: string | undefined, pageToken: string | undefined, maxResults: number): MessagePage {
    const { afterMs, beforeMs } = parseTimeFilter(q);
    const matching = this.ordered.filter(
      (m) => (afterMs === undefined || dateOf(m) >= afterMs) && (beforeMs === undefined || dateOf(m) < beforeMs),
    );
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

  /** messagesAdded records after `startHistoryId`, oldest first, paged by offset (history only grows). */
  history(
    startHistoryId: number,
    pageToken: string | undefined,
    maxResults: number,
  ): gmail_v1.Schema$ListHistoryResponse {
    const added = this.ordered
      .filter((m) => Number(m.historyId ?? 0) > startHistoryId)
      .sort((a, b) => Number(a.historyId ?? 0) - Number(b.historyId ?? 0));
    const offset = pageToken ? Number(Buffer.from(pageToken, "base64url").toString()) || 0 : 0;
    const page = added.slice(offset, offset + maxResults);
    const records = page.map((m) => {
      const ref = { id: m.id ?? "", threadId: m.threadId ?? "" };
      return {
        id: m.historyId ?? "",
        messages: [ref],
        messagesAdded: [{ message: { ...ref, labelIds: m.labelIds ?? [] } }],
      };
    });
    return {
      ...(records.length ? { history: records } : {}),
      historyId: String(this.currentHistoryId()),
      ...(offset + maxResults < added.length
        ? { nextPageToken: Buffer.from(String(offset + maxResults)).toString("base64url") }
        : {}),
    };
  }
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
