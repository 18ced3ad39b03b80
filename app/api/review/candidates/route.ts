// GET /api/review/candidates – near misses waiting for a person: messages recognition did not accept but
// scored close, with their best reading; newest mail first, keyset-paginated (?limit=&cursor=).
import { json } from "@/lib/api/respond";
import { singleValuedQuery } from "@/lib/api/query";
import { candidateListQuery } from "@/lib/api/schemas/receipts";
import { withBusiness } from "@/lib/api/with-business";
import { listCandidates } from "@/lib/receipts/candidates";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ searchParams, prisma, business }) => {
  const query = candidateListQuery.parse(singleValuedQuery(searchParams, Object.keys(candidateListQuery.shape)));
  const page = await listCandidates(prisma, business.id, { limit: query.limit, cursor: query.cursor ?? null });
  return json({ success: true, ...page });
});
