// POST /api/review/duplicates/{id}/not-duplicate – a person says the pair are separate purchases; it
// leaves the queue and no later sync flags it again.
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { markNotDuplicate } from "@/lib/receipts/duplicates";

export const dynamic = "force-dynamic";

export const POST = withBusiness<{ id: string }>(async ({ params, prisma, business }) => {
  await markNotDuplicate(prisma, business.id, params.id);
  return json({ success: true });
});
