// GET /api/receipts/sync/status – the business's running (or latest) run, or ?run_id= a given one, and the automatic sync's schedule.
import { json } from "@/lib/api/respond";
import { singleValuedQuery } from "@/lib/api/query";
import { syncStatusQuery } from "@/lib/api/schemas/sync";
import { withBusiness } from "@/lib/api/with-business";
import { syncSchedule } from "@/lib/sync/schedule";
import { syncStatus } from "@/lib/sync/service";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ searchParams, prisma, business }) => {
  const query = syncStatusQuery.parse(singleValuedQuery(searchParams));
  const run = await syncStatus(prisma, business.id, query.run_id);
  return json({ success: true, run, schedule: await syncSchedule(prisma, business.id) });
});
