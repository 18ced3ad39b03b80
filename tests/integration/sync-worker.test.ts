// The worker loop itself: its sweep cadence, its cap on runs in hand, and a stop that hands runs back.
import { afterEach, describe, expect, it } from "vitest";
import { startSyncWorker, type SyncWorker } from "@/lib/sync/worker";
import { createSyncHarness, type SyncHarness } from "../support/sync-harness";
import { DATABASE_KINDS } from "../support/test-database";

const FROM = "2025-01-01";
const TO = "2025-03-31";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DATABASE_KINDS)("sync worker on %s", (kind) => {
  const harnesses: SyncHarness[] = [];
  const workers: SyncWorker[] = [];
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    for (const h of harnesses.splice(0).reverse()) await h.close();
  });

  /** Businesses on one database, each with its own slow mailbox so runs last long enough to watch. */
  async function businesses(n: number): Promise<SyncHarness[]> {
    const first = await createSyncHarness(kind, {
      seed: 700,
      size: 300,
      emulator: { faults: { slowRate: 1, slowMs: 8 } },
    });
    harnesses.push(first);
    for (let i = 1; i < n; i++)
      harnesses.push(
        await createSyncHarness(kind, {
          seed: 700 + i,
          size: 300,
          db: first.db,
          emulator: { faults: { slowRate: 1, slowMs: 8 } },
        }),
      );
    return harnesses;
  }

  function worker(
    h: SyncHarness,
    options: { maxConcurrentRuns?: number; sweepIntervalSeconds?: number; workerId?: string } = {},
  ): SyncWorker {
    const w = startSyncWorker({
      runs: h.runs,
      logger: h.logger,
      sweepIntervalSeconds: options.sweepIntervalSeconds ?? 3600,
      pollIntervalMs: 50,
      ...options,
    });
    workers.push(w);
    return w;
  }

  const start = (h: SyncHarness) =>
    h.runs
      .start({
        businessId: h.business.id,
        mode: "range",
        fromDate: FROM,
        toDate: TO,
      })
      .then((r) => r.run);
  const statusOf = (h: SyncHarness, id: string) => h.runs.get(h.business.id, id);

  it("holds no more runs than its cap, and finishes them all", async () => {
    const [a, b, c] = await businesses(3);
    const runs = await Promise.all([a!, b!, c!].map(start));
    worker(a!, { maxConcurrentRuns: 2 });
    let most = 0;
    for (;;) {
      const claimed = await a!.db.prisma.receiptSyncRun.count({
        where: { status: "running", leaseToken: { not: null } },
      });
      most = Math.max(most, claimed);
      if ((await a!.db.prisma.receiptSyncRun.count({ where: { status: "running" } })) === 0) break;
      await sleep(20);
    }
    expect(most).toBe(2);
    const finals = await Promise.all(runs.map((r, i) => statusOf([a!, b!, c!][i]!, r.id)));
    expect(finals.map((r) => r.status)).toEqual(["completed", "completed", "completed"]);
  });

  it("sweeps stale runs on its interval, without any request", async () => {
    const [a] = await businesses(1);
    const run = await start(a!);
    // Silent for 10 minutes and claimed by nobody this worker knows: only the sweeper can end it.
    await a!.db.prisma
      .$executeRaw`UPDATE receipt_sync_runs SET last_heartbeat_at = now() - interval '10 minutes', lease_token = gen_random_uuid(), worker_id = 'gone' WHERE id = ${run.id}::uuid`;
    const sweptAt = Date.now();
    worker(a!, { sweepIntervalSeconds: 1 });
    for (;;) {
      if ((await statusOf(a!, run.id)).status !== "running") break;
      expect(Date.now() - sweptAt).toBeLessThan(10_000);
      await sleep(50);
    }
    expect(await statusOf(a!, run.id)).toMatchObject({ status: "failed", failure_code: "stale" });
    expect(a!.logs.some((l) => l.event === "RUN_FAIL" && l.run_id === run.id)).toBe(true);
  });

  it("stopped with hand-back, gives its run back for another worker to finish", async () => {
    const [a] = await businesses(1);
    const run = await start(a!);
    const leaving = worker(a!, { workerId: "leaving" });
    while ((await statusOf(a!, run.id)).pages_scanned < 1) await sleep(20);
    await leaving.stop({ handBack: true });
    workers.splice(workers.indexOf(leaving), 1);
    const handedBack = await a!.db.prisma.receiptSyncRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(handedBack).toMatchObject({ status: "running", leaseToken: null, workerId: null, errorMessage: null });
    worker(a!, { workerId: "staying" });
    while ((await statusOf(a!, run.id)).status === "running") await sleep(50);
    expect(await statusOf(a!, run.id)).toMatchObject({ status: "completed" });
    const saved = await a!.db.prisma.receipt.count({ where: { businessId: a!.business.id } });
    expect(saved).toBe(a!.truthInRange(FROM, TO).length);
  });
});
