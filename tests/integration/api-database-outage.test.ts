// While PostgreSQL is down, the API says so: 503 database_unavailable with Retry-After (not a 500
// that reads like a bug), and answers normally again once the server is back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listReceipts } from "@/app/api/receipts/route";
import { POST as startSync } from "@/app/api/receipts/sync/route";
import { closeDatabase, getDatabase, migrateDatabase } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { call, expectError, seedBusiness } from "../support/api-harness";
import { startPostgres, type PostgresServer } from "../support/postgres-server";

describe("the API during a database outage", () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
    await migrateDatabase({ databaseUrl: server.url, dataDir: "" });
    process.env.DATABASE_URL = server.url;
    resetEnvForTests();
  }, 60_000);
  afterAll(async () => {
    await closeDatabase();
    resetEnvForTests();
    server?.stop();
  });

  it("answers 503 database_unavailable with Retry-After while PostgreSQL is down, then recovers", async () => {
    const { prisma } = await getDatabase();
    const a = await seedBusiness(prisma);
    expect((await call(listReceipts, "/api/receipts", { headers: a.bearer })).status).toBe(200);

    const outage = server.outage(4_000);
    // pg_ctl stop returns once the server is down; the first requests after it meet a dead pool.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const unavailable = {
      error: "The database is unavailable for a moment. Try again shortly.",
      code: "database_unavailable",
    };
    const read = await call(listReceipts, "/api/receipts", { headers: a.bearer });
    expectError(read, 503, unavailable);
    expect(read.headers.get("retry-after")).toBe("5");
    expectError(
      await call(startSync, "/api/receipts/sync", { method: "POST", headers: a.bearer, body: {} }),
      503,
      unavailable,
    );

    await outage;
    let back = 0;
    for (let i = 0; i < 20 && back !== 200; i++) {
      back = (await call(listReceipts, "/api/receipts", { headers: a.bearer })).status;
      if (back !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(back).toBe(200);
  }, 60_000);
});
