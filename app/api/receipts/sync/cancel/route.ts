// POST /api/receipts/sync/cancel – ask the running run to stop (it stops within 20 messages); 404 if none runs.
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { cancelSync } from "@/lib/sync/service";

export const dynamic = "force-dynamic";

export const POST = withBusiness(async ({ prisma, business }) => {
  const run = await cancelSync(prisma, business.id);
  return json({ success: true, run }, 202);
});
