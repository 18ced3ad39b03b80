// GET /api/receipts/sync/runs – run history, newest first, keyset-paginated (?limit=&cursor=).
import { json } from "@/lib/api/respond";
import { singleValuedQuery } from "@/lib/api/query";
import { syncRunsQuery } from "@/lib/api/schemas/sync";
import { withBusiness } from "@/lib/api/with-business";
import { syncHistory } from "@/lib/sync/service";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ searchParams, prisma, business }) => {
  const query = syncRunsQuery.parse(singleValuedQuery(searchParams));
  const page = await syncHistory(prisma, business.id, query);
  return json({ success: true, ...page });
});
