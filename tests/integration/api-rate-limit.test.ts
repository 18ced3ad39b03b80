// Each API key or signed-in user has a request budget; over it the answer is 429 with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listReceipts } from "@/app/api/receipts/route";
import { resetEnvForTests } from "@/lib/env";
import { call, expectError, seedBusiness, type SeededBusiness, useApiDatabase } from "../support/api-harness";

describe("API rate limit", () => {
  const db = useApiDatabase("postgres");
  let a: SeededBusiness;
  let b: SeededBusiness;
  beforeAll(async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "5";
    resetEnvForTests();
    a = await seedBusiness(db.prisma);
    b = await seedBusiness(db.prisma);
  });
  const before = process.env.API_RATE_LIMIT_PER_MINUTE;
  afterAll(() => {
    process.env.API_RATE_LIMIT_PER_MINUTE = before;
    resetEnvForTests();
  });

  it("answers 429 with Retry-After once a key has spent its budget, and other keys go on", async () => {
    for (let i = 0; i < 5; i++) expect((await call(listReceipts, "/api/receipts", { headers: a.bearer })).status).toBe(200);
    const limited = await call(listReceipts, "/api/receipts", { headers: a.bearer });
    expectError(limited, 429, { error: /^Too many requests: try again in \d+ s$/, code: "rate_limited" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await call(listReceipts, "/api/receipts", { headers: b.bearer })).status).toBe(200);
  });
});
