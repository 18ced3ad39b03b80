// GET /api/review – what waits for a person: counts and the first page of each section (receipts that
// need review, near misses, possible duplicates), or one section's next page (?section=&cursor=).
import { json } from "@/lib/api/respond";
import { singleValuedQuery } from "@/lib/api/query";
import { reviewQueueQuery } from "@/lib/api/schemas/receipts";
import { withBusiness } from "@/lib/api/with-business";
import { reviewQueue } from "@/lib/receipts/review-queue";

export const dynamic = "force-dynamic";

export const GET = withBusiness(async ({ searchParams, prisma, business }) => {
  const query = reviewQueueQuery.parse(singleValuedQuery(searchParams, ["limit", "section", "cursor"]));
  return json({ success: true, ...(await reviewQueue(prisma, business.id, query)) });
});
