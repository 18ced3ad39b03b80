// PATCH /api/vendor-rules/{id} – changes the rule (receipts already saved keep their values). DELETE – deletes it.
import { readJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { updateVendorRuleBody } from "@/lib/api/schemas/categories";
import { withBusiness } from "@/lib/api/with-business";
import { deleteVendorRule, updateVendorRule } from "@/lib/receipts/vendor-rules";

export const dynamic = "force-dynamic";

export const PATCH = withBusiness<{ id: string }>(async ({ request, params, prisma, business }) => {
  const body = await readJsonBody(request, updateVendorRuleBody);
  return json({ success: true, vendor_rule: await updateVendorRule(prisma, business.id, params.id, body) });
});

export const DELETE = withBusiness<{ id: string }>(async ({ params, prisma, business }) => {
  await deleteVendorRule(prisma, business.id, params.id);
  return json({ success: true });
});
