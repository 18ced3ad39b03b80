// The system under test: one throw-away PostgreSQL (migrated), the Gmail emulator in this process
// with a generated mailbox, the demo business (user, password, API key), two web processes and two
// standalone workers, each in its own process group.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateDatabase, openDatabase } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed";
import { rangeBounds } from "@/lib/gmail/query";
import { generateMailbox, type GeneratedMailbox } from "@/lib/gmail-emulator/mailbox";
import {
  DEFAULT_REFRESH_TOKEN,
  startGmailEmulator,
  type FaultRates,
  type GmailEmulator,
} from "@/lib/gmail-emulator/server";
import { startPostgres, type PostgresServer } from "../support/postgres-server";
import { signIn, withKey, withSession, type Caller } from "./api";
import { freePort, killGroup, logDir, onCleanup, spawnGroup, waitFor, type Proc } from "./processes";

/**
 * How a web process starts; "$PORT" is replaced. scripts/start.ts is the custom server (TRUST_PROXY,
 * X-Forwarded-For normalised); without it: ["node_modules/.bin/next", "start", "-p", "$PORT", "-H", "127.0.0.1"].
 */
export const WEB_COMMAND = [process.execPath, "--import", "tsx", "scripts/start.ts"];

export const STALE_AFTER_SECONDS = 15;
export const SWEEP_INTERVAL_SECONDS = 2;
/** Added to every Gmail call, so a run lasts long enough to be killed in the middle. */
export const GMAIL_LATENCY: FaultRates = { slowRate: 1, slowMs: 40 };
export const TIMEZONE = "Europe/Berlin";
export const EMAIL = "reliability@receipt-sync.local";
export const PASSWORD = "reliability-password";
export const API_KEY = "rsk_reliability_0123456789abcdef0123";

const SECRETS = { TOKEN_ENCRYPTION_KEY: "7a".repeat(32), BETTER_AUTH_SECRET: "reliability-secret-".repeat(3) };

export interface Cluster {
  pg: PostgresServer;
  /** For direct reads of receipt_sync_runs and receipts. */
  sql: pg.Pool;
  emulator: GmailEmulator;
  mailbox: GeneratedMailbox;
  businessId: string;
  webPorts: [number, number];
  web: Proc[];
  workers: Proc[];
  /** API key callers on each web process, and session callers. */
  key: [Caller, Caller];
  session: [Caller, Caller];
  cookie: string;
  childEnv: NodeJS.ProcessEnv;
  /** Replaces a worker (index 0 or 1) with a fresh process. */
  restartWorker(index: number): Promise<Proc>;
  /** Message ids of ground-truth receipts Gmail files inside the range (business timezone). */
  truthIds(from: string, to: string): string[];
  /** Messages the range's Gmail query matches. */
  messagesIn(from: string, to: string): number;
}

/** Settings the suite's own process needs before anything reads env() (seeding encrypts the token). */
export function configureSuiteEnv(): void {
  Object.assign(process.env, SECRETS, { LOG_LEVEL: "silent", DATA_DIR: path.join(logDir, "suite-data") });
}

async function startWeb(name: string, port: number, env: NodeJS.ProcessEnv): Promise<Proc> {
  const [command, ...args] = WEB_COMMAND.map((a) => a.replace("$PORT", String(port)));
  const proc = spawnGroup(name, command!, args, { ...env, PORT: String(port), HOST: "127.0.0.1" });
  await waitFor(
    `${name} to answer /api/health (log ${proc.logPath})`,
    90_000,
    async () => {
      if (proc.child.exitCode !== null) throw new Error(`${name} exited with ${proc.child.exitCode}`);
      const res = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
      return res?.status === 200;
    },
    250,
  );
  return proc;
}

export async function startWorker(name: string, env: NodeJS.ProcessEnv): Promise<Proc> {
  // Plain node (not the tsx CLI, which forks): the worker's pid is the one in receipt_sync_runs.worker_id.
  const proc = spawnGroup(name, process.execPath, ["--import", "tsx", "scripts/worker.ts"], env);
  await waitFor(
    `${name} to log WORKER_START (log ${proc.logPath})`,
    60_000,
    async () => {
      if (proc.child.exitCode !== null) throw new Error(`${name} exited with ${proc.child.exitCode}`);
      return fs.readFileSync(proc.logPath, "utf8").includes("WORKER_START");
    },
    200,
  );
  return proc;
}

export async function startCluster(options: { mailboxSize: number; seed: number }): Promise<Cluster> {
  const server = await startPostgres();
  onCleanup(() => server.stop());
  await migrateDatabase({ databaseUrl: server.url, dataDir: "" });

  const mailbox = generateMailbox({ seed: options.seed, size: options.mailboxSize });
  const emulator = await startGmailEmulator({ mailbox, quota: true, faults: GMAIL_LATENCY, seed: options.seed });
  onCleanup(() => void emulator.close());

  process.env.DATABASE_URL = server.url;
  const db = await openDatabase({ databaseUrl: server.url, dataDir: "" });
  const seeded = await seedDemo(db.prisma, {
    email: EMAIL,
    password: PASSWORD,
    apiKey: API_KEY,
    mailboxEmail: "finance@northwind-studio.com",
    refreshToken: DEFAULT_REFRESH_TOKEN,
    emulatorUrl: emulator.url,
  });
  await db.close();

  const sql = new pg.Pool({ connectionString: server.url, max: 4, connectionTimeoutMillis: 3_000 });
  // During an outage idle clients die; the pool must not take the suite with them.
  sql.on("error", () => undefined);

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...SECRETS,
    NODE_ENV: "production",
    DATABASE_URL: server.url,
    DATA_DIR: path.join(logDir, "app-data"),
    WORKER_IN_PROCESS: "false",
    SYNC_STALE_AFTER_SECONDS: String(STALE_AFTER_SECONDS),
    SYNC_SWEEP_INTERVAL_SECONDS: String(SWEEP_INTERVAL_SECONDS),
    // The fuzz sends thousands of requests with one key: the per-key budget is not under test here.
    API_RATE_LIMIT_PER_MINUTE: "1000000",
    LOG_LEVEL: "info",
  };
  const webPorts: [number, number] = [await freePort(), await freePort()];
  const [web, workers] = await Promise.all([
    // The fuzz sends bad keys by the thousand to web-a; web-b keeps the default failed-auth budget for the flood.
    Promise.all([
      startWeb("web-a", webPorts[0], { ...childEnv, AUTH_FAILURES_PER_MINUTE: "1000000" }),
      startWeb("web-b", webPorts[1], childEnv),
    ]),
    Promise.all([startWorker("worker-1", childEnv), startWorker("worker-2", childEnv)]),
  ]);
  const cookie = await signIn(webPorts[0], EMAIL, PASSWORD);
  const received = new Map(mailbox.messages.map((m) => [m.id!, Number(m.internalDate)]));
  const inRange = (from: string, to: string) => {
    const { after, before } = rangeBounds(from, to, TIMEZONE);
    return (id: string) => received.get(id)! >= after * 1000 && received.get(id)! < before * 1000;
  };
  let generation = 2;

  const cluster: Cluster = {
    pg: server,
    sql,
    emulator,
    mailbox,
    businessId: seeded.businessId,
    webPorts,
    web,
    workers,
    key: [withKey(webPorts[0], API_KEY), withKey(webPorts[1], API_KEY)],
    session: [withSession(webPorts[0], cookie), withSession(webPorts[1], cookie)],
    cookie,
    childEnv,
    async restartWorker(index) {
      const old = cluster.workers[index];
      if (old) await killGroup(old);
      cluster.workers[index] = await startWorker(`worker-${++generation}`, childEnv);
      return cluster.workers[index]!;
    },
    truthIds(from, to) {
      const keep = inRange(from, to);
      return mailbox.truth.receipts.filter((r) => keep(r.messageId)).map((r) => r.messageId);
    },
    messagesIn(from, to) {
      const keep = inRange(from, to);
      return mailbox.messages.filter((m) => keep(m.id!)).length;
    },
  };
  return cluster;
}
