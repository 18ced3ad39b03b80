// POST /api/receipts/{id}/confirm – a person checked the receipt: review_status becomes confirmed (once).
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { confirmReceipt } from "@/lib/receipts/review";

export const dynamic = "force-dynamic";

export const POST = withBusiness<{ id: string }>(async ({ params, prisma, business, caller }) => {
  const receipt = await confirmReceipt(prisma, { businessId: business.id, userId: caller.userId }, params.id);
  return json({ success: true, receipt });
});
