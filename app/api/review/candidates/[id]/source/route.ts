// GET /api/review/candidates/{id}/source – the near miss's email, read from Gmail now, its HTML made inert.
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { candidateSourceEmail } from "@/lib/receipts/source-email";

export const dynamic = "force-dynamic";

export const GET = withBusiness<{ id: string }>(async ({ params, prisma, business }) => {
  const email = await candidateSourceEmail(prisma, business.id, params.id);
  return json({ success: true, email });
});
