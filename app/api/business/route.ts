// PATCH /api/business – change the current business's settings (its time zone); signed-in users only.
import { readJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/respond";
import { updateBusinessBody } from "@/lib/api/schemas/businesses";
import { withBusiness } from "@/lib/api/with-business";
import { updateBusinessTimezone } from "@/lib/auth/memberships";

export const dynamic = "force-dynamic";

export const PATCH = withBusiness(
  async ({ request, prisma, business }) => {
    const { timezone } = await readJsonBody(request, updateBusinessBody);
    return json({ success: true, business: await updateBusinessTimezone(prisma, business.id, timezone) });
  },
  { sessionOnly: "Business settings are changed" },
);
