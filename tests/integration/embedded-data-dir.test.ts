// The embedded database's directory holds session tokens (in the WAL) and generated secrets: after
// opening it, nothing in it is readable or writable by group or others, including what an older
// version left world-accessible and what PGlite writes while it runs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openEmbeddedDatabase } from "@/lib/db/embedded";

function exposed(dir: string): string[] {
  const out: string[] = [];
  const walk = (target: string) => {
    const stat = fs.lstatSync(target);
    if (stat.isSymbolicLink()) return;
    if ((stat.mode & 0o077) !== 0) out.push(`${path.relative(dir, target) || "."} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(target)) walk(path.join(target, entry));
  };
  walk(dir);
  return out;
}

describe("the embedded data directory", () => {
  const previous = process.umask();
  afterEach(() => void process.umask(previous));

  it("is private to its owner: 0700 while open, and every file 0600 once closed, old and new alike", async () => {
    process.umask(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "receipt-sync-private-"));
    fs.chmodSync(dir, 0o777);
    fs.writeFileSync(path.join(dir, "auth-secret"), "left by an older version", { mode: 0o666 });
    expect(exposed(dir).length).toBeGreaterThan(0);

    const db = await openEmbeddedDatabase(dir);
    // While it runs, the directories keep everyone else out, whatever modes PGlite gives its files.
    expect((fs.statSync(dir).mode & 0o777).toString(8)).toBe("700");
    expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o077).toBe(0);
    await db.pglite.exec(
      "CREATE TABLE t (v text); INSERT INTO t SELECT repeat('x', 1000) FROM generate_series(1, 2000);",
    );
    await db.close();
    try {
      expect(exposed(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
