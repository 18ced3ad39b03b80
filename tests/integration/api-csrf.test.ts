// Cross-site request forgery from same-site pages: SameSite=Lax lets the session cookie ride along
// from another port of the same host or a sibling subdomain, so every state-changing route that a
// session can call refuses requests that do not come from the app's own pages. API keys are not
// ambient credentials and are not affected; reads are not affected.
import { describe, expect, it } from "vitest";
import { POST as createBusiness } from "@/app/api/businesses/route";
import { PATCH as updateBusiness } from "@/app/api/business/route";
import { POST as disconnectGmail } from "@/app/api/gmail/disconnect/route";
import { POST as createKey } from "@/app/api/keys/route";
import { POST as cancelSync } from "@/app/api/receipts/sync/cancel/route";
import { POST as startSync } from "@/app/api/receipts/sync/route";
import { GET as syncStatus } from "@/app/api/receipts/sync/status/route";
import { call, expectError, ORIGIN, seedBusiness, useApiDatabase } from "../support/api-harness";

const FOREIGN = [
  ["another port of the same host", { origin: "http://test:8080", "sec-fetch-site": "same-site" }],
  ["a sibling subdomain", { origin: "http://evil.test", "sec-fetch-site": "same-site" }],
  ["another site", { origin: "https://attacker.example", "sec-fetch-site": "cross-site" }],
  ["an old browser that sends Origin only", { origin: "http://evil.test" }],
  ["a sandboxed frame", { origin: "null" }],
] as const;

describe("same-site CSRF", () => {
  const db = useApiDatabase("embedded");

  const routes = [
    [
      "POST /api/receipts/sync",
      (h: Record<string, string>) =>
        call(startSync, "/api/receipts/sync", {
          method: "POST",
          headers: h,
          body: { from_date: "2026-01-01", to_date: "2026-01-31" },
        }),
    ],
    [
      "POST /api/receipts/sync/cancel",
      (h: Record<string, string>) => call(cancelSync, "/api/receipts/sync/cancel", { method: "POST", headers: h }),
    ],
    [
      "POST /api/gmail/disconnect",
      (h: Record<string, string>) => call(disconnectGmail, "/api/gmail/disconnect", { method: "POST", headers: h }),
    ],
    [
      "POST /api/keys",
      (h: Record<string, string>) =>
        call(createKey, "/api/keys", { method: "POST", headers: h, body: { name: "stolen" } }),
    ],
    [
      "PATCH /api/business",
      (h: Record<string, string>) =>
        call(updateBusiness, "/api/business", { method: "PATCH", headers: h, body: { timezone: "Asia/Tokyo" } }),
    ],
    [
      "POST /api/businesses",
      (h: Record<string, string>) =>
        call(createBusiness, "/api/businesses", {
          method: "POST",
          headers: h,
          body: { name: "Forged Ltd", timezone: "UTC" },
        }),
    ],
  ] as const;

  it.each(routes)("%s refuses the session from foreign pages and changes nothing", async (_route, send) => {
    const a = await seedBusiness(db.prisma, { session: true });
    for (const [, headers] of FOREIGN) {
      expectError(await send({ ...a.session, ...headers }), 403, {
        error:
          /^Refused a request from .+: changes with a signed-in session must come from this app's own pages \(scripts use an API key\)$/,
        code: "foreign_origin",
      });
    }
    expect(await db.prisma.receiptSyncRun.count({ where: { businessId: a.id } })).toBe(0);
    expect(await db.prisma.apiKey.count({ where: { businessId: a.id, name: "stolen" } })).toBe(0);
    await expect(db.prisma.business.findUnique({ where: { id: a.id } })).resolves.toMatchObject({ timezone: "UTC" });
    await expect(db.prisma.gmailConnection.findUnique({ where: { businessId: a.id } })).resolves.toMatchObject({
      status: "active",
    });
  });

  it("accepts the app's own pages: same-origin fetches, or a matching Origin", async () => {
    const a = await seedBusiness(db.prisma, { session: true });
    const own = await call(startSync, "/api/receipts/sync", {
      method: "POST",
      headers: { ...a.session, origin: ORIGIN, "sec-fetch-site": "same-origin" },
      body: {},
    });
    expect(own.status, own.text).toBe(202);
    const cancel = await call(cancelSync, "/api/receipts/sync/cancel", {
      method: "POST",
      headers: { ...a.session, origin: ORIGIN },
    });
    expect(cancel.status, cancel.text).toBe(202);
  });

  it("leaves API keys and reads alone", async () => {
    const a = await seedBusiness(db.prisma);
    const byKey = await call(startSync, "/api/receipts/sync", {
      method: "POST",
      headers: { ...a.bearer, origin: "https://attacker.example", "sec-fetch-site": "cross-site" },
      body: {},
    });
    expect(byKey.status, byKey.text).toBe(202);
    const b = await seedBusiness(db.prisma, { session: true });
    const read = await call(syncStatus, "/api/receipts/sync/status", {
      headers: { ...b.session, origin: "http://evil.test", "sec-fetch-site": "same-site" },
    });
    expect(read.status, read.text).toBe(200);
  });

  it("a form post with a body that is not JSON is refused", async () => {
    const a = await seedBusiness(db.prisma);
    const response = await startSync(
      new Request(`${ORIGIN}/api/receipts/sync`, {
        method: "POST",
        headers: { ...a.bearer, "content-type": "text/plain" },
        body: '{"from_date":"2026-01-01"}',
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(415);
    expect(await db.prisma.receiptSyncRun.count({ where: { businessId: a.id } })).toBe(0);
  });
});
