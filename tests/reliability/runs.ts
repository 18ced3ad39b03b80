// Scenarios about runs: concurrent starts, a worker killed mid-run, PostgreSQL going away, Gmail
// failing. Each works on its own date range, so each compares its own receipts with the ground truth.
import { startSync, call } from "./api";
import { GMAIL_LATENCY, STALE_AFTER_SECONDS, SWEEP_INTERVAL_SECONDS, type Cluster } from "./cluster";
import {
  compareWithTruth,
  describeLedger,
  ledgerIsWhole,
  pidOfWorkerId,
  runById,
  runCount,
  runFinished,
  runningRuns,
  type RunRow,
} from "./ledger";
import { check } from "./report";
import { killGroup, waitFor } from "./processes";

export interface Range {
  from: string;
  to: string;
}

const PAGE_SIZE = 100;
/** How long the sweeper may take to fail a silent run: the threshold, a sweep, and slack for a busy machine. */
const SWEEP_DEADLINE_MS = (STALE_AFTER_SECONDS + 2 * SWEEP_INTERVAL_SECONDS + 20) * 1000;
const RUN_DEADLINE_MS = 240_000;

const isStaleFailure = (run: RunRow) => run.status === "failed" && run.failure_code === "stale";

async function startRun(cluster: Cluster, range: Range, web = 0): Promise<{ id: string; resumedFrom: string | null }> {
  const res = await startSync(cluster.key[web as 0 | 1], range.from, range.to);
  if (res.status !== 202)
    throw new Error(`start ${range.from}..${range.to} answered ${res.status}: ${res.text.slice(0, 200)}`);
  return { id: res.json.run.id, resumedFrom: res.json.run.resumed_from_run_id ?? null };
}

/** Waits until the run has scanned at least `messages` (or has ended); returns its row. */
function progressed(cluster: Cluster, id: string, messages: number): Promise<RunRow> {
  return waitFor(
    `run ${id} to scan ${messages} messages`,
    RUN_DEADLINE_MS,
    async () => {
      const run = await runById(cluster.sql, id);
      return run.status !== "running" || (run.messages_scanned >= messages && run.worker_id) ? run : undefined;
    },
    100,
  );
}

async function expectWholeLedger(cluster: Cluster, scenario: string, range: Range): Promise<void> {
  const ledger = await compareWithTruth(cluster, range.from, range.to);
  check(
    scenario,
    "receipts against the ground truth",
    "0 lost, 0 duplicated",
    describeLedger(ledger),
    ledgerIsWhole(ledger),
  );
}

/** 200 starts at once, spread over both web processes: one run, 199 × 409 with its progress. */
export async function concurrentStarts(cluster: Cluster, range: Range): Promise<void> {
  const scenario = "200 concurrent starts";
  const before = await runCount(cluster.sql, cluster.businessId);
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, i) => startSync(cluster.key[(i % 2) as 0 | 1], range.from, range.to)),
  );
  const accepted = answers.filter((a) => a.status === 202);
  const conflicts = answers.filter((a) => a.status === 409);
  const withProgress = conflicts.filter(
    (a) =>
      a.json?.code === "sync_in_progress" &&
      typeof a.json?.progress === "object" &&
      a.json?.run_id === accepted[0]?.json?.run?.id,
  );
  check(
    scenario,
    "answers",
    "1 × 202, 199 × 409 with the run's progress",
    `${accepted.length} × 202, ${conflicts.length} × 409 (${withProgress.length} with progress), ${200 - accepted.length - conflicts.length} other`,
    accepted.length === 1 && withProgress.length === 199,
  );
  const created = (await runCount(cluster.sql, cluster.businessId)) - before;
  const running = await runningRuns(cluster.sql, cluster.businessId);
  check(
    scenario,
    "runs in the database",
    "1 created, 1 running",
    `${created} created, ${running.length} running`,
    created === 1 && running.length === 1,
  );

  // A person's cancel is final: the next start of the same range begins afresh, not from its checkpoint.
  const id = accepted[0]?.json?.run?.id as string;
  await progressed(cluster, id, 20);
  const cancel = await call(cluster.session[1], "/api/receipts/sync/cancel", { method: "POST" });
  const cancelled = await runFinished(cluster.sql, id, 60_000);
  const again = await startRun(cluster, range);
  check(
    scenario,
    "a cancelled run, then a start of the same range",
    "cancelled; the new run does not resume it",
    `${cancel.status} → ${cancelled.status}; resumed_from ${again.resumedFrom ?? "none"}`,
    cancelled.status === "cancelled" && again.resumedFrom === null,
  );
  await runFinished(cluster.sql, again.id, RUN_DEADLINE_MS);
  await expectWholeLedger(cluster, scenario, range);
}

/** The owning worker is killed with SIGKILL at random points; the sweeper fails the run, the next start resumes. */
export async function killedWorkers(
  cluster: Cluster,
  range: Range,
  kills: number,
  random: () => number,
): Promise<void> {
  const scenario = `kill -9 of the owning worker × ${kills}`;
  const total = cluster.messagesIn(range.from, range.to);
  const points = Array.from({ length: kills }, () => 0.1 + 0.8 * random())
    .sort((a, b) => a - b)
    .map((f) => Math.round(f * total));
  cluster.emulator.stats.reset();
  let run = await startRun(cluster, range);
  let done = 0;
  let swept = 0;
  let resumed = 0;
  const staleAfter: number[] = [];
  for (const point of points) {
    const row = await progressed(cluster, run.id, point);
    if (row.status !== "running") break;
    const pid = pidOfWorkerId(row.worker_id);
    const index = cluster.workers.findIndex((w) => w.pid === pid);
    if (index < 0) throw new Error(`run ${run.id} is owned by ${row.worker_id}, which is none of the suite's workers`);
    await killGroup(cluster.workers[index]!);
    const killedAt = Date.now();
    await cluster.restartWorker(index);
    // No POST: the sweeper alone must notice the silence.
    const failed = await runFinished(cluster.sql, run.id, SWEEP_DEADLINE_MS);
    if (isStaleFailure(failed)) swept++;
    staleAfter.push(Math.round((Date.now() - killedAt) / 1000));
    const next = await startRun(cluster, range, ++done % 2);
    if (next.resumedFrom === run.id) resumed++;
    run = next;
  }
  const final = await runFinished(cluster.sql, run.id, RUN_DEADLINE_MS);
  check(
    scenario,
    "killed runs failed as stale by the sweeper, no request",
    `${kills} of ${kills}`,
    `${swept} of ${done} (after ${staleAfter.join(", ")} s)`,
    swept === kills && done === kills,
  );
  check(
    scenario,
    "next start resumes from the checkpoint",
    `${kills} of ${kills}`,
    `${resumed} of ${done}`,
    resumed === kills,
  );
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const listed = cluster.emulator.stats.count("messages.list", 200);
  check(
    scenario,
    "pages re-read",
    `≤ 1 per kill (≤ ${kills})`,
    `${listed - pages} (${listed} list calls for ${pages} pages)`,
    listed - pages <= kills,
  );
  check(scenario, "final run", "completed", final.status, final.status === "completed");
  await expectWholeLedger(cluster, scenario, range);
}

/** PostgreSQL stopped mid-run: a short outage is ridden out by the same run, a long one ends in a resumed run. */
export async function databaseOutage(cluster: Cluster, range: Range, seconds: number): Promise<void> {
  const scenario = `PostgreSQL down ${seconds} s mid-run`;
  const total = cluster.messagesIn(range.from, range.to);
  const run = await startRun(cluster, range);
  const row = await progressed(cluster, run.id, Math.round(total * 0.3));
  if (row.status !== "running") throw new Error(`run ${run.id} ended (${row.status}) before the outage`);
  const runsBefore = await runCount(cluster.sql, cluster.businessId);
  await cluster.pg.outage(seconds * 1000);
  const healthy = await waitFor(
    "both web processes to answer again",
    60_000,
    async () => {
      const answers = await Promise.all(cluster.key.map((k) => call(k, "/api/receipts/sync/status").catch(() => null)));
      return answers.every((a) => a?.status === 200);
    },
    500,
  ).then(
    () => true,
    () => false,
  );
  check(scenario, "web processes after the outage", "200 on both", healthy ? "200 on both" : "not answering", healthy);
  if (seconds < STALE_AFTER_SECONDS) {
    const final = await runFinished(cluster.sql, run.id, RUN_DEADLINE_MS);
    const created = (await runCount(cluster.sql, cluster.businessId)) - runsBefore;
    check(
      scenario,
      "the same run rides it out",
      "completed, no new run",
      `${final.status}${final.error_message ? ` (${final.error_message.slice(0, 80)})` : ""}, ${created} new run(s)`,
      final.status === "completed" && created === 0,
    );
  } else {
    const failed = await runFinished(cluster.sql, run.id, SWEEP_DEADLINE_MS + seconds * 1000);
    check(
      scenario,
      "the run ends as stale",
      "failed as stale",
      `${failed.status}: ${(failed.error_message ?? "").slice(0, 70)}`,
      isStaleFailure(failed),
    );
    const next = await startRun(cluster, range, 1);
    const final = await runFinished(cluster.sql, next.id, RUN_DEADLINE_MS);
    check(
      scenario,
      "the next start resumes and completes",
      "resumed, completed",
      `${next.resumedFrom === run.id ? "resumed" : "not resumed"}, ${final.status}`,
      next.resumedFrom === run.id && final.status === "completed",
    );
  }
  await expectWholeLedger(cluster, scenario, range);
}

/** One request in five fails (429, 500, 503, dropped connection, expired token) for a whole run. */
export async function gmailFaults(cluster: Cluster, range: Range): Promise<void> {
  const scenario = "Gmail faults at 20 %";
  cluster.emulator.stats.reset();
  cluster.emulator.setFaults({
    ...GMAIL_LATENCY,
    rate429: 0.04,
    rate500: 0.04,
    rate503: 0.04,
    dropRate: 0.04,
    expireTokenRate: 0.04,
  });
  try {
    const run = await startRun(cluster, range);
    const final = await runFinished(cluster.sql, run.id, RUN_DEADLINE_MS);
    const all = cluster.emulator.stats.count();
    const failedCalls = all - cluster.emulator.stats.count(undefined, 200);
    check(
      scenario,
      "run",
      "completed",
      `${final.status}; ${failedCalls} of ${all} Gmail calls failed (${Math.round((100 * failedCalls) / Math.max(1, all))} %)`,
      final.status === "completed" && failedCalls > 0,
    );
  } finally {
    cluster.emulator.setFaults(GMAIL_LATENCY);
  }
  await expectWholeLedger(cluster, scenario, range);
}
