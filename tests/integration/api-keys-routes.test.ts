// /api/keys: signed-in users create (shown once), list and revoke keys; an API key cannot manage keys.
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as revokeKey } from "@/app/api/keys/[id]/route";
import { GET as listKeys, POST as createKey } from "@/app/api/keys/route";
import { GET as listReceipts } from "@/app/api/receipts/route";
import { call, expectError, seedBusiness, type SeededBusiness, useApiDatabase } from "../support/api-harness";
import { DATABASE_KINDS } from "../support/test-database";

describe.each(DATABASE_KINDS)("API key routes on %s", (kind) => {
  const db = useApiDatabase(kind);
  let a: SeededBusiness;
  let b: SeededBusiness;
  beforeAll(async () => {
    a = await seedBusiness(db.prisma, { name: "A", session: true });
    b = await seedBusiness(db.prisma, { name: "B", session: true });
  });

  it("creates a key shown once, lists it without the key, and a revoked key stops working", async () => {
    const created = await call(createKey, "/api/keys", {
      method: "POST",
      headers: a.session,
      body: { name: "Bookkeeping script" },
    });
    expect(created.status).toBe(201);
    const { api_key } = created.body as { api_key: { id: string; key: string; prefix: string; name: string } };
    expect(api_key.key.startsWith(api_key.prefix)).toBe(true);
    const bearer = { authorization: `Bearer ${api_key.key}` };
    expect((await call(listReceipts, "/api/receipts", { headers: bearer })).status).toBe(200);

    const listed = await call(listKeys, "/api/keys", { headers: a.session });
    expect(listed.status).toBe(200);
    expect(listed.text).not.toContain(api_key.key);
    const keys = (listed.body as { keys: Array<{ id: string; name: string; revoked_at: string | null }> }).keys;
    expect(keys.find((k) => k.id === api_key.id)).toMatchObject({ name: "Bookkeeping script", revoked_at: null });

    expectError(
      await call(revokeKey, `/api/keys/${api_key.id}`, {
        method: "DELETE",
        headers: b.session,
        params: { id: api_key.id },
      }),
      404,
      { error: "API key not found", code: "not_found" },
    );
    expect(
      (
        await call(revokeKey, `/api/keys/${api_key.id}`, {
          method: "DELETE",
          headers: a.session,
          params: { id: api_key.id },
        })
      ).status,
    ).toBe(200);
    expect((await call(listReceipts, "/api/receipts", { headers: bearer })).status).toBe(401);
  });

  it("refuses to manage keys with an API key, and validates the name", async () => {
    const forbidden = {
      error: "API keys are managed in Settings by a signed-in user, not with an API key",
      code: "forbidden",
    };
    expectError(await call(listKeys, "/api/keys", { headers: a.bearer }), 403, forbidden);
    expectError(
      await call(createKey, "/api/keys", { method: "POST", headers: a.bearer, body: { name: "x" } }),
      403,
      forbidden,
    );
    expectError(
      await call(revokeKey, `/api/keys/${a.keyId}`, { method: "DELETE", headers: a.bearer, params: { id: a.keyId } }),
      403,
      forbidden,
    );
    expect(
      (await call(createKey, "/api/keys", { method: "POST", headers: a.session, body: { name: "  " } })).status,
    ).toBe(400);
    expect(
      (await call(createKey, "/api/keys", { method: "POST", headers: a.session, body: { name: "ok", admin: true } }))
        .status,
    ).toBe(400);
  });
});
