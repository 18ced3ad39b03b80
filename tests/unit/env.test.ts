import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("defaults to the embedded database in .data and a 180 s stale threshold", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      DATA_DIR: ".data",
      SYNC_STALE_AFTER_SECONDS: 180,
      SYNC_SCHEDULE_TICK_SECONDS: 30,
      WORKER_IN_PROCESS: true,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty values as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", SYNC_STALE_AFTER_SECONDS: " " });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SYNC_STALE_AFTER_SECONDS).toBe(180);
  });

  it("accepts postgres:// and postgresql:// URLs and whole seconds", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/app" }).DATABASE_URL).toBe("postgres://u:p@db:5432/app");
    expect(
      parseEnv({ DATABASE_URL: "postgresql://db/app", SYNC_STALE_AFTER_SECONDS: "5" }).SYNC_STALE_AFTER_SECONDS,
    ).toBe(5);
  });

  it.each([
    [{ SYNC_STALE_AFTER_SECONDS: "abc" }, "SYNC_STALE_AFTER_SECONDS: expected a whole number of seconds (got 'abc')"],
    [{ SYNC_STALE_AFTER_SECONDS: "1.5" }, "SYNC_STALE_AFTER_SECONDS: expected a whole number of seconds (got '1.5')"],
    [{ SYNC_STALE_AFTER_SECONDS: "0" }, "SYNC_STALE_AFTER_SECONDS: must be at least 1 (got '0')"],
    [{ SYNC_SCHEDULE_TICK_SECONDS: "0" }, "SYNC_SCHEDULE_TICK_SECONDS: must be at least 1 (got '0')"],
    [{ WORKER_IN_PROCESS: "yes" }, "WORKER_IN_PROCESS:"],
    [
      { DATABASE_URL: "mysql://db/app" },
      "DATABASE_URL: expected a URL like postgresql://user:password@host:5432/database",
    ],
    [{ DATABASE_URL: "not a url" }, "DATABASE_URL: expected a URL like"],
  ])("rejects %o naming the variable", (source, message) => {
    expect(() => parseEnv(source)).toThrow(ConfigError);
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("never echoes a database URL, which may carry a password", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://root:hunter2@db/app" })).toThrow(/^(?![\s\S]*hunter2)/);
  });
});
