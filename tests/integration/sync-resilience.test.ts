// Sync under hostile conditions on PostgreSQL: a worker process killed mid-run, and Gmail's quota enforced.
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { executeRun } from "@/lib/sync/engine";
import { createRunStore } from "@/lib/sync/run-store";
import { createSyncHarness, type SyncHarness } from "../support/sync-harness";

const FROM = "2025-01-01";
const TO = "2025-06-30";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("sync resilience on postgres", () => {
  let h: SyncHarness;
  afterEach(async () => {
    await h?.close();
  });

  /**
   * One run of FROM..TO with a sweeper of threshold `stale` beside it the whole time; the run's outcome
   * and the longest heartbeat silence the sweeper saw while it was running. The engine paces its
   * keep-alive by its own store's threshold, `engineStale`.
   */
  async function runBesideSweeper(stale: number, engineStale = 180) {
    const sweeper = createRunStore(h.db.prisma, { staleAfterSeconds: stale });
    const runs = createRunStore(h.db.prisma, { staleAfterSeconds: engineStale });
    const { run } = await runs.start({
      businessId: h.business.id,
      mode: "range",
      fromDate: FROM,
      toDate: TO,
    });
    const claimed = (await runs.claim("w", run.id))!;
    let finished = false;
    let longestSilence = 0;
    const watch = (async () => {
      while (!finished) {
        await sweeper.sweep();
        const r = await runs.get(h.business.id, run.id);
        if (r.status === "running") longestSilence = Math.max(longestSilence, r.seconds_since_heartbeat);
        await sleep(200);
      }
    })();
    const outcome = await executeRun({ runs, logger: h.logger }, claimed);
    finished = true;
    await watch;
    return { outcome, longestSilence };
  }

  async function expectExactlyTruth() {
    const saved = await h.db.prisma.receipt.findMany({
      where: { businessId: h.business.id },
      select: { gmailMessageId: true },
    });
    const truth = h
      .truthInRange(FROM, TO)
      .map((t) => t.messageId)
      .sort();
    expect(truth.length).toBeGreaterThan(30);
    expect(saved.map((s) => s.gmailMessageId).sort()).toEqual(truth);
  }

  it("a worker killed with SIGKILL mid-run is failed as stale, and the next run resumes to exactly the ground truth", async () => {
    h = await createSyncHarness("postgres", {
      staleAfterSeconds: 3,
      seed: 1234,
      size: 800,
      emulator: { faults: { slowRate: 1, slowMs: 120 } },
    });
    // One process (the tsx CLI would fork a child that outlives SIGKILL of the parent).
    const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: h.db.url,
        SYNC_STALE_AFTER_SECONDS: "3",
        SYNC_SWEEP_INTERVAL_SECONDS: "3600",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // The run starts once the worker is up: with a 3 s threshold a run nobody claims is soon stale.
    await new Promise<void>((resolve, reject) => {
      worker.stdout!.on("data", (d: Buffer) => d.toString().includes("WORKER_START") && resolve());
      worker.once("exit", (code) => reject(new Error(`worker exited early with ${code}`)));
    });
    const { run } = await h.runs.start({
      businessId: h.business.id,
      mode: "range",
      fromDate: FROM,
      toDate: TO,
    });
    try {
      // Past the first page's checkpoint, then kill it without warning.
      const deadline = Date.now() + 60_000;
      while ((await h.runs.get(h.business.id, run.id)).messages_scanned < 120) {
        expect(Date.now()).toBeLessThan(deadline);
        await sleep(100);
      }
    } finally {
      worker.kill("SIGKILL");
    }
    await new Promise((r) => worker.once("exit", r));
    const dead = await h.runs.get(h.business.id, run.id);
    expect(dead.status).toBe("running");
    while (!(await h.runs.get(h.business.id, run.id)).is_stale) await sleep(250);

    const { run: next, replaced } = await h.runs.start({
      businessId: h.business.id,
      mode: "range",
      fromDate: FROM,
      toDate: TO,
    });
    expect(replaced).toMatchObject({ run_id: run.id, resumed_from_checkpoint: true });
    const failed = await h.runs.get(h.business.id, run.id);
    expect(failed.status).toBe("failed");
    expect(failed.error_message).toMatch(/^Stale run auto-failed: no heartbeat for \d+s$/);
    expect(next.resumed_from_run_id).toBe(run.id);
    expect(next.pages_scanned).toBeGreaterThanOrEqual(1);

    h.emulator.setFaults({});
    const claimed = (await h.runs.claim("rescuer", next.id))!;
    expect(claimed.checkpoint!.next_page_token).toBeTruthy();
    expect(await executeRun({ runs: h.runs, logger: h.logger }, claimed)).toBe("completed");
    await expectExactlyTruth();
    const done = await h.runs.get(h.business.id, next.id);
    const inRange = h.mailbox.messages.filter((m) => {
      const ms = Number(m.internalDate);
      return ms >= Date.parse(`${FROM}T00:00:00Z`) && ms < Date.parse("2025-07-01T00:00:00Z");
    }).length;
    expect(done.messages_scanned).toBe(inRange);
  });

  it("with Gmail's quota enforced no 429 fails the run and the heartbeat never lapses", async () => {
    h = await createSyncHarness("postgres", { seed: 2468, size: 900, emulator: { quota: true } });
    const stale = 5;
    // A sweeper with a 5 s threshold runs beside it the whole time.
    const { outcome, longestSilence } = await runBesideSweeper(stale);
    expect(outcome).toBe("completed");
    expect(longestSilence).toBeLessThan(stale);
    await expectExactlyTruth();
    const requests = h.emulator.stats.count();
    const throttled = h.emulator.stats.count(undefined, 429);
    console.log(
      `quota run: ${requests} Gmail requests, ${throttled} answered 429, longest heartbeat silence ${longestSilence}s`,
    );
    expect(throttled / requests).toBeLessThan(0.02);
  });

  it("a run backing off from Gmail keeps heartbeating within a stale threshold shorter than its backoff", async () => {
    h = await createSyncHarness("postgres", { seed: 1357, size: 300, emulator: { faults: { rate429: 1 } } });
    const stale = 3;
    // Gmail throttles every request for longer than the threshold: the run waits out more than 3 s of backoff.
    const recovered = sleep(4_500).then(() => h.emulator.setFaults({}));
    const { outcome, longestSilence } = await runBesideSweeper(stale, stale);
    await recovered;
    expect(h.emulator.stats.count(undefined, 429)).toBeGreaterThan(1);
    expect(outcome).toBe("completed");
    expect(longestSilence).toBeLessThan(stale);
    await expectExactlyTruth();
  });
});
