// GET /api/receipts/{id} – one receipt of the business (another business's id is a 404).
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { getReceipt } from "@/lib/receipts/query";

export const dynamic = "force-dynamic";

export const GET = withBusiness<{ id: string }>(async ({ params, prisma, business }) => {
  const receipt = await getReceipt(prisma, business.id, params.id);
  return json({ success: true, receipt });
});
