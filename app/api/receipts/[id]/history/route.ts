// GET /api/receipts/{id}/history – every change people made to the receipt, oldest first, with who made it.
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { receiptHistory } from "@/lib/receipts/review";

export const dynamic = "force-dynamic";

export const GET = withBusiness<{ id: string }>(async ({ params, prisma, business }) => {
  const changes = await receiptHistory(prisma, business.id, params.id);
  return json({ success: true, changes });
});
