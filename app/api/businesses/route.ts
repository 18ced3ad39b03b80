// GET /api/businesses – the signed-in user's businesses. POST – creates one with the user as owner.
import { readJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { createBusinessBody } from "@/lib/api/schemas/businesses";
import { withUser } from "@/lib/api/with-user";
import { businessesOf, createBusinessWithOwner } from "@/lib/auth/memberships";

export const dynamic = "force-dynamic";

export const GET = withUser(async ({ prisma, user }) => {
  const businesses = await businessesOf(prisma, user.id);
  return json({ success: true, businesses });
});

export const POST = withUser(async ({ request, prisma, user }) => {
  const body = await readJsonBody(request, createBusinessBody);
  const business = await createBusinessWithOwner(prisma, { ...body, userId: user.id });
  return json({ success: true, business }, 201);
});
