// DELETE /api/keys/{id} – revokes the business's key (another business's key is a 404; twice is a no-op).
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { revokeApiKey } from "@/lib/auth/api-keys";

export const dynamic = "force-dynamic";

export const DELETE = withBusiness<{ id: string }>(
  async ({ params, prisma, business }) => {
    await revokeApiKey(prisma, business.id, params.id);
    return json({ success: true, id: params.id, revoked: true });
  },
  { sessionOnly: "API keys are managed" },
);
