// POST /api/review/candidates/{id}/dismiss – "not a receipt": the near miss leaves the queue, and no later
// sync imports its message.
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { dismissCandidate } from "@/lib/receipts/candidates";

export const dynamic = "force-dynamic";

export const POST = withBusiness<{ id: string }>(async ({ params, prisma, business }) => {
  await dismissCandidate(prisma, { businessId: business.id }, params.id);
  return json({ success: true });
});
