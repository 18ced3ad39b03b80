// npm run sync: one sync in the foreground through the same lifecycle as the API.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseDateFilters } from "@/lib/api/date-params";
import { toApiError } from "@/lib/api/respond";
import { openDatabase } from "@/lib/db";
import { createRunStore } from "@/lib/sync/run-store";
import { runCommand } from "../support/run-command";
import { createSyncHarness, type SyncHarness } from "../support/sync-harness";

const syncCli = (args: string[], env: Record<string, string | undefined>) =>
  runCommand(process.execPath, ["--import", "tsx", "scripts/sync.ts", ...args], env);

describe("npm run sync", () => {
  let h: SyncHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("runs a range in the foreground and prints a JSON summary; a second start gets the running run's progress", async () => {
    h = await createSyncHarness("postgres", { seed: 31, size: 300 });
    const env = { DATABASE_URL: h.db.url };
    const result = await syncCli(["--business", h.business.id, "--from", "2025-01-01", "--to", "2025-06-30"], env);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout.trim().split("\n").at(-1)!);
    expect(summary).toMatchObject({
      success: true,
      status: "completed",
      from_date: "2025-01-01",
      to_date: "2025-06-30",
      saved_receipts: h.truthInRange("2025-01-01", "2025-06-30").length,
    });

    await createRunStore(h.db.prisma, { staleAfterSeconds: 180 }).start({
      businessId: h.business.id,
      mode: "range",
      fromDate: "2025-07-01",
      toDate: "2025-07-31",
    });
    const busy = await syncCli(["--business", h.business.id, "--from", "2025-01-01", "--to", "2025-01-31"], env);
    expect(busy.code).toBe(2);
    const conflict = JSON.parse(busy.stdout.trim());
    expect(conflict).toMatchObject({
      success: false,
      error: "Sync already in progress",
      progress: { messages_scanned: 0, pages_scanned: 0 },
    });
  });

  it("rejects bad arguments with a message", async () => {
    const missing = await syncCli([], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("--business is required");
    const badDate = await syncCli(["--business", "x", "--from", "2025-02-30"], {});
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain("Invalid --from format: '2025-02-30'. Use YYYY-MM-DD format");
  });

  // One rule for a valid day (lib/shared/calendar.ts): what the API refuses, the CLI refuses, and the dashboard
  // shows the API's answer. Each bad day is checked on both edges with the same message.
  it.each(["0001-01-01", "1899-12-31", "3000-01-01", "2025-02-30", "2025-1-01", "２０２５-01-01"])(
    "refuses %s on the CLI as the API does",
    async (day) => {
      const api = (() => {
        try {
          parseDateFilters(new URLSearchParams({ from_date: day }));
        } catch (error) {
          return toApiError(error);
        }
        return null;
      })();
      expect(api).toMatchObject({
        status: 400,
        code: "invalid_date",
        message: `Invalid from_date format: '${day}'. Use YYYY-MM-DD format`,
      });
      const cli = await syncCli(["--business", "x", "--from", day], {});
      expect(cli.code).toBe(1);
      expect(cli.stderr).toContain(`Invalid --from format: '${day}'. Use YYYY-MM-DD format`);
    },
  );

  it("says what to do instead when the app holds the embedded database", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "receipt-sync-cli-"));
    const db = await openDatabase({ dataDir });
    try {
      const result = await syncCli(["--business", "00000000-0000-0000-0000-000000000000"], {
        DATA_DIR: dataDir,
        DATABASE_URL: "",
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("is open in another process");
      expect(result.stderr).toContain("use its web UI or API instead");
    } finally {
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
