// lib/db: the same Prisma client over the embedded database and PostgreSQL, and its failure modes.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseUnreachable, openDatabase, type Database } from "@/lib/db";
import { EmbeddedDatabaseBusy } from "@/lib/db/embedded";
import { createPostgresDatabase } from "../support/test-database";
import { runCommand, TSX } from "../support/run-command";

const tempDirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "receipt-sync-data-"));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => tempDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function roundTrip(db: Database) {
  const business = await db.prisma.business.create({ data: { name: "Acme", timezone: "Europe/Berlin" } });
  const receipt = await db.prisma.receipt.create({
    data: {
      businessId: business.id,
      gmailMessageId: "m1",
      vendor: "Acme",
      amount: "1234.56",
      currency: "EUR",
      receiptDate: new Date("2026-03-05"),
      subject: "Your receipt",
      sender: "billing@acme.test",
      receivedAt: new Date("2026-03-05T10:00:00Z"),
      source: "body",
    },
  });
  const read = await db.prisma.receipt.findUniqueOrThrow({ where: { id: receipt.id } });
  expect(read.amount.toFixed(2)).toBe("1234.56");
  expect(read.receiptDate.toISOString().slice(0, 10)).toBe("2026-03-05");
  await expect(
    db.prisma.receipt.create({ data: { ...receipt, id: undefined, createdAt: undefined } }),
  ).rejects.toMatchObject({ code: "P2002" });
}

describe("openDatabase", () => {
  it("opens, migrates and uses the embedded database, and reopens it with the data kept", async () => {
    const dataDir = tempDataDir();
    const db = await openDatabase({ dataDir });
    expect(db.kind).toBe("embedded");
    await roundTrip(db);
    await db.close();
    const again = await openDatabase({ dataDir });
    expect(await again.prisma.business.count()).toBe(1);
    await again.close();
  });

  it("uses PostgreSQL when a URL is given", async () => {
    const database = await createPostgresDatabase();
    const migrated = await runCommand(TSX, ["scripts/db-migrate.ts"], { DATABASE_URL: database.url });
    expect(migrated.code).toBe(0);
    const db = await openDatabase({ databaseUrl: database.url, dataDir: "unused" });
    expect(db.kind).toBe("postgres");
    await roundTrip(db);
    await db.close();
    await database.drop();
  });

  it("lets one process only open an embedded data directory, with a message saying what to do", async () => {
    const dataDir = tempDataDir();
    const db = await openDatabase({ dataDir });
    await expect(openDatabase({ dataDir })).rejects.toThrow(EmbeddedDatabaseBusy);
    const other = await runCommand(TSX, ["scripts/db-migrate.ts"], { DATA_DIR: dataDir, DATABASE_URL: "" });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(`is open in another process (pid ${process.pid})`);
    expect(other.stderr).toContain("set DATABASE_URL to a PostgreSQL database");
    await db.close();
    const after = await runCommand(TSX, ["scripts/db-migrate.ts"], { DATA_DIR: dataDir, DATABASE_URL: "" });
    expect(after.stdout).toContain("up to date");
    expect(after.code).toBe(0);
  });

  it("takes over at once from an owner that was killed, instead of refusing until its lock goes stale", async () => {
    const dataDir = tempDataDir();
    // A process that opens the directory, says so, and is then killed with SIGKILL (no cleanup runs).
    const owner = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `
      const { openEmbeddedDatabase } = await import("./lib/db/embedded.ts");
      await openEmbeddedDatabase(${JSON.stringify(dataDir)});
      console.log("open");
      setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) =>
      owner.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("open") && resolve()),
    );
    await expect(openDatabase({ dataDir })).rejects.toThrow(`is open in another process (pid ${owner.pid})`);
    owner.kill("SIGKILL");
    await new Promise((resolve) => owner.once("exit", resolve));
    const db = await openDatabase({ dataDir });
    await db.prisma.business.create({ data: { name: "After the kill", timezone: "Europe/Berlin" } });
    await db.close();
  });

  it("reports an unreachable PostgreSQL by host and port, never with the password", async () => {
    const url = "postgresql://app:s3cret-pw@127.0.0.1:1/receipts";
    const error = await openDatabase({ databaseUrl: url, dataDir: "unused" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnreachable);
    expect((error as Error).message).toMatch(/^Cannot reach PostgreSQL at 127\.0\.0\.1:1\/receipts: .*ECONNREFUSED/);
    expect((error as Error).message).not.toContain("s3cret-pw");
    const cli = await runCommand(TSX, ["scripts/db-migrate.ts"], { DATABASE_URL: url });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain("db:migrate failed: Cannot reach PostgreSQL at 127.0.0.1:1/receipts");
    expect(cli.stderr + cli.stdout).not.toContain("s3cret-pw");
  });
});
