// POST /api/review/candidates/{id}/promote – a person makes a near miss a receipt, with corrections over
// recognition's guess; once (again answers the same receipt), and no later sync imports the message again.
import { readJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { promoteCandidateBody } from "@/lib/api/schemas/receipts";
import { withBusiness } from "@/lib/api/with-business";
import { promoteCandidate } from "@/lib/receipts/candidates";

export const dynamic = "force-dynamic";

export const POST = withBusiness<{ id: string }>(async ({ request, params, prisma, business, caller }) => {
  const correction = await readJsonBody(request, promoteCandidateBody);
  const receipt = await promoteCandidate(
    prisma,
    { businessId: business.id, userId: caller.userId },
    params.id,
    correction,
  );
  return json({ success: true, receipt });
});
