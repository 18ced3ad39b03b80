// GET /api/vendor-rules – the business's vendor rules. POST – adds one: a sender and the vendor name and/or category its receipts get.
import { readJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { createVendorRuleBody } from "@/lib/api/schemas/categories";
import { withBusiness } from "@/lib/api/with-business";
import { createVendorRule, listVendorRules } from "@/lib/receipts/vendor-rules";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ prisma, business }) => {
  return json({ success: true, vendor_rules: await listVendorRules(prisma, business.id) });
});

export const POST = withBusiness(async ({ request, prisma, business }) => {
  const body = await readJsonBody(request, createVendorRuleBody);
  return json({ success: true, vendor_rule: await createVendorRule(prisma, business.id, body) }, 201);
});
