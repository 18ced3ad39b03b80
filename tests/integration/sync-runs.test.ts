// The run state machine (lib/sync/run-store.ts) on both databases: start/409/stale takeover, leases, cancel, sweep.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { progressOf } from "@/lib/shared/sync-run";
import {
  createRunStore,
  RunNotFound,
  SyncAlreadyRunning,
  type RunStore,
  type SyncCheckpoint,
} from "@/lib/sync/run-store";
import { createTestPrisma, DATABASE_KINDS, type TestPrisma } from "../support/test-database";

const STALE = 180;
const counters = { messagesScanned: 40, pagesScanned: 2, savedReceipts: 7, updatedReceipts: 1 };

describe.each(DATABASE_KINDS)("sync run lifecycle on %s", (kind) => {
  let db: TestPrisma;
  let runs: RunStore;
  let businessId: string;
  beforeAll(async () => {
    db = await createTestPrisma(kind);
    runs = createRunStore(db.prisma, { staleAfterSeconds: STALE });
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    // Each case starts with no run going anywhere, so claims pick this case's run.
    await db.prisma
      .$executeRaw`UPDATE receipt_sync_runs SET status = 'cancelled', finished_at = now() WHERE status = 'running'`;
    businessId = (await db.prisma.business.create({ data: { name: "Acme" } })).id;
  });

  const start = (fromDate: string | null = "2026-01-01", toDate: string | null = "2026-03-31") =>
    runs.start({ businessId, mode: "range", fromDate, toDate });
  const ageHeartbeat = (runId: string, seconds: number) =>
    db.prisma
      .$executeRaw`UPDATE receipt_sync_runs SET last_heartbeat_at = now() - make_interval(secs => ${seconds}) WHERE id = ${runId}::uuid`;

  it("starts a running run with a heartbeat from the database clock", async () => {
    const { run, replaced } = await start();
    expect(replaced).toBeNull();
    expect(run).toMatchObject({
      status: "running",
      business_id: businessId,
      from_date: "2026-01-01",
      to_date: "2026-03-31",
      messages_scanned: 0,
      is_stale: false,
    });
    expect(run.last_heartbeat_at).not.toBeNull();
    expect(run.seconds_since_heartbeat).toBeLessThanOrEqual(1);
  });

  it("answers a second start with the running run's live progress", async () => {
    const { run } = await start();
    const claimed = (await runs.claim("w1"))!;
    expect(claimed.id).toBe(run.id);
    await runs.heartbeat({
      runId: run.id,
      leaseToken: claimed.lease_token,
      counters,
      progressPercentage: 35,
    });
    expect(await runs.get(businessId, run.id)).toMatchObject({ saved_receipts: 7, updated_receipts: 1 });
    await ageHeartbeat(run.id, 12);
    const error = await start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncAlreadyRunning);
    const conflict = error as SyncAlreadyRunning;
    expect(conflict.run.id).toBe(run.id);
    expect(Object.keys(conflict.progress).sort()).toEqual(
      [
        "last_heartbeat_at",
        "messages_scanned",
        "pages_scanned",
        "progress_percentage",
        "saved_receipts",
        "seconds_since_heartbeat",
      ].sort(),
    );
    expect(conflict.progress).toMatchObject({
      messages_scanned: 40,
      pages_scanned: 2,
      saved_receipts: 7,
      progress_percentage: 35,
    });
    expect(conflict.progress.seconds_since_heartbeat).toBeGreaterThanOrEqual(12);
    expect(conflict.progress.seconds_since_heartbeat).toBeLessThanOrEqual(14);
  });

  it("fails a stale run with the stale message and starts a new one that resumes from its checkpoint", async () => {
    const { run: old } = await start();
    const claimed = (await runs.claim("w1"))!;
    const checkpoint: SyncCheckpoint = {
      next_page_token: "page-3",
      oldest_message_at: "2026-02-10T00:00:00.000Z",
      messages_scanned: 200,
      pages_scanned: 2,
      saved_receipts: 31,
      updated_receipts: 4,
    };
    await runs.heartbeat({
      runId: old.id,
      leaseToken: claimed.lease_token,
      counters,
      progressPercentage: 40,
      checkpoint,
    });
    await ageHeartbeat(old.id, 200);

    const { run, replaced } = await start();
    expect(replaced).toMatchObject({ run_id: old.id, resumed_from_checkpoint: true });
    expect(replaced!.reason).toMatch(/^Stale run auto-failed: no heartbeat for 20[01]s$/);
    expect(run).toMatchObject({
      status: "running",
      resumed_from_run_id: old.id,
      messages_scanned: 200,
      pages_scanned: 2,
      saved_receipts: 31,
      updated_receipts: 4,
    });
    const failed = await runs.get(businessId, old.id);
    expect(failed).toMatchObject({ status: "failed", error_message: replaced!.reason });
    expect(failed.finished_at).not.toBeNull();
    const next = (await runs.claim("w2"))!;
    expect(next.checkpoint).toEqual(checkpoint);
  });

  it("does not resume a stale run of another range, and judges a NULL heartbeat by started_at", async () => {
    const { run: old } = await start("2025-01-01", "2025-12-31");
    await db.prisma
      .$executeRaw`UPDATE receipt_sync_runs SET last_heartbeat_at = NULL, started_at = now() - interval '5 minutes', checkpoint = '{"next_page_token":"x","oldest_message_at":null,"messages_scanned":1,"pages_scanned":1,"saved_receipts":0}' WHERE id = ${old.id}::uuid`;
    expect((await runs.get(businessId, old.id)).is_stale).toBe(true);
    const { run, replaced } = await start("2026-01-01", "2026-03-31");
    expect(replaced).toMatchObject({ run_id: old.id, resumed_from_checkpoint: false });
    expect(replaced!.reason).toMatch(/no heartbeat for 30[01]s$/);
    expect(run).toMatchObject({ resumed_from_run_id: null, messages_scanned: 0 });
  });

  const checkpointed = async (fromDate = "2026-01-01", toDate = "2026-03-31") => {
    const { run } = await start(fromDate, toDate);
    const claimed = (await runs.claim("w1"))!;
    const checkpoint: SyncCheckpoint = {
      next_page_token: "page-5",
      oldest_message_at: "2026-02-01T00:00:00.000Z",
      messages_scanned: 400,
      pages_scanned: 4,
      saved_receipts: 52,
    };
    await runs.heartbeat({
      runId: run.id,
      leaseToken: claimed.lease_token,
      counters,
      progressPercentage: 60,
      checkpoint,
    });
    return { run, claimed, checkpoint };
  };

  it("resumes from a run the sweeper failed as stale, when the next start comes after it", async () => {
    const { run: old, checkpoint } = await checkpointed();
    await ageHeartbeat(old.id, 400);
    expect((await runs.sweep()).map((r) => r.id)).toContain(old.id);

    const { run, replaced } = await start();
    expect(replaced).toBeNull();
    expect(run).toMatchObject({
      resumed_from_run_id: old.id,
      messages_scanned: 400,
      pages_scanned: 4,
      saved_receipts: 52,
    });
    expect((await runs.claim("w2"))!.checkpoint).toEqual(checkpoint);
  });

  it("does not resume a run a person cancelled, nor a stale run that a later run of the range completed", async () => {
    const { run: cancelled, claimed } = await checkpointed();
    await runs.cancel(businessId);
    await runs.finish({
      runId: cancelled.id,
      leaseToken: claimed.lease_token,
      status: "cancelled",
      counters,
      progressPercentage: 60,
    });
    const afterCancel = await start();
    expect(afterCancel.run).toMatchObject({ resumed_from_run_id: null, messages_scanned: 0 });
    const first = (await runs.claim("w1"))!;
    await runs.finish({
      runId: first.id,
      leaseToken: first.lease_token,
      status: "completed",
      counters,
      progressPercentage: 100,
    });

    const { run: stale } = await checkpointed("2026-04-01", "2026-04-30");
    await ageHeartbeat(stale.id, 400);
    await runs.sweep();
    const again = (await start("2026-04-01", "2026-04-30")).run;
    expect(again.resumed_from_run_id).toBe(stale.id);
    const resumed = (await runs.claim("w3"))!;
    await runs.finish({
      runId: again.id,
      leaseToken: resumed.lease_token,
      status: "completed",
      counters,
      progressPercentage: 100,
    });
    expect((await start("2026-04-01", "2026-04-30")).run).toMatchObject({
      resumed_from_run_id: null,
      messages_scanned: 0,
    });
  });

  it("turns 50 concurrent starts into one run and 49 conflicts carrying its progress", async () => {
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => start()));
    const started = results.filter((r) => r.status === "fulfilled");
    const conflicts = results.filter(
      (r): r is PromiseRejectedResult => r.status === "rejected" && r.reason instanceof SyncAlreadyRunning,
    );
    expect(started).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    const runId = (started[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof start>>>).value.run.id;
    for (const c of conflicts) {
      expect((c.reason as SyncAlreadyRunning).run.id).toBe(runId);
      expect(progressOf((c.reason as SyncAlreadyRunning).run).messages_scanned).toBe(0);
    }
    const running = await db.prisma.receiptSyncRun.count({ where: { businessId, status: "running" } });
    expect(running).toBe(1);
  });

  it("fences a zombie worker: after takeover its heartbeat and final status change nothing", async () => {
    const { run: old } = await start();
    const zombie = (await runs.claim("zombie"))!;
    await ageHeartbeat(old.id, 500);
    const { run: fresh } = await start();
    const lease = { runId: old.id, leaseToken: zombie.lease_token };
    expect(await runs.heartbeat({ ...lease, counters, progressPercentage: 90 })).toBeNull();
    expect(await runs.keepAlive(lease)).toBe(false);
    expect(await runs.finish({ ...lease, status: "completed", counters, progressPercentage: 100 })).toBe(false);
    // Nothing it would write inside the lease runs: that is how it saves no receipts.
    let wrote = false;
    expect(await runs.whileLeaseHeld(lease, async () => (wrote = true))).toBeNull();
    expect(wrote).toBe(false);
    const freshClaim = (await runs.claim("fresh", fresh.id))!;
    expect(
      await runs.whileLeaseHeld({ runId: fresh.id, leaseToken: freshClaim.lease_token }, async () => "written"),
    ).toBe("written");
    // Its token means nothing on the new run either.
    expect(
      await runs.heartbeat({
        runId: fresh.id,
        leaseToken: zombie.lease_token,
        counters,
        progressPercentage: 90,
      }),
    ).toBeNull();
    expect(await runs.get(businessId, old.id)).toMatchObject({ status: "failed", messages_scanned: 0 });
    expect(await runs.get(businessId, fresh.id)).toMatchObject({
      status: "running",
      messages_scanned: 0,
    });
  });

  it("gives each run to one worker only", async () => {
    await start();
    const other = (await db.prisma.business.create({ data: { name: "Other" } })).id;
    await runs.start({
      businessId: other,
      mode: "range",
      fromDate: null,
      toDate: null,
    });
    const claims = await Promise.all(Array.from({ length: 6 }, (_, i) => runs.claim(`w${i}`)));
    const won = claims.filter((c) => c !== null);
    expect(won.length).toBeGreaterThanOrEqual(2);
    expect(new Set(won.map((c) => c!.id)).size).toBe(won.length);
    const mine = won.filter((c) => c!.business_id === businessId || c!.business_id === other);
    expect(mine).toHaveLength(2);
  });

  it("cancels an unclaimed run at once, and a claimed one through its worker", async () => {
    const { run: first } = await start();
    await db.prisma
      .$executeRaw`UPDATE receipt_sync_runs SET lease_token = NULL WHERE business_id <> ${businessId}::uuid AND status = 'running'`;
    const cancelled = await runs.cancel(businessId);
    expect(cancelled).toMatchObject({ id: first.id, status: "cancelled" });
    expect(cancelled.cancelled_at).not.toBeNull();

    const { run } = await start();
    let claimed = await runs.claim("w1");
    while (claimed && claimed.id !== run.id) claimed = await runs.claim("w1");
    const requested = await runs.cancel(businessId);
    expect(requested).toMatchObject({ id: run.id, status: "running" });
    expect(requested.cancel_requested_at).not.toBeNull();
    const lease = { runId: run.id, leaseToken: claimed!.lease_token };
    expect(await runs.heartbeat({ ...lease, counters, progressPercentage: 10 })).toEqual({
      cancelRequested: true,
    });
    expect(await runs.finish({ ...lease, status: "cancelled", counters, progressPercentage: 10 })).toBe(true);
    const final = await runs.get(businessId, run.id);
    expect(final).toMatchObject({ status: "cancelled", messages_scanned: 40 });
    expect(final.cancelled_at).not.toBeNull();
    await expect(runs.cancel(businessId)).rejects.toThrow(RunNotFound);
  });

  it("sweeps stale runs only", async () => {
    const { run: stale } = await start();
    const other = (await db.prisma.business.create({ data: { name: "Fresh" } })).id;
    const { run: fresh } = await runs.start({
      businessId: other,
      mode: "range",
      fromDate: null,
      toDate: null,
    });
    await ageHeartbeat(stale.id, 181);
    const swept = await runs.sweep();
    expect(swept.map((s) => s.id)).toContain(stale.id);
    expect(swept.map((s) => s.id)).not.toContain(fresh.id);
    expect(swept.find((s) => s.id === stale.id)!.error_message).toMatch(
      /^Stale run auto-failed: no heartbeat for 18[12]s$/,
    );
    expect((await runs.get(businessId, stale.id)).failure_code).toBe("stale");
    expect((await runs.get(other, fresh.id)).failure_code).toBeNull();
    expect((await runs.get(other, fresh.id)).status).toBe("running");
    await runs.cancel(other);
  });

  it("lets a released run be claimed again by another worker", async () => {
    const { run } = await start();
    let claimed = await runs.claim("w1");
    while (claimed && claimed.id !== run.id) claimed = await runs.claim("w1");
    expect(await runs.release({ runId: run.id, leaseToken: claimed!.lease_token })).toBe(true);
    const again = (await runs.claim("w2"))!;
    expect(again.id).toBe(run.id);
    expect(again.lease_token).not.toBe(claimed!.lease_token);
    await runs.finish({
      runId: run.id,
      leaseToken: again.lease_token,
      status: "completed",
      counters,
      progressPercentage: 100,
    });
  });

  it("reads the current run, history pages, and hides other businesses' runs", async () => {
    const { run: a } = await start();
    await runs.cancel(businessId);
    const { run: b } = await start();
    expect((await runs.current(businessId))!.id).toBe(b.id);
    const page1 = await runs.list(businessId, { limit: 1 });
    expect(page1.runs.map((r) => r.id)).toEqual([b.id]);
    const page2 = await runs.list(businessId, {
      limit: 1,
      cursor: page1.next_cursor,
    });
    expect(page2.runs.map((r) => r.id)).toEqual([a.id]);
    expect(page2.next_cursor).toBeNull();
    const stranger = (await db.prisma.business.create({ data: { name: "Stranger" } })).id;
    await expect(runs.get(stranger, a.id)).rejects.toThrow(RunNotFound);
    expect(await runs.current(stranger)).toBeNull();
    await runs.cancel(businessId);
  });
});
