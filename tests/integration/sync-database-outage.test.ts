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
import { claimNextRun, failStaleRuns, startSyncRun } from "@/lib/sync/runs";
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
    const { run } = await startSyncRun(db.prisma, {
      businessId: h.business.id,
      mode: "range",
      fromDate: FROM,
      toDate: TO,
      staleAfterSeconds: 60,
    });
    const claimed = (await claimNextRun(db.prisma, "w1", 60, run.id))!;
    const execution = executeRun(
      { prisma: db.prisma, logger: h.logger, pageSize: 40, staleAfterSeconds: 60, ocr: false },
      claimed,
    );
    // Take the database away once the run is under way.
    while (!h.logs.some((l) => l.event === "PAGE_FETCH" && Number(l.page) >= 2))
      await new Promise((r) => setTimeout(r, 20));
    await server.outage(3_000);
    expect(await execution).toBe("completed");
    expect(h.logs.some((l) => l.event === "DATABASE_RETRY")).toBe(true);
    const outaged = await savedIds(db.prisma, h.business.id);

    const reference = await createSyncHarness("postgres", { seed: 9191, size: 400, db });
    const { run: second } = await startSyncRun(db.prisma, {
      businessId: reference.business.id,
      mode: "range",
      fromDate: FROM,
      toDate: TO,
      staleAfterSeconds: 60,
    });
    const claimedSecond = (await claimNextRun(db.prisma, "w2", 60, second.id))!;
    expect(
      await executeRun(
        { prisma: db.prisma, logger: reference.logger, pageSize: 40, staleAfterSeconds: 60, ocr: false },
        claimedSecond,
      ),
    ).toBe("completed");
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
    const { run } = await startSyncRun(h.db.prisma, {
      businessId: h.business.id,
      mode: "range",
      fromDate: "2024-01-01",
      toDate: "2026-12-31",
      staleAfterSeconds: 3,
    });
    const claimed = (await claimNextRun(h.db.prisma, "w1", 3, run.id))!;
    let sweeping = true;
    const swept: string[] = [];
    const sweeper = (async () => {
      while (sweeping) {
        for (const r of await failStaleRuns(h.db.prisma, 3)) swept.push(r.id);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    const outcome = await executeRun(
      { prisma: h.db.prisma, logger: h.logger, pageSize: 60, staleAfterSeconds: 3, ocr: false },
      claimed,
    );
    sweeping = false;
    await sweeper;
    expect(swept).toEqual([]);
    expect(outcome).toBe("completed");
    await h.close();
  }, 120_000);
});
