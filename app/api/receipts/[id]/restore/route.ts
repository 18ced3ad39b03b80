// POST /api/receipts/{id}/restore – undo a dismissal: the receipt is listed and counted again.
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { restoreReceipt } from "@/lib/receipts/review";

export const dynamic = "force-dynamic";

export const POST = withBusiness<{ id: string }>(async ({ params, prisma, business, caller }) => {
  const receipt = await restoreReceipt(prisma, { businessId: business.id, userId: caller.userId }, params.id);
  return json({ success: true, receipt });
});
