// Incremental sync by Gmail history: an incremental run lists only what users.history.list says was
// added since the id the last completed run stored, and falls back to its date range when Gmail no
// longer has that history (404). Every run records the mailbox's history id as it starts; the engine
// stores it on the connection when the run completes, so mail arriving during a run is listed again
// next time rather than missed (saves are idempotent).
import "server-only";
import type { gmail_v1 } from "@googleapis/gmail";
import type { GmailClient } from "../gmail/client";
import { GmailHistoryExpiredError } from "../gmail/errors";
import { admits, filtersMail, mailboxQuery, type MailboxFilter } from "../gmail/mailbox-filter";
import type { Logger } from "../log";
import { rangeListing, type MessageListing } from "./listing";
import type { ListingCheckpoint, SyncCheckpoint } from "./run-store";

/**
 * The messages added since `startHistoryId`, oldest first, in pages of `pageSize`. History is listed
 * whole before the first page (2 quota units per 500 records), so the total is exact and progress is
 * the share of added messages processed. The cursor is how many added messages are done: history only
 * grows at its end, so a resumed run listing from the same id finds the same ones first.
 */
export async function historyListing(
  client: GmailClient,
  startHistoryId: string,
  pageSize: number,
): Promise<MessageListing> {
  const { added } = await client.listHistory(startHistoryId);
  return {
    kind: "history",
    async *pages(cursor) {
      let offset = Number(cursor ?? 0) || 0;
      do {
        const next = Math.min(added.length, offset + pageSize);
        yield {
          messageIds: added.slice(offset, next).map((m) => m.id),
          nextCursor: next < added.length ? String(next) : null,
          estimatedTotal: added.length,
        };
        offset = next;
      } while (offset < added.length);
    },
  };
}

export interface ListingPlanInput {
  client: GmailClient;
  run: { mode: "range" | "incremental"; from_date: string | null; to_date: string | null };
  checkpoint: SyncCheckpoint | null;
  /** The connection's history id, stored by the last completed run; null before any. */
  lastHistoryId: string | null;
  /** The run's date range as a Gmail query (absent without dates). */
  rangeQuery: string | undefined;
  /** The business's mailbox filter now; a resumed run keeps the one in its checkpoint. */
  filter: MailboxFilter;
  /** True when the run's range ends today or later in the business's timezone. */
  reachesToday: boolean;
  pageSize: number;
  log: Logger;
}

export interface ListingPlan {
  listing: MessageListing;
  /** Where to resume: the checkpoint's cursor, unless the listing changed under it (history expired). */
  cursor: string | undefined;
  /** Committed with every checkpoint so a resumed run lists the same way. */
  checkpoint: ListingCheckpoint;
  /** The history id to store on the connection when the run completes; null leaves it as it is. */
  historyIdOnCompletion: string | null;
  /** For a history listing with a filter: whether a fetched message is read (Gmail did not filter it). */
  admit?: (message: gmail_v1.Schema$Message) => boolean;
}

export async function planListing(input: ListingPlanInput): Promise<ListingPlan> {
  const { client, run, checkpoint, log } = input;
  const resumed = checkpoint?.listing;
  const mailboxHistoryId = resumed ? resumed.mailbox_history_id : (await client.getProfile()).historyId || null;
  // An incremental run covers everything up to now. A range run does too only when it ends today, and
  // it sets the history id only when there is none yet (the first import): replacing a stored id could
  // skip mail between that id and this range's start.
  const stores = run.mode === "incremental" || (input.reachesToday && input.lastHistoryId === null);
  const historyIdOnCompletion = stores ? mailboxHistoryId : null;
  const filter = resumed?.mailbox_filter ?? input.filter;
  const query = [input.rangeQuery, mailboxQuery(filter)].filter(Boolean).join(" ") || undefined;
  const range = (summary: string | null, cursor: string | undefined): ListingPlan => ({
    listing: rangeListing(client, query, input.pageSize),
    cursor,
    checkpoint: { kind: "range", mailbox_history_id: mailboxHistoryId, summary, mailbox_filter: filter },
    historyIdOnCompletion,
  });

  // A checkpoint without a next page: the listing was complete, only the final status is missing.
  if (checkpoint && checkpoint.next_page_token === null) {
    return {
      ...range(resumed?.summary ?? null, undefined),
      listing: { kind: resumed?.kind ?? "range", pages: nothingLeft },
    };
  }
  const startHistoryId =
    resumed?.kind === "history"
      ? resumed.start_history_id
      : !checkpoint && run.mode === "incremental"
        ? input.lastHistoryId
        : null;
  if (!startHistoryId) return range(resumed?.summary ?? null, checkpoint?.next_page_token ?? undefined);
  try {
    const listing = await historyListing(client, startHistoryId, input.pageSize);
    return {
      listing,
      cursor: checkpoint?.next_page_token ?? undefined,
      checkpoint: {
        kind: "history",
        mailbox_history_id: mailboxHistoryId,
        start_history_id: startHistoryId,
        mailbox_filter: filter,
      },
      historyIdOnCompletion,
      ...(filtersMail(filter) ? { admit: await historyAdmission(client, filter) } : {}),
    };
  } catch (error) {
    if (!(error instanceof GmailHistoryExpiredError)) throw error;
    const summary = `Gmail no longer had the mailbox's history since the last sync: synced by date range ${run.from_date} to ${run.to_date} instead.`;
    log.warn(
      { event: "HISTORY_EXPIRED", start_history_id: startHistoryId, from_date: run.from_date, to_date: run.to_date },
      "Gmail history expired: falling back to a date-range sync",
    );
    // A history checkpoint's cursor counts added messages: the range listing starts from its beginning.
    return range(summary, undefined);
  }
}

/** The filter applied to fetched messages; label names are looked up once (users.labels.list, 1 unit). */
async function historyAdmission(
  client: GmailClient,
  filter: MailboxFilter,
): Promise<(message: gmail_v1.Schema$Message) => boolean> {
  const labelNames = new Map<string, string>();
  if (filter.includeLabels.length || filter.excludeLabels.length) {
    for (const label of await client.listLabels()) labelNames.set(label.id, label.name);
  }
  return (message) => admits(filter, message, labelNames);
}

/** A listing already complete has no pages left. */
async function* nothingLeft(): AsyncGenerator<never> {}
