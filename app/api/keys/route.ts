// GET /api/keys – the business's API keys (never the keys themselves). POST – creates one; the key is in this response only.
import { readJsonBody } from "@/lib/api/body";
import { createApiKeyBody } from "@/lib/api/schemas/api-keys";
import { json } from "@/lib/api/respond";
import { withBusiness } from "@/lib/api/with-business";
import { createApiKey, listApiKeys, type ApiKeySummary } from "@/lib/auth/api-keys";

export const dynamic = "force-dynamic";

const SESSION_ONLY = { sessionOnly: "API keys are managed" };

const toJson = (key: ApiKeySummary) => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  created_at: key.createdAt.toISOString(),
  last_used_at: key.lastUsedAt?.toISOString() ?? null,
  revoked_at: key.revokedAt?.toISOString() ?? null,
});

export const GET = withBusiness(async ({ prisma, business }) => {
  const keys = await listApiKeys(prisma, business.id);
  return json({ success: true, keys: keys.map(toJson) });
}, SESSION_ONLY);

export const POST = withBusiness(async ({ request, prisma, business }) => {
  const { name } = await readJsonBody(request, createApiKeyBody);
  const created = await createApiKey(prisma, business.id, name);
  return json({ success: true, api_key: { id: created.id, name, prefix: created.prefix, key: created.key } }, 201);
}, SESSION_ONLY);
