// POST /api/vendor-rules/{id}/apply – applies the rule to the receipts already saved from its sender; says how many changed.
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { applyVendorRule } from "@/lib/receipts/vendor-rules";

export const dynamic = "force-dynamic";

export const POST = withBusiness<{ id: string }>(async ({ params, prisma, business, caller }) => {
  const updated = await applyVendorRule(prisma, { businessId: business.id, userId: caller.userId }, params.id);
  return json({ success: true, updated });
});
