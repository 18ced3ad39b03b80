// What the status-polling and recovery benchmarks share: a throw-away PostgreSQL (migrated), the Gmail
// emulator in this process with a generated mailbox and the reliability suite's latency on every call,
// the demo business (API key, Gmail connection), and standalone workers started as the suite starts them.
import path from "node:path";
import pg from "pg";
import { getDatabase, migrateDatabase } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed";
import { generateMailbox } from "@/lib/gmail-emulator/mailbox";
import { DEFAULT_REFRESH_TOKEN, startGmailEmulator, type GmailEmulator } from "@/lib/gmail-emulator/server";
import { resetEnvForTests } from "@/lib/env";
import { startPostgres, type PostgresServer } from "../tests/support/postgres-server";
import { API_KEY, EMAIL, GMAIL_LATENCY, PASSWORD, configureSuiteEnv, startWorker } from "../tests/reliability/cluster";
import { cleanupAll, logDir, onCleanup, type Proc } from "../tests/reliability/processes";

/** The generated mailbox spans 2024-11-01 to 2026-11-01: a sync of it lists and reads every message. */
export const SYNC_RANGE = { fromDate: "2024-11-01", toDate: "2026-10-31" };

export interface SyncSetup {
  pg: PostgresServer;
  /** For direct reads of receipt_sync_runs. */
  sql: pg.Pool;
  emulator: GmailEmulator;
  businessId: string;
  apiKey: string;
  messages: number;
  /** Starts a standalone worker (scripts/worker.ts, WORKER_IN_PROCESS=false) with these settings added. */
  startWorker(name: string, env?: Record<string, string>): Promise<Proc>;
  stop(): void;
}

export async function startSyncSetup(options: {
  mailboxSize: number;
  workerEnv: Record<string, string>;
}): Promise<SyncSetup> {
  configureSuiteEnv();
  const server = await startPostgres();
  onCleanup(() => server.stop());
  await migrateDatabase({ databaseUrl: server.url, dataDir: "" });
  const mailbox = generateMailbox({ seed: 20261204, size: options.mailboxSize });
  const emulator = await startGmailEmulator({ mailbox, quota: true, faults: GMAIL_LATENCY, seed: 20261204 });
  onCleanup(() => void emulator.close());

  // This process reads the database as the web process would (lib/db's getDatabase, from env).
  process.env.DATABASE_URL = server.url;
  resetEnvForTests();
  const seeded = await seedDemo((await getDatabase()).prisma, {
    email: EMAIL,
    password: PASSWORD,
    apiKey: API_KEY,
    mailboxEmail: "finance@northwind-studio.com",
    refreshToken: DEFAULT_REFRESH_TOKEN,
    emulatorUrl: emulator.url,
  });
  const sql = new pg.Pool({ connectionString: server.url, max: 2 });
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: server.url,
    DATA_DIR: path.join(logDir, "worker-data"),
    WORKER_IN_PROCESS: "false",
    LOG_LEVEL: "info",
    ...options.workerEnv,
  };
  return {
    pg: server,
    sql,
    emulator,
    businessId: seeded.businessId,
    apiKey: seeded.apiKey,
    messages: mailbox.messages.length,
    startWorker: (name, env = {}) => startWorker(name, { ...childEnv, ...env }),
    stop() {
      void sql.end();
      cleanupAll();
    },
  };
}
