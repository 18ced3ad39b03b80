// End-to-end tests against the production build (`next build` first), in Debian's Chromium by default.
// The server (tests/e2e/support/serve.ts) runs the demo on a throw-away PostgreSQL with a standalone
// worker, so a test can kill the worker like a crashed deploy.
import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_API_KEY, DEMO_EMAIL, DEMO_PASSWORD, STALE_AFTER_SECONDS } from "./tests/e2e/support/e2e-env";

const port = Number(process.env.E2E_PORT ?? 3100);
// Set before workers start so the server and every worker share it.
process.env.E2E_STATE_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "receipt-sync-e2e-"));
const chromium = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const serverEnv = {
  PORT: String(port),
  DATA_DIR: process.env.E2E_STATE_DIR,
  TOKEN_ENCRYPTION_KEY: "5e".repeat(32),
  BETTER_AUTH_SECRET: "e2e-secret-".repeat(4),
  DEMO_EMAIL,
  DEMO_PASSWORD,
  DEMO_API_KEY,
  DEMO_MAILBOX_SIZE: "1500",
  DEMO_GMAIL_LATENCY_MS: "200",
  SYNC_STALE_AFTER_SECONDS: String(STALE_AFTER_SECONDS),
  SYNC_SWEEP_INTERVAL_SECONDS: "2",
  LOG_LEVEL: "warn",
};
Object.assign(process.env, {
  TOKEN_ENCRYPTION_KEY: serverEnv.TOKEN_ENCRYPTION_KEY,
  BETTER_AUTH_SECRET: serverEnv.BETTER_AUTH_SECRET,
  SYNC_STALE_AFTER_SECONDS: serverEnv.SYNC_STALE_AFTER_SECONDS,
  SYNC_SWEEP_INTERVAL_SECONDS: "2",
  LOG_LEVEL: "warn",
});

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "*.spec.ts",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      // Without an executable path Playwright uses its own downloaded browser, where one is installed.
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "node --import tsx tests/e2e/support/serve.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    // serve.ts stops the demo (whose Next server runs in its own process group) and PostgreSQL on SIGTERM.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    timeout: 180_000,
    env: serverEnv,
    stdout: "pipe",
    stderr: "pipe",
  },
});
