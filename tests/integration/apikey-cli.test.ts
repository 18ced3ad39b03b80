// npm run apikey: prints a working key once on stdout; clear errors otherwise.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateApiKey } from "@/lib/auth/api-keys";
import { runCommand } from "../support/run-command";
import { createTestPrisma, type TestPrisma } from "../support/test-database";

const apikeyCli = (args: string[], env: Record<string, string | undefined>) =>
  runCommand(process.execPath, ["--import", "tsx", "scripts/apikey.ts", ...args], env);

describe("npm run apikey", () => {
  let db: TestPrisma;
  beforeAll(async () => {
    db = await createTestPrisma("postgres");
  });
  afterAll(async () => {
    await db.close();
  });

  it("creates a key for the business that authenticates as it, printed alone on stdout", async () => {
    const business = await db.prisma.business.create({ data: { name: "Acme" } });
    const result = await apikeyCli(["--business", business.id, "--name", "Nightly export"], { DATABASE_URL: db.url });
    expect(result.code, result.stderr).toBe(0);
    const key = result.stdout.trim();
    expect(key).toMatch(/^rsk_[A-Za-z0-9_-]{40,}$/);
    expect(result.stderr).toContain("cannot be shown again");
    expect(await authenticateApiKey(db.prisma, key)).toMatchObject({ businessId: business.id });
    const stored = await db.prisma.apiKey.findFirstOrThrow({ where: { businessId: business.id } });
    expect(stored).toMatchObject({ name: "Nightly export" });
    expect(stored.keyHash).not.toContain(key);
  });

  it("names a missing flag and an unknown business", async () => {
    const missing = await apikeyCli([], { DATABASE_URL: db.url });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("--business is required");
    const unknown = await apikeyCli(["--business", "00000000-0000-0000-0000-000000000000"], { DATABASE_URL: db.url });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Business 00000000-0000-0000-0000-000000000000 not found");
    expect(unknown.stdout).toBe("");
  });
});
