// A business's mailbox filters: which labels, senders and Gmail categories its syncs read. A range sync
// sends them to Gmail as part of its search (mailboxQuery); a history sync, whose listing Gmail does
// not filter, applies the same rules to each fetched message (admits). Both read the same lists, so
// they select the same mail; tests/integration/mailbox-filters.test.ts holds them to it.
import type { gmail_v1 } from "@googleapis/gmail";
import { RECEIPT_SEARCH } from "./receipt-search";

export const MAIL_CATEGORIES = ["promotions", "social", "updates", "forums"] as const;
export type MailCategory = (typeof MAIL_CATEGORIES)[number];

export interface MailboxFilter {
  /** Read only mail with one of these labels (names as Gmail shows them); empty reads every label. */
  includeLabels: string[];
  excludeLabels: string[];
  /** Addresses or domains always read, even in an excluded category or outside the narrowed listing. */
  allowedSenders: string[];
  /** Addresses or domains never read (receipts already imported from them stay). */
  blockedSenders: string[];
  excludedCategories: MailCategory[];
  /** Add the likely-receipt clause (receipt-search.ts) to range syncs' search. */
  narrowedListing: boolean;
}

export const NO_MAILBOX_FILTER: MailboxFilter = {
  includeLabels: [],
  excludeLabels: [],
  allowedSenders: [],
  blockedSenders: [],
  excludedCategories: [],
  narrowedListing: false,
};

/** Gmail's search form of a label name: case, spaces and slashes do not matter ("Paid Bills" = paid-bills). */
export const labelSearchName = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s/_-]+/g, "-");

const CATEGORY_LABEL: Record<MailCategory, string> = {
  promotions: "CATEGORY_PROMOTIONS",
  social: "CATEGORY_SOCIAL",
  updates: "CATEGORY_UPDATES",
  forums: "CATEGORY_FORUMS",
};

/** The filter as a Gmail search clause; undefined when it reads everything. */
export function mailboxQuery(filter: MailboxFilter): string | undefined {
  const terms: string[] = [];
  if (filter.includeLabels.length) terms.push(anyOf(filter.includeLabels.map((l) => `label:${labelSearchName(l)}`)));
  for (const label of filter.excludeLabels) terms.push(`-label:${labelSearchName(label)}`);
  for (const sender of filter.blockedSenders) terms.push(`-from:${sender}`);
  // What an allowed sender is exempt from: the category exclusions and the narrowed listing.
  const exemptible = [
    ...filter.excludedCategories.map((c) => `-category:${c}`),
    ...(filter.narrowedListing ? [RECEIPT_SEARCH] : []),
  ];
  if (exemptible.length && filter.allowedSenders.length) {
    terms.push(`(${[`(${exemptible.join(" ")})`, ...filter.allowedSenders.map((s) => `from:${s}`)].join(" OR ")})`);
  } else terms.push(...exemptible);
  return terms.length ? terms.join(" ") : undefined;
}

const anyOf = (terms: string[]) => (terms.length === 1 ? terms[0]! : `{${terms.join(" ")}}`);

/** The address in a From header, lowercase ("Shop <a@b.com>" → a@b.com). */
function senderAddress(message: gmail_v1.Schema$Message): string {
  const from = message.payload?.headers?.find((h) => h.name?.toLowerCase() === "from")?.value ?? "";
  return (/<([^>]+)>/.exec(from)?.[1] ?? from).trim().toLowerCase();
}

/** An entry names an address exactly, or a domain and its subdomains (as Gmail's from: does). */
function senderMatches(address: string, entry: string): boolean {
  if (entry.includes("@")) return address === entry;
  const domain = address.slice(address.lastIndexOf("@") + 1);
  return domain === entry || domain.endsWith(`.${entry}`);
}

/**
 * Whether a fetched message passes the filter, as mailboxQuery would have Gmail decide. `labelNames`
 * maps the mailbox's label ids to names (users.labels.list); the narrowed listing is a search over
 * words and is not applied here: a history sync reads only new mail, so it has little to save.
 */
export function admits(
  filter: MailboxFilter,
  message: gmail_v1.Schema$Message,
  labelNames: Map<string, string>,
): boolean {
  const address = senderAddress(message);
  if (filter.blockedSenders.some((s) => senderMatches(address, s))) return false;
  const ids = message.labelIds ?? [];
  const labels = new Set(ids.map((id) => labelSearchName(labelNames.get(id) ?? id)));
  if (filter.includeLabels.length && !filter.includeLabels.some((l) => labels.has(labelSearchName(l)))) return false;
  if (filter.excludeLabels.some((l) => labels.has(labelSearchName(l)))) return false;
  if (filter.allowedSenders.some((s) => senderMatches(address, s))) return true;
  return !filter.excludedCategories.some((c) => ids.includes(CATEGORY_LABEL[c]));
}

/** True when the filter changes what a sync reads. */
export function filtersMail(filter: MailboxFilter): boolean {
  return mailboxQuery(filter) !== undefined;
}
