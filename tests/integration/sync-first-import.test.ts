// Connecting Gmail starts the first import by itself: a range run over the business's first-import
// months, run by the real engine against the Gmail emulator, saving exactly the ground truth.
import { afterEach, describe, expect, it } from "vitest";
import { executeRun } from "@/lib/sync/engine";
import { startFirstImport } from "@/lib/sync/first-import";
import { startSync } from "@/lib/sync/service";
import { createSyncHarness, type SyncHarness } from "../support/sync-harness";
import { DATABASE_KINDS } from "../support/test-database";

// The generated mailbox ends on 2026-11-01; the import runs as if connected on the day before.
const CONNECTED_AT = new Date("2026-10-31T12:00:00Z");

describe.each(DATABASE_KINDS)("first import on %s", (kind) => {
  let h: SyncHarness;
  afterEach(async () => {
    await h?.close();
  });

  it("starts a connect run over the first-import months that saves exactly the ground truth, once", async () => {
    h = await createSyncHarness(kind, { seed: 1313, size: 300 });
    await h.db.prisma.business.update({ where: { id: h.business.id }, data: { firstImportMonths: 3 } });

    const run = await startFirstImport(h.db.prisma, h.business.id, h.logger, CONNECTED_AT);
    expect(run).toMatchObject({ started_by: "connect", mode: "range", from_date: "2026-07-31", to_date: "2026-10-31" });
    const { nextSyncAt } = await h.db.prisma.business.findUniqueOrThrow({ where: { id: h.business.id } });
    // The schedule starts after the import: its first due time is one interval (60 min) away.
    expect((nextSyncAt.getTime() - Date.now()) / 60_000).toBeGreaterThan(58);

    const claimed = (await h.runs.claim("test-worker", run!.id))!;
    expect(await executeRun({ runs: h.runs, logger: h.logger }, claimed)).toBe("completed");
    const truth = h.truthInRange("2026-07-31", "2026-10-31").map((t) => t.messageId);
    expect(truth.length).toBeGreaterThan(5);
    const saved = await h.db.prisma.receipt.findMany({ where: { businessId: h.business.id } });
    expect(saved.map((r) => r.gmailMessageId).sort()).toEqual(truth.sort());

    // Reconnecting later finds a completed run: no second first import.
    expect(await startFirstImport(h.db.prisma, h.business.id, h.logger, CONNECTED_AT)).toBeNull();
    expect(await h.db.prisma.receiptSyncRun.count({ where: { businessId: h.business.id } })).toBe(1);
  });

  it("does not fail, nor start a second run, when a run is already going", async () => {
    h = await createSyncHarness(kind, { seed: 1314, size: 20 });
    const manual = (await startSync(h.db.prisma, h.business, {}, "manual")).run;
    expect(await startFirstImport(h.db.prisma, h.business.id, h.logger, CONNECTED_AT)).toBeNull();
    expect(h.logs.find((l) => l.event === "FIRST_IMPORT_SKIPPED")).toMatchObject({
      business_id: h.business.id,
      running_run_id: manual.id,
    });
    expect(await h.db.prisma.receiptSyncRun.count({ where: { businessId: h.business.id } })).toBe(1);
  });
});
