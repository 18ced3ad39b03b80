// DELETE /api/keys/{id} – revokes the business's key (another business's key is a 404; twice is a no-op).
import { ApiError } from "@/lib/api/errors";
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { revokeApiKey } from "@/lib/auth/api-keys";
import type { Caller } from "@/lib/auth/caller";

export const dynamic = "force-dynamic";

/** Keys are managed by signed-in people only: a leaked key must not be able to revoke the others. */
function requireSession(caller: Caller): void {
  if (caller.via !== "session") throw new ApiError(403, "forbidden", "API keys are managed in Settings by a signed-in user, not with an API key");
}

export const DELETE = withBusiness<{ id: string }>(async ({ params, caller, prisma, business }) => {
  requireSession(caller);
  await revokeApiKey(prisma, business.id, params.id);
  return json({ success: true, id: params.id, revoked: true });
});
