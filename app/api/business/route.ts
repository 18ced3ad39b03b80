// GET /api/business – the current business's settings (time zone, automatic sync).
// PATCH /api/business – change them; signed-in users only.
import { readJsonBody } from "@/lib/api/body";
import { mailboxFiltersJson } from "@/lib/api/mailbox-filters-json";
import { json } from "@/lib/api/respond";
import { updateBusinessBody } from "@/lib/api/schemas/businesses";
import { withBusiness } from "@/lib/api/with-business";
import { updateBusinessTimezone } from "@/lib/auth/memberships";
import type { MailboxFilter } from "@/lib/gmail/mailbox-filter";
import { mailboxFilter, updateMailboxFilter } from "@/lib/sync/mailbox-filters";
import { syncSchedule, updateSyncSchedule, type SyncSchedule } from "@/lib/sync/schedule";

export const dynamic = "force-dynamic";

const settings = (
  business: { id: string; name: string; timezone: string },
  schedule: SyncSchedule,
  mailbox: MailboxFilter,
) => ({
  id: business.id,
  name: business.name,
  timezone: business.timezone,
  auto_sync: schedule.enabled,
  sync_interval_minutes: schedule.interval_minutes,
  first_import_months: schedule.first_import_months,
  next_sync_at: schedule.next_sync_at,
  mailbox_filters: mailboxFiltersJson(mailbox),
});

export const GET = withBusiness(async ({ prisma, business }) => {
  const [schedule, mailbox] = await Promise.all([
    syncSchedule(prisma, business.id),
    mailboxFilter(prisma, business.id),
  ]);
  return json({ success: true, business: settings(business, schedule, mailbox) });
});

export const PATCH = withBusiness(
  async ({ request, prisma, business }) => {
    const body = await readJsonBody(request, updateBusinessBody);
    const updated = body.timezone ? await updateBusinessTimezone(prisma, business.id, body.timezone) : business;
    const schedule = await updateSyncSchedule(prisma, business.id, {
      autoSync: body.auto_sync,
      intervalMinutes: body.sync_interval_minutes,
      firstImportMonths: body.first_import_months,
    });
    const asked = body.mailbox_filters;
    // A sender on both lists (one stored earlier) is blocked: blocking is the safer reading.
    const mailbox = asked
      ? await updateMailboxFilter(prisma, business.id, {
          includeLabels: asked.include_labels,
          excludeLabels: asked.exclude_labels,
          allowedSenders: asked.allowed_senders,
          blockedSenders: asked.blocked_senders,
          excludedCategories: asked.excluded_categories,
          narrowedListing: asked.narrowed_listing,
        })
      : await mailboxFilter(prisma, business.id);
    return json({ success: true, business: settings(updated, schedule, mailbox) });
  },
  { sessionOnly: "Business settings are changed" },
);
