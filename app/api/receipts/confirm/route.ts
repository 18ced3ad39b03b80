// POST /api/receipts/confirm – a person checked several receipts at once (the review page's "Confirm all shown").
import { readJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { confirmReceiptsBody } from "@/lib/api/schemas/receipts";
import { withBusiness } from "@/lib/api/with-business";
import { confirmReceipts } from "@/lib/receipts/review";

export const dynamic = "force-dynamic";

export const POST = withBusiness(async ({ request, prisma, business, caller }) => {
  const { ids } = await readJsonBody(request, confirmReceiptsBody);
  const confirmed = await confirmReceipts(prisma, { businessId: business.id, userId: caller.userId }, ids);
  return json({ success: true, confirmed: confirmed.length, receipt_ids: confirmed });
});
