// A run rides out what would otherwise lose it: PostgreSQL restarting under it (writes retried,
// still lease-guarded, the same run completes with nothing lost or doubled), and slow messages that
// outlast the stale threshold (a keep-alive heartbeat beats while they are read).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations } from "@/lib/db/migrate";
import { pgSession } from "@/lib/db/sql-session";
import { executeRun } from "@/lib/sync/engine";
import { createRunStore } from "@/lib/sync/run-store";
import { startPostgres, type PostgresServer } from "../support/postgres-server";
import { createSyncHarness } from "../support/sync-harness";
import type { TestPrisma } from "../support/test-database";

const FROM = "2025-01-01";
const TO = "2025-06-30";

async function savedIds(prisma: PrismaClient, businessId: string): Promise<string[]> {
  const rows = await prisma.receipt.findMany({ where: { businessId }, select: { gmailMessageId: true } });
  return rows.map((r) => r.gmailMessageId).sort();
}

describe("a sync run and a PostgreSQL restart", () => {
  let server: PostgresServer;
  let db: TestPrisma;
  beforeAll(async () => {
    server = await startPostgres();
    const client = new pg.Client(server.url);
    await client.connect();
    await applyMigrations(pgSession(client));
    await client.end();
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: server.url, max: 4, connectionTimeoutMillis: 2_000 }),
    });
    db = { kind: "postgres", prisma, url: server.url, close: () => prisma.$disconnect() };
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    server?.stop();
  });

  it("rides out a 3 s outage: the same run completes, and saves what a run without one saves", async () => {
    const h = await createSyncHarness("postgres", {
      seed: 9191,
      size: 400,
      db,
      emulator: { faults: { slowRate: 1, slowMs: 15 } },
    });
    const runs = createRunStore(db.prisma, { staleAfterSeconds: 60 });
    const { run } = await runs.start({
      businessId: h.business.id,
      mode: "range",
      fromDate: FROM,
      toDate: TO,
    });
    const claimed = (await runs.claim("w1", run.id))!;
    const execution = executeRun({ runs, logger: h.logger, pageSize: 40, ocr: false }, claimed);
    // Take the database away once the run is under way.
    while (!h.logs.some((l) => l.event === "PAGE_FETCH" && Number(l.page) >= 2))
      await new Promise((r) => setTimeout(r, 20));
    await server.outage(3_000);
    expect(await execution).toBe("completed");
    expect(h.logs.some((l) => l.event === "DATABASE_RETRY")).toBe(true);
    const outaged = await savedIds(db.prisma, h.business.id);

    const reference = await createSyncHarness("postgres", { seed: 9191, size: 400, db });
    const { run: second } = await runs.start({
      businessId: reference.business.id,
      mode: "range",
      fromDate: FROM,
      toDate: TO,
    });
    const claimedSecond = (await runs.claim("w2", second.id))!;
    expect(await executeRun({ runs, logger: reference.logger, pageSize: 40, ocr: false }, claimedSecond)).toBe(
      "completed",
    );
    const expected = await savedIds(db.prisma, reference.business.id);
    expect(expected.length).toBeGreaterThan(20);
    expect(outaged).toEqual(expected);
    const finished = await db.prisma.receiptSyncRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(finished.status).toBe("completed");
    await h.close();
    await reference.close();
  }, 180_000);
});

describe("a run whose messages are slower than the stale threshold", () => {
  it("keeps its heartbeat fresh, so a sweeper running all along never fails it", async () => {
    // Every Gmail request takes 1.2 s; a batch of 20 messages takes far longer than the 3 s threshold.
    const h = await createSyncHarness("embedded", {
      seed: 5150,
      size: 60,
      emulator: { faults: { slowRate: 1, slowMs: 1_200 } },
    });
    const runs = createRunStore(h.db.prisma, { staleAfterSeconds: 3 });
    const { run } = await runs.start({
      businessId: h.business.id,
      mode: "range",
      fromDate: "2024-01-01",
      toDate: "2026-12-31",
    });
    const claimed = (await runs.claim("w1", run.id))!;
    let sweeping = true;
    const swept: string[] = [];
    const sweeper = (async () => {
      while (sweeping) {
        for (const r of await runs.sweep()) swept.push(r.id);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    const outcome = await executeRun({ runs, logger: h.logger, pageSize: 60, ocr: false }, claimed);
    sweeping = false;
    await sweeper;
    expect(swept).toEqual([]);
    expect(outcome).toBe("completed");
    await h.close();
  }, 120_000);
});
