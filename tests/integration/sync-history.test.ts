// Incremental sync by Gmail history: the real googleapis client against the emulator, with new mail
// arriving (and some deleted) after a completed run, on a real database.
import { afterEach, describe, expect, it } from "vitest";
import { generateMailbox, type GeneratedMailbox } from "@/lib/gmail-emulator/mailbox";
import { executeRun, type EngineOptions } from "@/lib/sync/engine";
import { resolveSyncRange } from "@/lib/sync/range";
import type { ClaimedRun, RunStore } from "@/lib/sync/run-store";
import { calendarDateIn, startOfDayIn } from "@/lib/shared/calendar";
import { createSyncHarness, deliverMail, type SyncHarness } from "../support/sync-harness";
import { DATABASE_KINDS } from "../support/test-database";

const DAY = 86_400_000;
const gmail = { retry: { baseDelayMs: 10, maxDelayMs: 200, maxAttempts: 25 } };

describe.each(DATABASE_KINDS)("incremental sync by Gmail history on %s", (kind) => {
  let h: SyncHarness;
  afterEach(async () => {
    await h?.close();
  });

  /** A mailbox received before today, synced once by an incremental run (no history id yet: by date). */
  async function syncedMailbox(): Promise<void> {
    const today = Date.now() - (Date.now() % DAY);
    h = await createSyncHarness(kind, {
      seed: 1313,
      size: 240,
      mailbox: { from: new Date(today - 60 * DAY), to: new Date(today - 1) },
    });
    const first = await runIncremental();
    expect(first.run.status).toBe("completed");
    expect(first.run.mode).toBe("incremental");
    expect(h.emulator.stats.count("history.list")).toBe(0);
    expect(await savedMessageIds()).toEqual(truthIds(h.mailbox));
  }

  /** Mail received today, after the last run: added to the running emulator with new history ids. */
  async function newMailArrives(seed = 2727, size = 45, from?: Date): Promise<GeneratedMailbox> {
    const startOfToday = startOfDayIn(calendarDateIn(new Date(), "UTC"), "UTC");
    const fresh = generateMailbox({ seed, size, from: from ?? new Date(startOfToday), to: new Date() });
    await deliverMail(h.emulator, fresh);
    return fresh;
  }

  async function runIncremental(
    engine: Partial<EngineOptions> = {},
  ): Promise<{ run: Awaited<ReturnType<RunStore["get"]>>; claimed: ClaimedRun }> {
    const range = await resolveSyncRange(h.db.prisma, h.business, {});
    const { run } = await h.runs.start({ businessId: h.business.id, ...range });
    const claimed = (await h.runs.claim("test-worker", run.id))!;
    await executeRun({ runs: h.runs, logger: h.logger, pageSize: 10, gmail, ...engine }, claimed);
    return { run: await h.runs.get(h.business.id, run.id), claimed };
  }

  async function savedMessageIds(): Promise<string[]> {
    const rows = await h.db.prisma.receipt.findMany({ where: { businessId: h.business.id } });
    return rows.map((r) => r.gmailMessageId).sort();
  }

  async function storedHistoryId(): Promise<string | null> {
    const c = await h.db.prisma.gmailConnection.findUniqueOrThrow({ where: { businessId: h.business.id } });
    return c.lastHistoryId;
  }

  it("after new mail arrives, fetches only the new messages, saves exactly their receipts, and stores the new history id", async () => {
    await syncedMailbox();
    const firstHistoryId = await storedHistoryId();
    expect(firstHistoryId).toBe(String(h.emulator.store.currentHistoryId()));
    const fresh = await newMailArrives();
    h.emulator.stats.reset();

    // Every heartbeat's progress, in order: it must only grow.
    const percentages: number[] = [];
    const runs: RunStore = {
      ...h.runs,
      heartbeat: (input) => {
        percentages.push(input.progressPercentage);
        return h.runs.heartbeat(input);
      },
    };
    const { run } = await runIncremental({ runs });

    expect(run).toMatchObject({
      status: "completed",
      mode: "incremental",
      messages_scanned: fresh.messages.length,
      estimated_total: fresh.messages.length,
      saved_receipts: fresh.truth.receipts.length,
      skipped_messages: 0,
      summary: null,
      progress_percentage: 100,
    });
    expect(h.emulator.stats.count("messages.get")).toBe(fresh.messages.length);
    expect(h.emulator.stats.count("messages.list")).toBe(0);
    expect(h.emulator.stats.count("history.list", 200)).toBeGreaterThanOrEqual(1);
    expect(await savedMessageIds()).toEqual([...truthIds(h.mailbox), ...truthIds(fresh)].sort());
    expect(await storedHistoryId()).toBe(String(h.emulator.store.currentHistoryId()));
    expect(Number(await storedHistoryId())).toBeGreaterThan(Number(firstHistoryId));

    expect(percentages.length).toBeGreaterThan(4);
    for (let i = 1; i < percentages.length; i++) expect(percentages[i]).toBeGreaterThanOrEqual(percentages[i - 1]!);
    expect(Math.max(...percentages)).toBeGreaterThanOrEqual(80);
    expect(Math.max(...percentages)).toBeLessThanOrEqual(99);

    // Nothing new since: the next run lists history, fetches nothing, and still completes.
    h.emulator.stats.reset();
    const idle = await runIncremental();
    expect(idle.run).toMatchObject({
      status: "completed",
      messages_scanned: 0,
      saved_receipts: 0,
      progress_percentage: 100,
    });
    expect(h.emulator.stats.count("messages.get")).toBe(0);
  });

  it("with the history id expired, falls back to a date-range sync, says so on the run, and saves every receipt exactly once", async () => {
    await syncedMailbox();
    const fresh = await newMailArrives();
    h.emulator.store.expireHistory();
    h.emulator.stats.reset();
    const { run } = await runIncremental();

    const today = calendarDateIn(new Date(), "UTC");
    expect(run).toMatchObject({ status: "completed", from_date: today, to_date: today, progress_percentage: 100 });
    expect(run.summary).toBe(
      `Gmail no longer had the mailbox's history since the last sync: synced by date range ${today} to ${today} instead.`,
    );
    expect(h.emulator.stats.count("history.list", 404)).toBe(1);
    expect(h.emulator.stats.count("messages.list")).toBeGreaterThan(0);
    expect(run.saved_receipts).toBe(fresh.truth.receipts.length);
    const saved = await savedMessageIds();
    expect(new Set(saved).size).toBe(saved.length);
    expect(saved).toEqual([...truthIds(h.mailbox), ...truthIds(fresh)].sort());
    expect(await storedHistoryId()).toBe(String(h.emulator.store.currentHistoryId()));
    const warning = h.logs.find((l) => l.event === "HISTORY_EXPIRED");
    expect(warning).toMatchObject({ level: 40, run_id: run.id, business_id: h.business.id });
    // The API shape carries the summary, so the dashboard can show it.
    expect((await h.runs.current(h.business.id))?.summary).toBe(run.summary);
  });

  it("skips and counts messages deleted before they were fetched, and completes", async () => {
    await syncedMailbox();
    const fresh = await newMailArrives();
    // Gmail's history keeps the messageAdded records of mail deleted since: the run is told of them,
    // then messages.get answers 404, as when mail is deleted between history.list and messages.get.
    const deletedReceipt = fresh.truth.receipts[0]!.messageId;
    const deletedOther = fresh.truth.nonReceipts[0]!;
    expect(h.emulator.deleteMessage(deletedReceipt)).toBe(true);
    expect(h.emulator.deleteMessage(deletedOther)).toBe(true);
    h.emulator.stats.reset();
    const { run } = await runIncremental();

    expect(run).toMatchObject({
      status: "completed",
      skipped_messages: 2,
      messages_scanned: fresh.messages.length,
      saved_receipts: fresh.truth.receipts.length - 1,
      failure_code: null,
    });
    expect(h.emulator.stats.count("messages.get", 404)).toBe(2);
    const saved = await savedMessageIds();
    expect(saved).not.toContain(deletedReceipt);
    expect(saved).toEqual([...truthIds(h.mailbox), ...truthIds(fresh).filter((id) => id !== deletedReceipt)].sort());
  });

  it("a stale history run resumed by the next run stays on history and neither loses nor double-saves a message", async () => {
    await syncedMailbox();
    const fresh = await newMailArrives();
    h.emulator.stats.reset();
    // The worker goes away after two pages are committed (it hands the run back and nobody claims it).
    let checkpoints = 0;
    const runs: RunStore = {
      ...h.runs,
      heartbeat: (input) => {
        if (input.checkpoint) checkpoints++;
        return h.runs.heartbeat(input);
      },
    };
    const first = await runIncremental({ runs, shouldHandBack: () => checkpoints >= 2 });
    expect(first.run.status).toBe("running");
    await h.db.prisma
      .$executeRaw`UPDATE receipt_sync_runs SET last_heartbeat_at = now() - interval '10 minutes' WHERE id = ${first.run.id}::uuid`;
    // Mail keeps arriving: it goes to the next sync, not lost (the stored id is the one the run began with).
    const later = await newMailArrives(3131, 5, new Date(Date.now() - 1000));

    const resumed = await runIncremental();
    expect(resumed.run.error_message).toBeNull();
    expect(resumed.run).toMatchObject({ status: "completed", resumed_from_run_id: first.run.id, summary: null });
    expect(h.emulator.stats.count("messages.list")).toBe(0);
    const everything = [...truthIds(h.mailbox), ...truthIds(fresh), ...truthIds(later)].sort();
    const saved = await savedMessageIds();
    expect(new Set(saved).size).toBe(saved.length);
    expect(saved).toEqual(everything);
    expect(resumed.run.saved_receipts).toBe(fresh.truth.receipts.length + later.truth.receipts.length);

    // The stored id is the one the interrupted run began with: what arrived during it is listed again
    // and found already saved.
    const next = await runIncremental();
    expect(next.run).toMatchObject({ status: "completed", messages_scanned: later.messages.length, saved_receipts: 0 });
    expect(await savedMessageIds()).toEqual(everything);
  });
});

function truthIds(mailbox: GeneratedMailbox): string[] {
  return mailbox.truth.receipts.map((r) => r.messageId).sort();
}
