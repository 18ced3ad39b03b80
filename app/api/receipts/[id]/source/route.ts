// GET /api/receipts/{id}/source – the email the receipt came from, read from Gmail now, its HTML made inert.
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { receiptSourceEmail } from "@/lib/receipts/source-email";

export const dynamic = "force-dynamic";

export const GET = withBusiness<{ id: string }>(async ({ params, prisma, business }) => {
  const email = await receiptSourceEmail(prisma, business.id, params.id);
  return json({ success: true, email });
});
