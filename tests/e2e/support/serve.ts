// The e2e server: a throw-away PostgreSQL, one standalone sync worker (so a test can kill it like a
// crashed deploy), and the demo (Gmail emulator, seeded user and key, the production build).
// State for the tests (database URL, worker pid) goes to E2E_STATE_DIR.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrateDatabase } from "@/lib/db";
import { hostileReceiptMessage } from "../../support/hostile-email";
import { startPostgres } from "../../support/postgres-server";
import { HOSTILE_DAYS_AGO } from "./e2e-env";

const stateDir = process.env.E2E_STATE_DIR!;
const pg = await startPostgres();
await migrateDatabase({ databaseUrl: pg.url, dataDir: stateDir });
const env = { ...process.env, DATABASE_URL: pg.url, WORKER_IN_PROCESS: "false" };
fs.writeFileSync(path.join(stateDir, "env.json"), JSON.stringify({ databaseUrl: pg.url }));

export function startWorker(): ChildProcess {
  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { env, stdio: "inherit" });
  fs.writeFileSync(path.join(stateDir, "worker.pid"), String(worker.pid));
  return worker;
}

// The hostile receipt arrives 20 days ago: out of the newest few that other specs put into review.
const extraMessages = path.join(stateDir, "extra-messages.json");
fs.writeFileSync(
  extraMessages,
  JSON.stringify([hostileReceiptMessage(new Date(Date.now() - HOSTILE_DAYS_AGO * 86_400_000))]),
);

const worker = startWorker();
const demo = spawn(process.execPath, ["--import", "tsx", "scripts/demo.ts"], {
  env: { ...env, DEMO_SKIP_BUILD: "1", DEMO_EXTRA_MESSAGES: extraMessages },
  stdio: "inherit",
});

let stopping = false;
function stop(code: number) {
  if (stopping) return;
  stopping = true;
  demo.kill("SIGTERM");
  worker.kill("SIGKILL");
  // A test may have replaced the worker: stop whichever one is current.
  try {
    process.kill(Number(fs.readFileSync(path.join(stateDir, "worker.pid"), "utf8")), "SIGKILL");
  } catch {
    // already gone
  }
  setTimeout(() => {
    pg.stop();
    process.exit(code);
  }, 1500);
}
process.on("SIGTERM", () => stop(0));
process.on("SIGINT", () => stop(0));
demo.on("exit", (code) => stop(code ?? 1));
