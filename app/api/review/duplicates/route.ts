// GET /api/review/duplicates – pairs of receipts that look like one purchase, flagged for a person (?limit=).
import { json } from "@/lib/api/respond";
import { singleValuedQuery } from "@/lib/api/query";
import { duplicateListQuery } from "@/lib/api/schemas/receipts";
import { withBusiness } from "@/lib/api/with-business";
import { listDuplicates } from "@/lib/receipts/duplicates";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ searchParams, prisma, business }) => {
  const query = duplicateListQuery.parse(singleValuedQuery(searchParams, Object.keys(duplicateListQuery.shape)));
  return json({ success: true, ...(await listDuplicates(prisma, business.id, query)) });
});
