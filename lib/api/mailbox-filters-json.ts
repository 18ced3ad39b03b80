// A business's mailbox filters as the API and the Settings page show them (snake_case, as in PATCH).
import "server-only";
import type { z } from "zod";
import type { MailboxFilter } from "@/lib/gmail/mailbox-filter";
import type { mailboxFilters } from "./schemas/responses";

export function mailboxFiltersJson(f: MailboxFilter): z.infer<typeof mailboxFilters> {
  return {
    include_labels: f.includeLabels,
    exclude_labels: f.excludeLabels,
    allowed_senders: f.allowedSenders,
    blocked_senders: f.blockedSenders,
    excluded_categories: f.excludedCategories,
    narrowed_listing: f.narrowedListing,
  };
}
