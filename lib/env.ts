// Configuration, parsed once from the environment. Code reads `env()`, never process.env directly.
import "server-only";
import { z } from "zod";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const postgresUrl = z.string().refine((v) => {
  try {
    const u = new URL(v);
    return (u.protocol === "postgres:" || u.protocol === "postgresql:") && u.hostname !== "";
  } catch {
    return false;
  }
}, "expected a URL like postgresql://user:password@host:5432/database");

const httpUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" });

const wholeSeconds = (fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "expected a whole number of seconds" })
      .int("expected a whole number of seconds")
      .min(1, "must be at least 1")
      .default(fallback),
  );

export const envSchema = z.object({
  NODE_ENV: z.preprocess(emptyToUndefined, z.enum(["development", "production", "test"]).default("development")),
  /** PostgreSQL for several processes; unset means the embedded PGlite database under DATA_DIR. */
  DATABASE_URL: z.preprocess(emptyToUndefined, postgresUrl.optional()),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
  /** A running run without a heartbeat for longer than this is failed as stale. */
  SYNC_STALE_AFTER_SECONDS: wholeSeconds(180),
  /** How often the worker's sweeper looks for stale runs. */
  SYNC_SWEEP_INTERVAL_SECONDS: wholeSeconds(30),
  /** How often each worker claims the businesses whose automatic sync is due. */
  SYNC_SCHEDULE_TICK_SECONDS: wholeSeconds(30),
  /** Run a sync worker inside the web process (the default on one machine). */
  WORKER_IN_PROCESS: z.preprocess(
    emptyToUndefined,
    z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
  ),
  /** 32 bytes (hex or base64) that encrypt Gmail refresh tokens; required with DATABASE_URL. */
  TOKEN_ENCRYPTION_KEY: z.preprocess(emptyToUndefined, z.string().optional()),
  /** Signs session cookies; required with DATABASE_URL (hosts must share it), else kept in DATA_DIR. */
  BETTER_AUTH_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)").optional(),
  ),
  /** Port and interface `npm start` listens on (0.0.0.0: every interface). */
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  HOST: z.preprocess(emptyToUndefined, z.string().default("0.0.0.0")),
  /**
   * Proxy hops in front of the app whose X-Forwarded-* headers are believed (a load balancer: 1).
   * 0 trusts none: a client's own X-Forwarded-For cannot change the address it is rate-limited by.
   */
  TRUST_PROXY: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "expected a number of proxy hops (0 = none)" })
      .int("expected a whole number of proxy hops")
      .min(0)
      .max(10)
      .default(0),
  ),
  /** Public origin of the app, e.g. https://receipts.example.com; unset means each request's own origin. */
  BETTER_AUTH_URL: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^https?$/, error: "expected an http(s) URL like https://receipts.example.com" }).optional(),
  ),
  /** Set by `npm run demo` for its server: the home page tells visitors to sign in as this demo user. */
  DEMO_SIGN_IN_EMAIL: z.preprocess(emptyToUndefined, z.email().optional()),
  /** Google OAuth client of this deployment (the demo mailbox needs none). */
  GOOGLE_CLIENT_ID: z.preprocess(emptyToUndefined, z.string().optional()),
  GOOGLE_CLIENT_SECRET: z.preprocess(emptyToUndefined, z.string().optional()),
  /** Gmail API root; set to the Gmail emulator's URL for tests and the demo. Unset means Google. */
  GMAIL_API_ROOT_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  /** OAuth consent page and token endpoint. Unset: the emulator's when GMAIL_API_ROOT_URL is set, else Google's. */
  GOOGLE_OAUTH_AUTH_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  GOOGLE_OAUTH_TOKEN_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  /** Runs one worker executes at once. */
  SYNC_WORKER_CONCURRENCY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(32).default(2)),
  /** Read receipts that arrive as images or scanned PDFs with OCR (tesseract.js, in worker threads). */
  RECEIPT_OCR: z.preprocess(
    emptyToUndefined,
    z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
  ),
  /** Requests per minute for one API key or signed-in user (per web process). */
  API_RATE_LIMIT_PER_MINUTE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).default(600)),
  /** Failed API-key authentications per minute from one client address before it gets 429. */
  AUTH_FAILURES_PER_MINUTE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).default(30)),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  readonly code = "invalid_config";
}

/** Parses an environment; a bad value throws a ConfigError naming the variable and the value. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    const value = source[name];
    // Database URLs, keys and secrets are never echoed.
    const secret = name === "DATABASE_URL" || name.includes("KEY") || name.includes("SECRET");
    const shown = secret || value === undefined ? "" : ` (got '${value}')`;
    return `  ${name}: ${issue.message}${shown}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests change the environment between cases. */
export function resetEnvForTests(): void {
  cached = undefined;
}
