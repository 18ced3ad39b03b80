// A business's mailbox filters as stored (columns on businesses) and as people change them. What the
// filters mean, and how a sync applies them, is lib/gmail/mailbox-filter.ts.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { MAIL_CATEGORIES, type MailboxFilter, type MailCategory } from "../gmail/mailbox-filter";

export const MAILBOX_FILTER_COLUMNS = {
  mailIncludeLabels: true,
  mailExcludeLabels: true,
  mailAllowedSenders: true,
  mailBlockedSenders: true,
  mailExcludedCategories: true,
  narrowedListing: true,
} as const;

interface FilterColumns {
  mailIncludeLabels: string[];
  mailExcludeLabels: string[];
  mailAllowedSenders: string[];
  mailBlockedSenders: string[];
  mailExcludedCategories: string[];
  narrowedListing: boolean;
}

const isCategory = (c: string): c is MailCategory => (MAIL_CATEGORIES as readonly string[]).includes(c);

export function mailboxFilterOf(row: FilterColumns): MailboxFilter {
  return {
    includeLabels: row.mailIncludeLabels,
    excludeLabels: row.mailExcludeLabels,
    allowedSenders: row.mailAllowedSenders,
    blockedSenders: row.mailBlockedSenders,
    excludedCategories: row.mailExcludedCategories.filter(isCategory),
    narrowedListing: row.narrowedListing,
  };
}

export async function mailboxFilter(prisma: PrismaClient, businessId: string): Promise<MailboxFilter> {
  return mailboxFilterOf(
    await prisma.business.findUniqueOrThrow({ where: { id: businessId }, select: MAILBOX_FILTER_COLUMNS }),
  );
}

/** Changes the named parts; a run already going keeps the filter it began with. */
export async function updateMailboxFilter(
  prisma: PrismaClient,
  businessId: string,
  change: Partial<MailboxFilter>,
): Promise<MailboxFilter> {
  return mailboxFilterOf(
    await prisma.business.update({
      where: { id: businessId },
      data: {
        mailIncludeLabels: change.includeLabels,
        mailExcludeLabels: change.excludeLabels,
        mailAllowedSenders: change.allowedSenders,
        mailBlockedSenders: change.blockedSenders,
        mailExcludedCategories: change.excludedCategories,
        narrowedListing: change.narrowedListing,
      },
      select: MAILBOX_FILTER_COLUMNS,
    }),
  );
}
