// GET /api/keys – the business's API keys (never the keys themselves). POST – creates one; the key is in this response only.
import { z } from "zod";
import { readJsonBody } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { createApiKey, listApiKeys, type ApiKeySummary } from "@/lib/auth/api-keys";
import type { Caller } from "@/lib/auth/caller";

export const dynamic = "force-dynamic";

const createApiKeyBody = z.strictObject({
  name: z
    .string({ error: "is required" })
    .trim()
    .min(1, "must be 1 to 100 characters")
    .max(100, "must be 1 to 100 characters")
    // PostgreSQL text cannot hold NUL: the insert would fail in the database (a 500).
    .refine((name) => !name.includes("\u0000"), "must not contain NUL characters"),
});

/** Keys are managed by signed-in people only: a leaked key must not be able to mint or list others. */
function requireSession(caller: Caller): void {
  if (caller.via !== "session") throw new ApiError(403, "forbidden", "API keys are managed in Settings by a signed-in user, not with an API key");
}

const toJson = (key: ApiKeySummary) => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  created_at: key.createdAt.toISOString(),
  last_used_at: key.lastUsedAt?.toISOString() ?? null,
  revoked_at: key.revokedAt?.toISOString() ?? null,
});

export const GET = withBusiness(async ({ caller, prisma, business }) => {
  requireSession(caller);
  const keys = await listApiKeys(prisma, business.id);
  return json({ success: true, keys: keys.map(toJson) });
});

export const POST = withBusiness(async ({ request, caller, prisma, business }) => {
  requireSession(caller);
  const { name } = await readJsonBody(request, createApiKeyBody);
  const created = await createApiKey(prisma, business.id, name);
  return json({ success: true, api_key: { id: created.id, name, prefix: created.prefix, key: created.key } }, 201);
});
