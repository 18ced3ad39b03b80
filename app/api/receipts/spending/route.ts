// GET /api/receipts/spending – spending per month and currency for the filtered set (the dashboard chart).
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { parseReceiptListParams } from "@/lib/api/schemas/receipts";
import { monthlySpending } from "@/lib/receipts/query";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ searchParams, prisma, business }) => {
  const { filters } = parseReceiptListParams(searchParams);
  const months = await monthlySpending(prisma, business.id, filters);
  return json({ success: true, months });
});
