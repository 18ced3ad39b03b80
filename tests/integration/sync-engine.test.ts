// A whole sync run: the real googleapis client against the Gmail emulator, extraction, a real database.
import { afterEach, describe, expect, it } from "vitest";
import { sameVendor } from "@/bench/accuracy/score";
import { executeRun, type RunOutcome } from "@/lib/sync/engine";
import { DEFAULT_REFRESH_TOKEN } from "@/lib/gmail-emulator/server";
import { EXTRACTOR_VERSION } from "@/lib/receipts/recognition/extract";
import { RECEIPT_KINDS } from "@/lib/receipts/kind";
import { CANDIDATE_BELOW } from "@/lib/receipts/candidates";
import { NEEDS_REVIEW_BELOW } from "@/lib/receipts/store";
import { createSyncHarness, type SyncHarness } from "../support/sync-harness";
import { DATABASE_KINDS } from "../support/test-database";

const FROM = "2025-01-01";
const TO = "2025-04-30";
// Fast backoff so fault-injection runs take seconds, not minutes. With 10 % of each of six fault kinds
// about 60 % of requests fail, so a request may need many attempts.
const gmail = { retry: { baseDelayMs: 10, maxDelayMs: 200, maxAttempts: 25 } };

describe.each(DATABASE_KINDS)("sync engine on %s", (kind) => {
  let h: SyncHarness;
  afterEach(async () => {
    await h?.close();
  });

  async function runOnce(
    range: { from: string; to: string } = { from: FROM, to: TO },
    pageSize = 50,
  ): Promise<{ runId: string; outcome: RunOutcome }> {
    const { run } = await h.runs.start({
      businessId: h.business.id,
      mode: "range",
      fromDate: range.from,
      toDate: range.to,
    });
    const claimed = (await h.runs.claim("test-worker", run.id))!;
    const outcome = await executeRun({ runs: h.runs, logger: h.logger, pageSize, gmail }, claimed);
    return { runId: run.id, outcome };
  }

  async function savedReceipts() {
    const rows = await h.db.prisma.receipt.findMany({
      where: { businessId: h.business.id },
      include: { file: { select: { size: true } } },
    });
    return rows.map((r) => ({
      messageId: r.gmailMessageId,
      vendor: r.vendor,
      amount: r.amount.toFixed(r.currency === "JPY" ? 0 : 2),
      currency: r.currency,
      date: r.receiptDate.toISOString().slice(0, 10),
      hasFile: r.file !== null,
    }));
  }

  /** Prints every message where what was saved differs from the truth, for whoever owns recognition. */
  function reportMismatches(
    truth: ReturnType<SyncHarness["truthInRange"]>,
    saved: Awaited<ReturnType<typeof savedReceipts>>,
  ) {
    const byId = new Map(saved.map((s) => [s.messageId, s]));
    const truthIds = new Set(truth.map((t) => t.messageId));
    const subjectOf = (id: string) =>
      h.mailbox.messages.find((m) => m.id === id)?.payload?.headers?.find((x) => x.name === "Subject")?.value ?? "";
    const lines: string[] = [];
    for (const t of truth) {
      const s = byId.get(t.messageId);
      const expected = `${t.kind} ${t.vendor} | ${t.amount} ${t.currency} | ${t.date}`;
      if (!s)
        lines.push(
          `MISSED  ${t.messageId} [${t.language} ${t.layout}] "${subjectOf(t.messageId)}" expected ${expected}`,
        );
      else if (
        !sameVendor(t.vendor, s.vendor) ||
        s.amount !== t.amount ||
        s.currency !== t.currency ||
        s.date !== t.date
      ) {
        lines.push(
          `WRONG   ${t.messageId} [${t.language} ${t.layout}] "${subjectOf(t.messageId)}" expected ${expected} saved ${s.vendor} | ${s.amount} ${s.currency} | ${s.date}`,
        );
      }
    }
    for (const s of saved.filter((x) => !truthIds.has(x.messageId))) {
      lines.push(
        `EXTRA   ${s.messageId} [${h.mailbox.truth.kinds[s.messageId]}] "${subjectOf(s.messageId)}" saved ${s.vendor} | ${s.amount} ${s.currency} | ${s.date}`,
      );
    }
    if (lines.length)
      console.log(
        `recognition differs from the ground truth on ${lines.length} of ${truth.length} receipts:\n${lines.join("\n")}`,
      );
  }

  function expectExactlyTruth(saved: Awaited<ReturnType<typeof savedReceipts>>) {
    const truth = h.truthInRange(FROM, TO);
    reportMismatches(truth, saved);
    expect(truth.length).toBeGreaterThan(20);
    expect(new Set(saved.map((s) => s.messageId)).size).toBe(saved.length);
    expect(saved.map((s) => s.messageId).sort()).toEqual(truth.map((t) => t.messageId).sort());
    const byId = new Map(saved.map((s) => [s.messageId, s]));
    for (const t of truth) {
      const s = byId.get(t.messageId);
      expect(s, t.messageId).toMatchObject({ amount: t.amount, currency: t.currency, date: t.date });
      // The vendor as a bookkeeper judges it ("Aruba" is "Aruba.it"); see bench/accuracy/score.ts.
      expect(sameVendor(t.vendor, s?.vendor ?? null), `${t.messageId}: vendor ${s?.vendor} for ${t.vendor}`).toBe(true);
    }
  }

  it("saves exactly the ground-truth receipts of the range, and nothing new when re-run", async () => {
    h = await createSyncHarness(kind, { seed: 4242, size: 700 });
    const first = await runOnce();
    expect(first.outcome).toBe("completed");
    const saved = await savedReceipts();
    expectExactlyTruth(saved);
    const attachmentReceipts = h
      .truthInRange(FROM, TO)
      .filter((t) => t.source === "attachment")
      .map((t) => t.messageId);
    for (const id of attachmentReceipts) expect(saved.find((s) => s.messageId === id)!.hasFile).toBe(true);
    // Each receipt records what extraction made of it: its kind, confidence and extractor version.
    const recorded = await h.db.prisma.receipt.findMany({
      where: { businessId: h.business.id },
      select: { kind: true, confidence: true, extractorVersion: true, amount: true },
    });
    for (const r of recorded) {
      expect(RECEIPT_KINDS).toContain(r.kind);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.extractorVersion).toBe(EXTRACTOR_VERSION);
      // Refunds, and only refunds, are stored negative.
      expect(r.amount.isNegative(), `${r.kind} ${r.amount.toString()}`).toBe(r.kind === "refund");
    }

    const run = await h.runs.get(h.business.id, first.runId);
    expect(run).toMatchObject({ status: "completed", progress_percentage: 100, saved_receipts: saved.length });
    expect(run.pages_scanned).toBeGreaterThan(1);
    expect(run.messages_scanned).toBe(
      h.mailbox.messages.filter((m) => {
        const ms = Number(m.internalDate);
        return ms >= Date.parse("2025-01-01T00:00:00Z") && ms < Date.parse("2025-05-01T00:00:00Z");
      }).length,
    );

    const second = await runOnce();
    expect(second.outcome).toBe("completed");
    expect((await h.runs.get(h.business.id, second.runId)).saved_receipts).toBe(0);
    expect(await savedReceipts()).toHaveLength(saved.length);
  });

  it("never undoes a person's work on a re-sync, and re-reads only untouched receipts a newer extractor reads differently", async () => {
    h = await createSyncHarness(kind, { seed: 4243, size: 400 });
    expect((await runOnce()).outcome).toBe("completed");
    const read = () =>
      h.db.prisma.receipt.findMany({
        where: { businessId: h.business.id },
        orderBy: { gmailMessageId: "asc" },
        select: {
          id: true,
          vendor: true,
          amount: true,
          confidence: true,
          extractorVersion: true,
          reviewStatus: true,
          dismissedAt: true,
        },
      });
    const first = await read();
    // What recognition was unsure of waits for a person; the rest is accepted as is.
    for (const r of first) expect(r.reviewStatus).toBe(r.confidence! < NEEDS_REVIEW_BELOW ? "needs_review" : "auto");
    expect(first.length).toBeGreaterThanOrEqual(6);
    const [edited, dismissed, confirmed, untouched1, untouched2, sameVersion] = first as [
      (typeof first)[0],
      (typeof first)[0],
      (typeof first)[0],
      (typeof first)[0],
      (typeof first)[0],
      (typeof first)[0],
    ];
    const db = h.db.prisma;
    // A person corrects one vendor, dismisses one receipt and confirms another (the columns the review API writes).
    await db.receipt.update({
      where: { id: edited.id },
      data: { vendor: "Corrected Vendor Ltd", editedFields: ["vendor"] },
    });
    await db.receipt.update({ where: { id: dismissed.id }, data: { dismissedAt: new Date() } });
    await db.receipt.update({ where: { id: confirmed.id }, data: { reviewStatus: "confirmed" } });
    // An older extractor had read these five with another amount; the sixth was read so by this very version.
    const older = [edited, dismissed, confirmed, untouched1, untouched2].map((r) => r.id);
    for (const id of older)
      await db.$executeRaw`UPDATE receipts SET extractor_version = '1.0.0', amount = amount + 1 WHERE id = ${id}::uuid`;
    await db.$executeRaw`UPDATE receipts SET amount = amount + 1 WHERE id = ${sameVersion.id}::uuid`;

    const second = await runOnce();
    expect(second.outcome).toBe("completed");
    expect(await h.runs.get(h.business.id, second.runId)).toMatchObject({ saved_receipts: 0, updated_receipts: 2 });
    const after = new Map((await read()).map((r) => [r.id, r]));
    expect(after.size).toBe(first.length);
    const plusOne = (r: (typeof first)[0]) => r.amount.plus(1).toString();
    // Nobody touched these two: they take the newer reading.
    for (const r of [untouched1, untouched2]) {
      expect(after.get(r.id)!.amount.toString()).toBe(r.amount.toString());
      expect(after.get(r.id)!.extractorVersion).toBe(EXTRACTOR_VERSION);
    }
    // The person's work stands: the edited vendor (and the rest of that receipt), the dismissal, the confirmation.
    expect(after.get(edited.id)!.vendor).toBe("Corrected Vendor Ltd");
    expect(after.get(edited.id)!.amount.toString()).toBe(plusOne(edited));
    expect(after.get(dismissed.id)!.dismissedAt).not.toBeNull();
    expect(after.get(dismissed.id)!.amount.toString()).toBe(plusOne(dismissed));
    expect(after.get(confirmed.id)!.reviewStatus).toBe("confirmed");
    expect(after.get(confirmed.id)!.amount.toString()).toBe(plusOne(confirmed));
    // The same extractor version reading a receipt again changes nothing.
    expect(after.get(sameVersion.id)!.amount.toString()).toBe(plusOne(sameVersion));
  });

  it("keeps near misses as candidates, one per message, and leaves one a person decided on alone", async () => {
    h = await createSyncHarness(kind, { seed: 4244, size: 500 });
    expect((await runOnce()).outcome).toBe("completed");
    const db = h.db.prisma;
    const candidates = () =>
      db.receiptCandidate.findMany({ where: { businessId: h.business.id }, orderBy: { gmailMessageId: "asc" } });
    const first = await candidates();
    console.log(`near misses kept: ${first.length}`);
    expect(first.length).toBeGreaterThan(0);
    const receiptMessages = new Set(
      (await db.receipt.findMany({ where: { businessId: h.business.id }, select: { gmailMessageId: true } })).map(
        (r) => r.gmailMessageId,
      ),
    );
    for (const c of first) {
      // A near miss is not a receipt, carries a reading a person can start from, and why it was not taken.
      expect(receiptMessages.has(c.gmailMessageId)).toBe(false);
      expect(c.amount).not.toBeNull();
      expect(c.receiptDate).not.toBeNull();
      expect(c.confidence).toBeLessThan(CANDIDATE_BELOW);
      expect(c.reasons.length).toBeGreaterThan(0);
    }
    const decided = first[0]!;
    await db.receiptCandidate.update({ where: { id: decided.id }, data: { dismissedAt: new Date(), vendor: "Kept" } });
    // A person had said "not a receipt" of a message as a near miss: even a reader that accepts it leaves it out.
    const [notAReceipt, nowAReceipt] = [...receiptMessages] as [string, string];
    await db.receipt.deleteMany({ where: { businessId: h.business.id, gmailMessageId: notAReceipt } });
    await db.receiptCandidate.create({
      data: {
        businessId: h.business.id,
        gmailMessageId: notAReceipt,
        sender: "s",
        subject: "s",
        receivedAt: new Date(),
        confidence: 0.6,
        extractorVersion: "1.0.0",
        dismissedAt: new Date(),
      },
    });
    // An older reader had kept a message as a near miss that this one saves as a receipt: the candidate goes.
    await db.receiptCandidate.create({
      data: {
        businessId: h.business.id,
        gmailMessageId: nowAReceipt,
        sender: "s",
        subject: "s",
        receivedAt: new Date(),
        confidence: 0.6,
        extractorVersion: "1.0.0",
      },
    });

    expect((await runOnce()).outcome).toBe("completed");
    const second = await candidates();
    // Same messages as after the first sync (and the dismissed one): none twice, the one now a receipt gone.
    expect(second.map((c) => c.gmailMessageId)).toEqual([...first.map((c) => c.gmailMessageId), notAReceipt].sort());
    expect(await db.receipt.count({ where: { businessId: h.business.id, gmailMessageId: notAReceipt } })).toBe(0);
    expect(second.find((c) => c.id === decided.id)).toMatchObject({ vendor: "Kept" });
    expect(second.find((c) => c.id === decided.id)!.dismissedAt).not.toBeNull();
  });

  it("completes with every receipt through 10 % of each fault kind", async () => {
    h = await createSyncHarness(kind, {
      seed: 777,
      size: 500,
      emulator: {
        seed: 3,
        faults: {
          rate429: 0.1,
          rate403: 0.1,
          rate500: 0.1,
          rate503: 0.1,
          dropRate: 0.1,
          expireTokenRate: 0.1,
          slowRate: 0.1,
          slowMs: 50,
        },
      },
    });
    const { outcome } = await runOnce();
    expect(outcome).toBe("completed");
    expectExactlyTruth(await savedReceipts());
    for (const code of [429, 403, 500, 503, 401, "dropped"] as const)
      expect(h.emulator.stats.count(undefined, code), String(code)).toBeGreaterThan(0);
  });

  it("fails with a clear message, never left running, when Gmail access was revoked", async () => {
    h = await createSyncHarness(kind, { seed: 5, size: 100 });
    h.emulator.revokeRefreshToken(DEFAULT_REFRESH_TOKEN);
    const { runId, outcome } = await runOnce();
    expect(outcome).toBe("failed");
    const run = await h.runs.get(h.business.id, runId);
    expect(run.status).toBe("failed");
    expect(run.finished_at).not.toBeNull();
    expect(run.error_message).toMatch(/reconnect Gmail/i);
    expect(run.error_message).toMatch(/invalid_grant/);
    expect(run.failure_code).toBe("gmail_auth");
    const connection = await h.db.prisma.gmailConnection.findUniqueOrThrow({ where: { businessId: h.business.id } });
    expect(connection.status).toBe("needs_reauth");
    const fail = h.logs.find((l) => l.event === "RUN_FAIL")!;
    expect(fail).toMatchObject({ run_id: runId, business_id: h.business.id, status: "failed" });
    expect(String(fail.error)).toMatch(/invalid_grant/);
  });

  it("stops within 20 messages of a cancel request", async () => {
    h = await createSyncHarness(kind, { seed: 21, size: 600, emulator: { faults: { slowRate: 1, slowMs: 15 } } });
    const { run } = await h.runs.start({
      businessId: h.business.id,
      mode: "range",
      fromDate: FROM,
      toDate: TO,
    });
    const claimed = (await h.runs.claim("test-worker", run.id))!;
    const execution = executeRun({ runs: h.runs, logger: h.logger, pageSize: 50, gmail }, claimed);
    let seen = 0;
    while (seen < 30) {
      await new Promise((r) => setTimeout(r, 50));
      seen = (await h.runs.get(h.business.id, run.id)).messages_scanned;
    }
    const atRequest = (await h.runs.cancel(h.business.id)).messages_scanned;
    expect(await execution).toBe("cancelled");
    const final = await h.runs.get(h.business.id, run.id);
    expect(final.status).toBe("cancelled");
    expect(final.cancelled_at).not.toBeNull();
    expect(final.messages_scanned - atRequest).toBeLessThanOrEqual(20);
    expect(final.messages_scanned).toBeLessThan(h.truthInRange(FROM, TO).length * 3);
  });

  it("a zombie worker that outlives a takeover changes neither run", async () => {
    h = await createSyncHarness(kind, { seed: 99, size: 600, emulator: { faults: { slowRate: 1, slowMs: 15 } } });
    const { run: old } = await h.runs.start({
      businessId: h.business.id,
      mode: "range",
      fromDate: FROM,
      toDate: TO,
    });
    const claimed = (await h.runs.claim("zombie", old.id))!;
    const zombie = executeRun({ runs: h.runs, logger: h.logger, pageSize: 50, gmail }, claimed);
    while ((await h.runs.get(h.business.id, old.id)).messages_scanned < 20) await new Promise((r) => setTimeout(r, 50));
    // The zombie "paused" for 10 minutes, as far as the database can tell.
    await h.db.prisma
      .$executeRaw`UPDATE receipt_sync_runs SET last_heartbeat_at = now() - interval '10 minutes' WHERE id = ${old.id}::uuid`;
    const { run: fresh, replaced } = await h.runs.start({
      businessId: h.business.id,
      mode: "range",
      fromDate: FROM,
      toDate: TO,
    });
    expect(replaced!.run_id).toBe(old.id);
    const receiptsAtTakeover = await h.db.prisma.receipt.count({ where: { syncRunId: old.id } });
    expect(await zombie).toBe("lost");
    const after = await h.runs.get(h.business.id, old.id);
    expect(after.status).toBe("failed");
    expect(after.error_message).toMatch(/^Stale run auto-failed: no heartbeat for 6\d\ds$/);
    expect(after.failure_code).toBe("stale");
    expect(await h.db.prisma.receipt.count({ where: { syncRunId: old.id } })).toBe(receiptsAtTakeover);
    expect(await h.runs.get(h.business.id, fresh.id)).toMatchObject({
      status: "running",
      last_heartbeat_at: fresh.last_heartbeat_at,
    });
    await h.runs.cancel(h.business.id);
    expect(h.logs.some((l) => l.event === "RUN_LEASE_LOST" && l.run_id === old.id)).toBe(true);
  });

  it("a worker shutting down hands its run back, and another worker resumes it to exactly the ground truth", async () => {
    h = await createSyncHarness(kind, { seed: 4242, size: 700, emulator: { faults: { slowRate: 1, slowMs: 10 } } });
    const { run } = await h.runs.start({
      businessId: h.business.id,
      mode: "range",
      fromDate: FROM,
      toDate: TO,
    });
    const first = (await h.runs.claim("leaving", run.id))!;
    let shuttingDown = false;
    const leaving = executeRun(
      { runs: h.runs, logger: h.logger, pageSize: 50, gmail, shouldHandBack: () => shuttingDown },
      first,
    );
    while ((await h.runs.get(h.business.id, run.id)).pages_scanned < 2) await new Promise((r) => setTimeout(r, 50));
    shuttingDown = true;
    expect(await leaving).toBe("released");
    const handedBack = await h.runs.get(h.business.id, run.id);
    expect(handedBack.status).toBe("running");
    expect(handedBack.error_message).toBeNull();

    const next = (await h.runs.claim("staying"))!;
    expect(next.id).toBe(run.id);
    expect(next.checkpoint!.next_page_token).toBeTruthy();
    expect(await executeRun({ runs: h.runs, logger: h.logger, pageSize: 50, gmail }, next)).toBe("completed");
    expectExactlyTruth(await savedReceipts());
    expect(h.logs.some((l) => l.event === "RUN_RELEASED" && l.run_id === run.id)).toBe(true);
  });

  it("logs the run events with ids and counters, and no secrets or bodies", async () => {
    h = await createSyncHarness(kind, { seed: 4242, size: 700 });
    const { runId } = await runOnce();
    const events = h.logs.filter((l) => l.run_id === runId);
    const start = events.find((l) => l.event === "RUN_START")!;
    expect(start).toMatchObject({ business_id: h.business.id, started_at: expect.any(String) });
    const pages = events.filter((l) => l.event === "PAGE_FETCH");
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) =>
      expect(p).toMatchObject({ page: i + 1, messages: expect.any(Number), business_id: h.business.id }),
    );
    const progress = events.filter((l) => l.event === "RUN_PROGRESS");
    const done = events.find((l) => l.event === "RUN_DONE")!;
    expect(progress.length).toBe(Math.floor((done.messages_scanned as number) / 50));
    for (const p of progress)
      expect(p).toMatchObject({ messages_scanned: expect.any(Number), saved: expect.any(Number) });
    expect(done).toMatchObject({ status: "completed", duration_ms: expect.any(Number), saved: expect.any(Number) });
    const text = JSON.stringify(h.logs);
    expect(text).not.toContain(DEFAULT_REFRESH_TOKEN);
    expect(text).not.toMatch(/ya29|access_token|Bearer /);
    const someBody = Buffer.from(h.mailbox.messages[0]!.payload!.parts?.[0]?.body?.data ?? "", "base64url")
      .toString()
      .slice(0, 40);
    if (someBody.length > 20) expect(text).not.toContain(someBody);
  });
});
