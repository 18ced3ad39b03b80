// The in-process migrator and the real Prisma CLI agree about the same PostgreSQL database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/db/migrate";
import { createPostgresDatabase } from "../support/test-database";
import { PRISMA, prismaEngineEnv, runCommand, TSX } from "../support/run-command";

const migrationCount = readMigrations().length;

describe("db:migrate and the Prisma CLI on PostgreSQL", () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let env: Record<string, string>;
  beforeEach(async () => {
    database = await createPostgresDatabase();
    env = { DATABASE_URL: database.url, ...prismaEngineEnv() };
  });
  afterEach(async () => {
    await database.drop();
  });

  const dbMigrate = () => runCommand(TSX, ["scripts/db-migrate.ts"], env);
  const prisma = (...args: string[]) => runCommand(PRISMA, args, env);

  it("after npm run db:migrate, prisma migrate status is up to date and there is no drift", async () => {
    const migrated = await dbMigrate();
    expect(migrated.stderr).toBe("");
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain(`applied ${migrationCount} migration(s)`);

    const status = await prisma("migrate", "status");
    expect(status.stdout + status.stderr).toContain("Database schema is up to date");
    expect(status.code).toBe(0);

    const diff = await prisma(
      "migrate",
      "diff",
      "--from-config-datasource",
      "--to-schema",
      "prisma/schema.prisma",
      "--exit-code",
    );
    expect(diff.code, diff.stdout + diff.stderr).toBe(0);

    // The check can see drift: an engine that fails to read the database (it did, once, on a table
    // CHECK constraint) answers "no difference" just like a clean database.
    const drifted = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "drift-")), "schema.prisma");
    fs.writeFileSync(
      drifted,
      fs.readFileSync("prisma/schema.prisma", "utf8").replace(/^.*idx_receipts_business_kind_date.*$/m, ""),
    );
    const canary = await prisma(
      "migrate",
      "diff",
      "--from-config-datasource",
      "--to-schema",
      drifted,
      "--script",
      "--exit-code",
    );
    expect(canary.code, canary.stdout + canary.stderr).toBe(2);
    expect(canary.stdout).toContain('DROP INDEX "idx_receipts_business_kind_date"');
    fs.rmSync(path.dirname(drifted), { recursive: true, force: true });

    const deploy = await prisma("migrate", "deploy");
    expect(deploy.stdout + deploy.stderr).toContain("No pending migrations to apply");
  });

  it("after prisma migrate deploy, npm run db:migrate finds nothing to do", async () => {
    const deploy = await prisma("migrate", "deploy");
    expect(deploy.code, deploy.stderr).toBe(0);
    // What Prisma applied (statement by statement, through its driver adapter) matches the schema too.
    const diff = await prisma(
      "migrate",
      "diff",
      "--from-config-datasource",
      "--to-schema",
      "prisma/schema.prisma",
      "--exit-code",
    );
    expect(diff.code, diff.stdout + diff.stderr).toBe(0);
    const migrated = await dbMigrate();
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain(`up to date (${migrationCount} migrations already applied)`);
    expect(migrated.stderr).not.toContain("changed after it was applied");
  });
});
