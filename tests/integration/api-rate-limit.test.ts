// Each API key or signed-in user has a request budget; over it the answer is 429 with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listBusinesses } from "@/app/api/businesses/route";
import { GET as listReceipts } from "@/app/api/receipts/route";
import { resetEnvForTests } from "@/lib/env";
import { call, expectError, seedBusiness, type SeededBusiness, useApiDatabase } from "../support/api-harness";

describe("API rate limit", () => {
  const db = useApiDatabase("postgres");
  let a: SeededBusiness;
  let b: SeededBusiness;
  beforeAll(async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "5";
    process.env.AUTH_FAILURES_PER_MINUTE = "4";
    resetEnvForTests();
    a = await seedBusiness(db.prisma);
    b = await seedBusiness(db.prisma);
  });
  const before = { requests: process.env.API_RATE_LIMIT_PER_MINUTE, failures: process.env.AUTH_FAILURES_PER_MINUTE };
  afterAll(() => {
    process.env.API_RATE_LIMIT_PER_MINUTE = before.requests;
    process.env.AUTH_FAILURES_PER_MINUTE = before.failures;
    resetEnvForTests();
  });

  it("answers 429 with Retry-After once a key has spent its budget, and other keys go on", async () => {
    for (let i = 0; i < 5; i++)
      expect((await call(listReceipts, "/api/receipts", { headers: a.bearer })).status).toBe(200);
    const limited = await call(listReceipts, "/api/receipts", { headers: a.bearer });
    expectError(limited, 429, { error: /^Too many requests: try again in \d+ s$/, code: "rate_limited" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await call(listReceipts, "/api/receipts", { headers: b.bearer })).status).toBe(200);
  });

  it("spends one budget per signed-in user across business routes and the routes before a business exists", async () => {
    const c = await seedBusiness(db.prisma, { session: true });
    for (let i = 0; i < 3; i++)
      expect((await call(listReceipts, "/api/receipts", { headers: c.session })).status).toBe(200);
    for (let i = 0; i < 2; i++)
      expect((await call(listBusinesses, "/api/businesses", { headers: c.session })).status).toBe(200);
    const limited = await call(listBusinesses, "/api/businesses", { headers: c.session });
    expectError(limited, 429, { error: /^Too many requests: try again in \d+ s$/, code: "rate_limited" });
    expect((await call(listReceipts, "/api/receipts", { headers: c.session })).status).toBe(429);
  });

  it("limits failed API-key authentications per client address, then refuses that address before any lookup", async () => {
    const from = (address: string, key: string) => ({ authorization: `Bearer ${key}`, "x-forwarded-for": address });
    const guess = (i: number) => `rsk_${"guess".repeat(6)}${i}`;
    for (let i = 0; i < 4; i++) {
      const wrong = await call(listReceipts, "/api/receipts", { headers: from("198.51.100.7", guess(i)) });
      expectError(wrong, 401, { error: "Invalid or revoked API key", code: "unauthorized" });
    }
    const locked = await call(listReceipts, "/api/receipts", { headers: from("198.51.100.7", guess(99)) });
    expectError(locked, 429, {
      error: /^Too many failed authentications from this address: try again in \d+ s$/,
      code: "rate_limited",
    });
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // Even a good key from that address waits; another address is unaffected.
    expect(
      (await call(listReceipts, "/api/receipts", { headers: { ...b.bearer, "x-forwarded-for": "198.51.100.7" } }))
        .status,
    ).toBe(429);
    expectError(await call(listReceipts, "/api/receipts", { headers: from("198.51.100.8", guess(5)) }), 401, {
      error: "Invalid or revoked API key",
      code: "unauthorized",
    });
  });
});
