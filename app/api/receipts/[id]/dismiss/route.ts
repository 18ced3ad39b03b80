// POST /api/receipts/{id}/dismiss – "not a receipt": hidden from lists, totals and the export, never re-imported.
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { dismissReceipt } from "@/lib/receipts/review";

export const dynamic = "force-dynamic";

export const POST = withBusiness<{ id: string }>(async ({ params, prisma, business, caller }) => {
  const receipt = await dismissReceipt(prisma, { businessId: business.id, userId: caller.userId }, params.id);
  return json({ success: true, receipt });
});
