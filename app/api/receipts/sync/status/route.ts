// GET /api/receipts/sync/status – the business's running (or latest) run, or ?run_id= a given one, the automatic sync's schedule, and
// whether Gmail still accepts the connection (needs_reauth pauses every sync until someone reconnects).
import { json } from "@/lib/api/respond";
import { singleValuedQuery } from "@/lib/api/query";
import { syncStatusQuery } from "@/lib/api/schemas/sync";
import { withBusiness } from "@/lib/api/with-business";
import { gmailConnectionOf } from "@/lib/gmail/connection-store";
import { syncSchedule } from "@/lib/sync/schedule";
import { syncStatus } from "@/lib/sync/service";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ searchParams, prisma, business }) => {
  const query = syncStatusQuery.parse(singleValuedQuery(searchParams));
  const run = await syncStatus(prisma, business.id, query.run_id);
  const [schedule, connection] = await Promise.all([
    syncSchedule(prisma, business.id),
    gmailConnectionOf(prisma, business.id),
  ]);
  return json({
    success: true,
    run,
    schedule,
    gmail: {
      status: connection?.status ?? "not_connected",
      // A person reconnects in a browser: this route sends them to Google's consent screen.
      reconnect_url: connection?.status === "needs_reauth" ? "/api/gmail/connect" : null,
    },
  });
});
