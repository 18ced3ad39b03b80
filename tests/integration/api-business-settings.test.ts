// PATCH /api/business: a signed-in user changes the business's time zone; keys and bad zones cannot.
import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as updateBusiness } from "@/app/api/business/route";
import { call, expectError, seedBusiness, type SeededBusiness, useApiDatabase } from "../support/api-harness";

describe("business settings", () => {
  const db = useApiDatabase("postgres");
  let a: SeededBusiness;
  beforeAll(async () => {
    a = await seedBusiness(db.prisma, { session: true });
  });

  it("changes the time zone for a signed-in user, in its canonical spelling", async () => {
    const response = await call(updateBusiness, "/api/business", {
      method: "PATCH",
      headers: a.session,
      body: { timezone: "america/new_york" },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ success: true, business: { id: a.id, timezone: "America/New_York" } });
    expect((await db.prisma.business.findUniqueOrThrow({ where: { id: a.id } })).timezone).toBe("America/New_York");
  });

  it("rejects offsets, unknown zones, unknown fields and API-key callers", async () => {
    expectError(
      await call(updateBusiness, "/api/business", {
        method: "PATCH",
        headers: a.session,
        body: { timezone: "+01:00" },
      }),
      400,
      { error: "timezone: '+01:00' is not an IANA time zone such as Europe/Berlin", code: "invalid_request" },
    );
    expect(
      (
        await call(updateBusiness, "/api/business", {
          method: "PATCH",
          headers: a.session,
          body: { timezone: "Mars/Olympus" },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call(updateBusiness, "/api/business", {
          method: "PATCH",
          headers: a.session,
          body: { timezone: "UTC", name: "x" },
        })
      ).status,
    ).toBe(400);
    expectError(
      await call(updateBusiness, "/api/business", { method: "PATCH", headers: a.bearer, body: { timezone: "UTC" } }),
      403,
      {
        error: "Business settings are changed in Settings by a signed-in user, not with an API key",
        code: "forbidden",
      },
    );
  });
});
