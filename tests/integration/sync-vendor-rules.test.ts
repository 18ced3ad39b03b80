// Vendor rules on new imports, through a whole sync run (the real googleapis client against the Gmail
// emulator, a real database): a receipt from a ruled sender is saved with the rule's vendor name and
// category, its history says the rule did it, and a re-read by a newer extractor does not undo the rule.
import { afterEach, describe, expect, it } from "vitest";
import { createCategory } from "@/lib/receipts/categories";
import { EXTRACTOR_VERSION } from "@/lib/receipts/recognition/extract";
import { senderAddress } from "@/lib/receipts/sender-match";
import { createVendorRule } from "@/lib/receipts/vendor-rules";
import { executeRun } from "@/lib/sync/engine";
import { createSyncHarness, type SyncHarness } from "../support/sync-harness";
import { DATABASE_KINDS } from "../support/test-database";

const FROM = "2025-01-01";
const TO = "2025-04-30";

describe.each(DATABASE_KINDS)("vendor rules in a sync on %s", (kind) => {
  let h: SyncHarness;
  afterEach(async () => {
    await h?.close();
  });

  async function runOnce() {
    const { run } = await h.runs.start({ businessId: h.business.id, mode: "range", fromDate: FROM, toDate: TO });
    const claimed = (await h.runs.claim("test-worker", run.id))!;
    const outcome = await executeRun({ runs: h.runs, logger: h.logger, pageSize: 50 }, claimed);
    return { runId: run.id, outcome };
  }

  const fromHeader = (messageId: string) =>
    h.mailbox.messages.find((m) => m.id === messageId)!.payload!.headers!.find((x) => x.name === "From")!.value!;

  it("saves a ruled sender's receipts with the rule's vendor and category, says so in the history, and keeps them on a re-read", async () => {
    h = await createSyncHarness(kind, { seed: 5150, size: 300 });
    const prisma = h.db.prisma;
    // Two senders of receipts in the range: one ruled by its address, one by its domain (category only).
    const addresses = [...new Set(h.truthInRange(FROM, TO).map((t) => senderAddress(fromHeader(t.messageId))!))];
    const byDomain = (a: string) => a.slice(a.indexOf("@") + 1);
    const ruledAddress = addresses[0]!;
    const ruledDomain = byDomain(addresses.find((a) => byDomain(a) !== byDomain(ruledAddress))!);
    const travel = await createCategory(prisma, h.business.id, "Travel");
    const software = await createCategory(prisma, h.business.id, "Software");
    const addressRule = await createVendorRule(prisma, h.business.id, {
      sender_match: ruledAddress.toUpperCase(),
      vendor_name: "Ruled Vendor GmbH",
      category_id: travel.id,
    });
    const domainRule = await createVendorRule(prisma, h.business.id, {
      sender_match: ruledDomain,
      category_id: software.id,
    });

    expect((await runOnce()).outcome).toBe("completed");
    const read = async () =>
      (
        await prisma.receipt.findMany({
          where: { businessId: h.business.id },
          select: { id: true, vendor: true, sender: true, categoryId: true, amount: true, extractorVersion: true },
          orderBy: { gmailMessageId: "asc" },
        })
      ).map((r) => ({ ...r, address: senderAddress(r.sender) }));
    const saved = await read();
    const fromAddress = saved.filter((r) => r.address === ruledAddress);
    const fromDomain = saved.filter((r) => r.address && byDomain(r.address) === ruledDomain);
    const others = saved.filter((r) => !fromAddress.includes(r) && !fromDomain.includes(r));
    expect(fromAddress.length).toBeGreaterThan(0);
    expect(fromDomain.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    for (const r of fromAddress) expect(r).toMatchObject({ vendor: "Ruled Vendor GmbH", categoryId: travel.id });
    for (const r of fromDomain) {
      expect(r.categoryId).toBe(software.id);
      expect(r.vendor).not.toBe("Ruled Vendor GmbH");
    }
    for (const r of others) expect(r.categoryId).toBeNull();

    const history = await prisma.receiptChange.findMany({
      where: { receiptId: fromAddress[0]!.id },
      select: { field: true, oldValue: true, newValue: true, userId: true, source: true, vendorRuleId: true },
    });
    expect(history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: "category",
          oldValue: null,
          newValue: "Travel",
          userId: null,
          source: "rule",
        }),
        expect.objectContaining({ field: "vendor", newValue: "Ruled Vendor GmbH", userId: null, source: "rule" }),
      ]),
    );
    expect(history.every((c) => c.vendorRuleId === addressRule.id)).toBe(true);
    const domainHistory = await prisma.receiptChange.findMany({ where: { receiptId: fromDomain[0]!.id } });
    expect(domainHistory.map((c) => [c.field, c.newValue, c.vendorRuleId])).toEqual([
      ["category", "Software", domainRule.id],
    ]);

    // An older extractor had read the ruled receipts with another amount: nobody touched them, so a newer
    // one re-reads them, and the rule's vendor and category stay.
    const reRead = [fromAddress[0]!, fromDomain[0]!];
    for (const r of reRead)
      await prisma.$executeRaw`UPDATE receipts SET extractor_version = '1.0.0', amount = amount + 1 WHERE id = ${r.id}::uuid`;
    const second = await runOnce();
    expect(second.outcome).toBe("completed");
    expect(await h.runs.get(h.business.id, second.runId)).toMatchObject({ saved_receipts: 0, updated_receipts: 2 });
    const after = new Map((await read()).map((r) => [r.id, r]));
    for (const r of reRead)
      expect(after.get(r.id)).toMatchObject({
        vendor: r.vendor,
        categoryId: r.categoryId,
        extractorVersion: EXTRACTOR_VERSION,
        amount: r.amount,
      });
    // Each rule's change was recorded once, when the receipt was first saved.
    expect(await prisma.receiptChange.count({ where: { receiptId: fromDomain[0]!.id } })).toBe(1);
  });
});
