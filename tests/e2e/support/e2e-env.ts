// What the e2e specs know about the server tests/e2e/support/serve.ts started.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const DEMO_EMAIL = "e2e@receipt-sync.local";
export const DEMO_PASSWORD = "e2e-password-123";
export const DEMO_API_KEY = "rsk_e2e_demo_key_0123456789abcdef";
export const STALE_AFTER_SECONDS = 8;
/** How long ago the hostile receipt (tests/support/hostile-email.ts) arrived in the demo mailbox. */
export const HOSTILE_DAYS_AGO = 20;

/**
 * The demo business as a SQL subquery (the business the demo API key belongs to). Other specs sign up
 * businesses of their own, so a spec touching the demo's rows must say whose.
 */
export const DEMO_BUSINESS = `(SELECT business_id FROM api_keys WHERE key_hash = '${createHash("sha256").update(DEMO_API_KEY).digest("hex")}')`;

const stateDir = () => process.env.E2E_STATE_DIR!;

export function databaseUrl(): string {
  return (JSON.parse(fs.readFileSync(path.join(stateDir(), "env.json"), "utf8")) as { databaseUrl: string })
    .databaseUrl;
}

/** Kills the sync worker the way a crashed host would: no cleanup, no final status. */
export function killWorker(): void {
  const pid = Number(fs.readFileSync(path.join(stateDir(), "worker.pid"), "utf8"));
  process.kill(pid, "SIGKILL");
}

/** Starts a replacement worker (recorded as the current one). */
export function startWorker(): void {
  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl(), WORKER_IN_PROCESS: "false" },
    stdio: "ignore",
    detached: false,
  });
  fs.writeFileSync(path.join(stateDir(), "worker.pid"), String(worker.pid));
}

export async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client(databaseUrl());
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
