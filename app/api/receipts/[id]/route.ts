// GET /api/receipts/{id} – one receipt of the business, dismissed ones too (another business's id is a 404).
// PATCH – a person corrects vendor, amount, currency, receipt_date, kind or note; the history keeps old → new.
import { readJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { editReceiptBody } from "@/lib/api/schemas/receipts";
import { withBusiness } from "@/lib/api/with-business";
import { getReceipt } from "@/lib/receipts/query";
import { editReceipt } from "@/lib/receipts/review";

export const dynamic = "force-dynamic";

export const GET = withBusiness<{ id: string }>(async ({ params, prisma, business }) => {
  const receipt = await getReceipt(prisma, business.id, params.id);
  return json({ success: true, receipt });
});

export const PATCH = withBusiness<{ id: string }>(async ({ request, params, prisma, business, caller }) => {
  const changes = await readJsonBody(request, editReceiptBody);
  const receipt = await editReceipt(prisma, { businessId: business.id, userId: caller.userId }, params.id, changes);
  return json({ success: true, receipt });
});
