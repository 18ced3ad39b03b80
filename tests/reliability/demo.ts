// `npm run demo` killed with SIGKILL mid-sync, process group and all, then started again on the same
// data directory: nothing of the demo may survive the kill, the embedded database must open again,
// the dead run must be failed as stale and resumed, and the ledger must end equal to the ground truth.
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "@/lib/db";
import { rangeBounds } from "@/lib/gmail/query";
import { generateMailbox } from "@/lib/gmail-emulator/mailbox";
import { call, withKey } from "./api";
import { STALE_AFTER_SECONDS, SWEEP_INTERVAL_SECONDS, TIMEZONE } from "./cluster";
import { describeLedger, judgeLedger, ledgerIsWhole } from "./ledger";
import { check } from "./report";
import {
  freePort,
  groupMembers,
  killGroup,
  logDir,
  portInUse,
  sleep,
  spawnGroup,
  waitFor,
  type Proc,
} from "./processes";

const DAY = 86_400_000;
const API_KEY = "rsk_reliability_demo_0123456789abcdef";
const MAILBOX_SIZE = 600;

async function startDemo(name: string, env: Record<string, string | undefined>): Promise<Proc> {
  // Plain node, as `npm run demo` would run tsx: the demo leads its group and its server is in it.
  const demo = spawnGroup(name, process.execPath, ["--import", "tsx", "scripts/demo.ts"], env);
  await waitFor(
    `${name} to print its banner (log ${demo.logPath})`,
    120_000,
    async () => {
      if (demo.child.exitCode !== null) throw new Error(`${name} exited with ${demo.child.exitCode}`);
      return fs.readFileSync(demo.logPath, "utf8").includes("Receipt Sync demo is running");
    },
    250,
  );
  return demo;
}

/** Receipts per Gmail message in the embedded database, read while no demo holds it. */
async function ledgerOnDisk(dataDir: string): Promise<Map<string, number>> {
  const db = await openDatabase({ databaseUrl: undefined, dataDir });
  try {
    const rows = await db.prisma.$queryRaw<
      Array<{ id: string; n: number }>
    >`SELECT gmail_message_id AS id, count(*)::int AS n FROM receipts GROUP BY 1`;
    return new Map(rows.map((r) => [r.id, r.n]));
  } finally {
    await db.close();
  }
}

const totalOf = (ledger: Map<string, number>) => [...ledger.values()].reduce((a, b) => a + b, 0);

export async function demoKilled(): Promise<void> {
  const scenario = "kill -9 of the demo's process group";
  const port = await freePort();
  // As a newcomer runs it: the embedded database, no NODE_ENV.
  const dataDir = path.join(logDir, "demo-data");
  const { DATABASE_URL: _postgres, NODE_ENV: _mode, ...inherited } = process.env;
  const env: Record<string, string | undefined> = {
    ...inherited,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    DEMO_SKIP_BUILD: "1",
    DEMO_API_KEY: API_KEY,
    DEMO_MAILBOX_SIZE: String(MAILBOX_SIZE),
    DEMO_GMAIL_LATENCY_MS: "40",
    SYNC_STALE_AFTER_SECONDS: String(STALE_AFTER_SECONDS),
    SYNC_SWEEP_INTERVAL_SECONDS: String(SWEEP_INTERVAL_SECONDS),
    LOG_LEVEL: "info",
  };
  const today = new Date();
  const to = today.toISOString().slice(0, 10);
  const from = new Date(today.getTime() - 729 * DAY).toISOString().slice(0, 10);
  // The demo's mailbox, as scripts/demo.ts generates it (same seed, same window).
  const end = new Date(Math.ceil(Date.now() / DAY) * DAY);
  const mailbox = generateMailbox({
    seed: "receipt-sync-demo",
    size: MAILBOX_SIZE,
    from: new Date(end.getTime() - 730 * DAY),
    to: end,
  });
  const { after, before } = rangeBounds(from, to, TIMEZONE);
  const received = new Map(mailbox.messages.map((m) => [m.id!, Number(m.internalDate)]));
  const inRange = (id: string) => received.get(id)! >= after * 1000 && received.get(id)! < before * 1000;
  const truth = new Set(mailbox.truth.receipts.map((r) => r.messageId).filter(inRange));
  const messages = mailbox.messages.filter((m) => inRange(m.id!)).length;

  const key = withKey(port, API_KEY);
  let demo = await startDemo("demo-1", env);
  const started = await call(key, "/api/receipts/sync", { body: { from_date: from, to_date: to } });
  if (started.status !== 202)
    throw new Error(`demo sync start answered ${started.status}: ${started.text.slice(0, 200)}`);
  const runId = started.json.run.id as string;
  await waitFor(
    "the demo's run to scan 40 % of its messages",
    120_000,
    async () => {
      const run = (await call(key, `/api/receipts/sync/status?run_id=${runId}`)).json?.run;
      if (run && run.status !== "running") throw new Error(`the run ended (${run.status}) before the kill`);
      return run?.messages_scanned >= messages * 0.4;
    },
    100,
  );

  const pgid = demo.pid;
  await killGroup(demo);
  await sleep(500);
  const survivors = groupMembers(pgid);
  const listening = await portInUse(port);
  check(
    scenario,
    "processes left after the kill",
    "none; the port is free",
    `${survivors.length} left; port ${listening ? "still answering" : "free"}`,
    survivors.length === 0 && !listening,
  );

  const afterKill = await ledgerOnDisk(dataDir);
  demo = await startDemo("demo-2", env);
  const totals = (await call(key, "/api/receipts?limit=1")).json?.totals as Array<{ count: number }> | undefined;
  const counted = (totals ?? []).reduce((n, t) => n + t.count, 0);
  check(
    scenario,
    "receipts after the restart",
    `the ${totalOf(afterKill)} on disk at the kill`,
    counted,
    totals !== undefined && counted === totalOf(afterKill) && counted > 0,
  );

  // No POST: the restarted demo's sweeper fails the dead run.
  const failed = await waitFor(
    "the dead run to be failed as stale",
    (STALE_AFTER_SECONDS + 4 * SWEEP_INTERVAL_SECONDS + 30) * 1000,
    async () => {
      const run = (await call(key, `/api/receipts/sync/status?run_id=${runId}`)).json?.run;
      return run && run.status !== "running" ? run : undefined;
    },
    250,
  );
  check(
    scenario,
    "the dead run",
    "failed as stale",
    `${failed.status}: ${String(failed.error_message ?? "").slice(0, 60)}`,
    failed.status === "failed" && failed.failure_code === "stale",
  );

  const resumed = await call(key, "/api/receipts/sync", { body: { from_date: from, to_date: to } });
  const nextId = resumed.json?.run?.id as string;
  const final = await waitFor(
    "the resumed run to finish",
    180_000,
    async () => {
      const run = (await call(key, `/api/receipts/sync/status?run_id=${nextId}`)).json?.run;
      return run && run.status !== "running" ? run : undefined;
    },
    250,
  );
  check(
    scenario,
    "the next start",
    "resumes from the checkpoint and completes",
    `${resumed.json?.run?.resumed_from_run_id === runId ? "resumed" : "not resumed"}, ${final.status}`,
    resumed.json?.run?.resumed_from_run_id === runId && final.status === "completed",
  );

  await killGroup(demo, "SIGTERM");
  const ledger = await judgeLedger(mailbox, truth, await ledgerOnDisk(dataDir));
  check(
    scenario,
    "receipts against the ground truth",
    "0 lost, 0 duplicated",
    describeLedger(ledger),
    ledgerIsWhole(ledger),
  );
}
