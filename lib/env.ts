// Configuration, parsed once from the environment. Code reads `env()`, never process.env directly.
import { z } from "zod";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const postgresUrl = z
  .string()
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "postgres:" || u.protocol === "postgresql:") && u.hostname !== "";
    } catch {
      return false;
    }
  }, "expected a URL like postgresql://user:password@host:5432/database");

const wholeSeconds = (fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: "expected a whole number of seconds" }).int("expected a whole number of seconds").min(1, "must be at least 1").default(fallback),
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
  /** Run a sync worker inside the web process (the default on one machine). */
  WORKER_IN_PROCESS: z.preprocess(emptyToUndefined, z.enum(["true", "false"]).default("true").transform((v) => v === "true")),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
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
    // The database URL may hold a password: never echo it.
    const shown = name === "DATABASE_URL" || value === undefined ? "" : ` (got '${value}')`;
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
