// The in-process migrator and the real Prisma CLI agree about the same PostgreSQL database.
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

    const diff = await prisma("migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code");
    expect(diff.code, diff.stdout + diff.stderr).toBe(0);

    const deploy = await prisma("migrate", "deploy");
    expect(deploy.stdout + deploy.stderr).toContain("No pending migrations to apply");
  });

  it("after prisma migrate deploy, npm run db:migrate finds nothing to do", async () => {
    const deploy = await prisma("migrate", "deploy");
    expect(deploy.code, deploy.stderr).toBe(0);
    const migrated = await dbMigrate();
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain(`up to date (${migrationCount} migrations already applied)`);
    expect(migrated.stderr).not.toContain("changed after it was applied");
  });
});
