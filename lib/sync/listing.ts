// How a run finds its messages, page by page: Gmail's search over the run's date range, or the
// messages Gmail's history added since the last sync (history-listing.ts). The engine saves, heartbeats
// and checkpoints each page the same way whichever listing produced it.
import "server-only";
import type { GmailClient } from "../gmail/client";

export interface ListedPage {
  messageIds: string[];
  /** Where the next page starts (committed in the checkpoint); null after the last page. */
  nextCursor: string | null;
  /** How many messages the whole listing holds: Gmail's estimate for a search, exact for history. */
  estimatedTotal: number;
}

export interface MessageListing {
  kind: "range" | "history";
  /** The pages from `cursor` (a checkpoint's next_page_token) on; from the start without one. */
  pages(cursor: string | undefined): AsyncGenerator<ListedPage>;
}

/** messages.list over a Gmail query, newest first; the cursor is Gmail's page token. */
export function rangeListing(client: GmailClient, query: string | undefined, pageSize: number): MessageListing {
  return {
    kind: "range",
    async *pages(cursor) {
      let pageToken = cursor;
      do {
        const page = await client.listMessageIds({ query, pageToken, maxResults: pageSize });
        pageToken = page.nextPageToken;
        yield {
          messageIds: page.messages.map((m) => m.id),
          nextCursor: pageToken ?? null,
          estimatedTotal: page.resultSizeEstimate,
        };
      } while (pageToken);
    },
  };
}
