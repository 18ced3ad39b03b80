// Automatic sync: schedules claimed in SQL. The clock is moved by setting next_sync_at into the past,
// never by sleeping; on PostgreSQL two schedulers race over two connection pools.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { runDueSchedules, type ScheduledStart } from "@/lib/sync/scheduler";
import { startSync } from "@/lib/sync/service";
import { captureLogger, type LogLine } from "../support/sync-harness";
import { createTestPrisma, DATABASE_KINDS, type TestPrisma } from "../support/test-database";

describe.each(DATABASE_KINDS)("scheduler on %s", (kind) => {
  let db: TestPrisma;
  let second: PrismaClient;
  let logs: LogLine[];
  const logger = () => captureLogger(logs);

  beforeEach(async () => {
    logs = [];
    db = await createTestPrisma(kind);
    // The embedded database admits one client: there the two schedulers share it.
    second = db.url ? new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 5 }) }) : db.prisma;
  });
  afterEach(async () => {
    if (second !== db.prisma) await second.$disconnect();
    await db.close();
  });

  async function connectedBusiness(
    name: string,
    status: "active" | "needs_reauth" | "disconnected" = "active",
    autoSync = true,
  ): Promise<string> {
    const business = await db.prisma.business.create({ data: { name, autoSync } });
    await db.prisma.gmailConnection.create({
      data: { businessId: business.id, email: `${name}@example.test`, refreshTokenEncrypted: "unused", status },
    });
    return business.id;
  }

  /** The clock moved forward: every schedule's due time lies `ago` in the past. */
  const makeDue = (ago = "1 second") =>
    db.prisma.$executeRawUnsafe(`UPDATE businesses SET next_sync_at = now() - interval '${ago}'`);
  const finishRunning = () =>
    db.prisma
      .$executeRaw`UPDATE receipt_sync_runs SET status = 'completed', finished_at = now() WHERE status = 'running'`;
  const scheduledRuns = (businessId: string) =>
    db.prisma.receiptSyncRun.count({ where: { businessId, startedBy: "schedule" } });
  const nextSyncAt = async (id: string) =>
    (await db.prisma.business.findUniqueOrThrow({ where: { id }, select: { nextSyncAt: true } })).nextSyncAt;

  it("two schedulers make exactly one scheduled run per business per due time", async () => {
    const businesses = await Promise.all(["a", "b", "c", "d"].map((n) => connectedBusiness(n)));
    for (let dueTime = 1; dueTime <= 3; dueTime++) {
      await makeDue();
      const [one, two] = await Promise.all([runDueSchedules(db.prisma, logger()), runDueSchedules(second, logger())]);
      const started = [...one, ...two].filter((s): s is Extract<ScheduledStart, { outcome: "started" }> => {
        return s.outcome === "started";
      });
      // Each business claimed by one scheduler only: no claim left over to be skipped by the other.
      expect([...one, ...two]).toHaveLength(businesses.length);
      expect(started.map((s) => s.business_id).sort()).toEqual([...businesses].sort());
      for (const id of businesses) expect(await scheduledRuns(id)).toBe(dueTime);
      // Claimed once, advanced past now: a third scheduler at the same moment finds nothing due.
      expect(await runDueSchedules(db.prisma, logger())).toEqual([]);
      await finishRunning();
    }
    const runs = await db.prisma.receiptSyncRun.findMany({ where: { businessId: businesses[0] } });
    expect(runs.map((r) => [r.startedBy, r.mode])).toEqual(Array(3).fill(["schedule", "incremental"]));
    expect(logs.filter((l) => l.event === "SCHEDULE_RUN")).toHaveLength(12);
  });

  it("a due time during a manual run is skipped, not queued, and next_sync_at still advances", async () => {
    const id = await connectedBusiness("busy");
    const business = await db.prisma.business.findUniqueOrThrow({ where: { id } });
    const manual = (await startSync(db.prisma, business, {}, "manual")).run;
    await makeDue();

    const outcome = await runDueSchedules(db.prisma, logger());
    expect(outcome).toEqual([
      expect.objectContaining({ business_id: id, outcome: "skipped", running_run_id: manual.id }),
    ]);
    expect(logs.find((l) => l.event === "SCHEDULE_SKIPPED")).toMatchObject({
      business_id: id,
      running_run_id: manual.id,
    });
    expect(await db.prisma.receiptSyncRun.count({ where: { businessId: id } })).toBe(1);
    expect((await nextSyncAt(id)).getTime()).toBeGreaterThan(Date.now());
    // Nothing waits behind the manual run: when it ends, no scheduled run follows until the next due time.
    await finishRunning();
    expect(await runDueSchedules(db.prisma, logger())).toEqual([]);
    expect(await scheduledRuns(id)).toBe(0);
  });

  it("schedules neither businesses whose Gmail needs re-auth or is disconnected, nor those with automatic sync off", async () => {
    const active = await connectedBusiness("active");
    const paused = [
      await connectedBusiness("reauth", "needs_reauth"),
      await connectedBusiness("gone", "disconnected"),
      await connectedBusiness("off", "active", false),
    ];
    await db.prisma.business.create({ data: { name: "never connected" } });
    await makeDue();
    const outcome = await runDueSchedules(db.prisma, logger());
    expect(outcome.map((s) => s.business_id)).toEqual([active]);
    for (const id of paused) expect(await scheduledRuns(id)).toBe(0);
    // Their due time stays where it was: reconnecting or turning automatic sync on makes them due at once.
    for (const id of paused) expect((await nextSyncAt(id)).getTime()).toBeLessThan(Date.now());
  });

  it("after a day with no worker, a schedule runs once and moves to its next future slot", async () => {
    const id = await connectedBusiness("late");
    await db.prisma.business.update({ where: { id }, data: { syncIntervalMinutes: 60 } });
    await makeDue("1 day 20 minutes");
    const due = await nextSyncAt(id);

    expect(await runDueSchedules(db.prisma, logger())).toHaveLength(1);
    expect(await scheduledRuns(id)).toBe(1);
    const next = await nextSyncAt(id);
    const hour = 3_600_000;
    // The slot keeps its place on the hour grid: 25 hours after the missed one, 40 minutes from now.
    expect(next.getTime() - due.getTime()).toBe(25 * hour);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(next.getTime()).toBeLessThanOrEqual(Date.now() + hour);
  });

  it("a new business is first due one interval after it is created", async () => {
    const id = await connectedBusiness("new");
    const minutes = ((await nextSyncAt(id)).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(58);
    expect(minutes).toBeLessThanOrEqual(60);
    expect(await runDueSchedules(db.prisma, logger())).toEqual([]);
  });
});
