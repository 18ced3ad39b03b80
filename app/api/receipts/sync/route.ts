// POST /api/receipts/sync – start a sync run (202), or 409 with the running run's live progress.
import { parseDateFilters } from "@/lib/api/date-params";
import { readJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { startSyncBody } from "@/lib/api/schemas/sync";
import { withBusiness } from "@/lib/api/with-business";
import { startSync } from "@/lib/sync/service";

export const dynamic = "force-dynamic";

export const POST = withBusiness(async ({ request, prisma, business, caller }) => {
  const body = await readJsonBody(request, startSyncBody);
  const { fromDate, toDate } = parseDateFilters(body);
  const startedBy = caller.via === "api_key" ? "api" : "manual";
  const { run, replaced } = await startSync(prisma, business, { fromDate, toDate }, startedBy);
  return json({ success: true, run, ...(replaced ? { replaced_stale_run: replaced } : {}) }, 202);
});
