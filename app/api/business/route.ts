// GET /api/business – the current business's settings (time zone, automatic sync).
// PATCH /api/business – change them; signed-in users only.
import { readJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { updateBusinessBody } from "@/lib/api/schemas/businesses";
import { withBusiness } from "@/lib/api/with-business";
import { updateBusinessTimezone } from "@/lib/auth/memberships";
import { syncSchedule, updateSyncSchedule, type SyncSchedule } from "@/lib/sync/schedule";

export const dynamic = "force-dynamic";

const settings = (business: { id: string; name: string; timezone: string }, schedule: SyncSchedule) => ({
  id: business.id,
  name: business.name,
  timezone: business.timezone,
  auto_sync: schedule.enabled,
  sync_interval_minutes: schedule.interval_minutes,
  first_import_months: schedule.first_import_months,
  next_sync_at: schedule.next_sync_at,
});

export const GET = withBusiness(async ({ prisma, business }) => {
  return json({ success: true, business: settings(business, await syncSchedule(prisma, business.id)) });
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
    return json({ success: true, business: settings(updated, schedule) });
  },
  { sessionOnly: "Business settings are changed" },
);
