import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests are server code: the marker is a no-op here, as in Next's server bundles (tsconfig paths do
      // the same for tsx and Playwright; Next's client bundles refuse any module that imports it).
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // A fixed key so test processes and the worker processes they spawn read each other's tokens.
    env: {
      LOG_LEVEL: "silent",
      TOKEN_ENCRYPTION_KEY: "6b".repeat(32),
      BETTER_AUTH_SECRET: "test-secret-".repeat(4),
      SYNC_STALE_AFTER_SECONDS: "180",
      // The API suites send hundreds of requests per key, and their credential tests hundreds of bad
      // keys from one in-process address; api-rate-limit.test.ts sets its own budgets.
      API_RATE_LIMIT_PER_MINUTE: "1000000",
      AUTH_FAILURES_PER_MINUTE: "1000000",
    },
  },
});
