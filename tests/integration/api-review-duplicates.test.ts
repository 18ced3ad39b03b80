// Possible duplicates on both databases: a sync's save flags an invoice and its later payment receipt
// (same vendor, amount, currency, days apart) and a forwarded copy of one document, on both sides and
// never merged; a refund or another amount is not flagged; "not a duplicate" sticks across re-syncs;
// another business sees none of it.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as notDuplicateRoute } from "@/app/api/review/duplicates/[id]/not-duplicate/route";
import { GET as listRoute } from "@/app/api/review/duplicates/route";
import { duplicateList } from "@/lib/api/schemas/responses";
import { saveReceipts, type ReceiptToSave } from "@/lib/receipts/store";
import { createRunStore } from "@/lib/sync/run-store";
import {
  call,
  expectBody,
  expectError,
  seedBusiness,
  type SeededBusiness,
  useApiDatabase,
} from "../support/api-harness";
import { DATABASE_KINDS } from "../support/test-database";

describe.each(DATABASE_KINDS)("possible duplicates on %s", (kind) => {
  const db = useApiDatabase(kind);
  let a: SeededBusiness;
  let b: SeededBusiness;
  beforeAll(async () => {
    a = await seedBusiness(db.prisma, { name: "A" });
    b = await seedBusiness(db.prisma, { name: "B" });
  });

  const reading = (over: Partial<ReceiptToSave> & { gmailMessageId: string }): ReceiptToSave => ({
    attachmentKey: "",
    vendor: "Northwind Hosting",
    amount: "120.00",
    currency: "EUR",
    receiptDate: "2026-03-01",
    subject: "Invoice",
    sender: "billing@northwind.example",
    receivedAt: new Date("2026-03-01T09:00:00Z"),
    source: "body",
    filename: null,
    contentHash: null,
    kind: "invoice",
    confidence: 0.95,
    extractorVersion: "2.1.0",
    file: null,
    ...over,
  });

  /** One sync's save, as the engine does it: inside the lease of a run of the business. */
  async function save(business: SeededBusiness, receipts: ReceiptToSave[]) {
    const runs = createRunStore(db.prisma, { staleAfterSeconds: 180 });
    const { run } = await runs.start({ businessId: business.id, mode: "range", fromDate: null, toDate: null });
    const claimed = (await runs.claim("test", run.id))!;
    const lease = { runId: run.id, leaseToken: claimed.lease_token };
    const outcome = await runs.whileLeaseHeld(lease, (tx) =>
      saveReceipts(tx, { businessId: business.id, syncRunId: run.id }, receipts),
    );
    await runs.finish({
      ...lease,
      status: "completed",
      counters: { messagesScanned: receipts.length, pagesScanned: 1, savedReceipts: 0, updatedReceipts: 0 },
      progressPercentage: 100,
    });
    return outcome;
  }
  const list = (headers = a.bearer) => call(listRoute, "/api/review/duplicates", { headers });
  const idOf = async (message: string) =>
    (await db.prisma.receipt.findFirstOrThrow({ where: { businessId: a.id, gmailMessageId: message } })).id;

  it("flags an invoice and its payment receipt, and two copies of one document, as pairs; nothing else", async () => {
    const mailbox = [
      reading({ gmailMessageId: "invoice-march" }),
      // Paid five days later: same vendor (other case), amount and currency.
      reading({
        gmailMessageId: "paid-march",
        vendor: "NORTHWIND HOSTING",
        kind: "receipt",
        receiptDate: "2026-03-06",
      }),
      // Not the same purchase: another amount, a refund, and the same amount a month later.
      reading({ gmailMessageId: "other-amount", amount: "99.00" }),
      reading({ gmailMessageId: "refund", amount: "-120.00", kind: "refund", receiptDate: "2026-03-02" }),
      reading({ gmailMessageId: "april", receiptDate: "2026-04-01" }),
      // A forwarded copy of one PDF receipt.
      reading({
        gmailMessageId: "shop",
        vendor: "Paper Co",
        amount: "8.40",
        contentHash: "abc123",
        source: "attachment",
      }),
      reading({ gmailMessageId: "shop-fwd", vendor: "Paper Company", amount: "8.40", contentHash: "abc123" }),
    ];
    expect(await save(a, mailbox)).toEqual({ inserted: 7, updated: 0 });
    const pairs = expectBody(await list(), 200, duplicateList).duplicates;
    const asMessages = pairs
      .map((p) =>
        p.receipts
          .map((r) => r.gmail_message_id)
          .sort()
          .join("+"),
      )
      .sort();
    expect(asMessages).toEqual(["invoice-march+paid-march", "shop+shop-fwd"]);
    expect(pairs.find((p) => p.receipts.some((r) => r.gmail_message_id === "shop"))!.reason).toBe("the same document");
    // Never merged or dropped: every receipt is still there.
    expect(await db.prisma.receipt.count({ where: { businessId: a.id } })).toBe(7);
    // Another business sees none of it.
    expect(expectBody(await list(b.bearer), 200, duplicateList).duplicates).toEqual([]);
  });

  it('keeps "not a duplicate" across a re-sync, and only the business\'s own pair can be marked', async () => {
    const pairs = expectBody(await list(), 200, duplicateList).duplicates;
    const pair = pairs.find((p) => p.receipts.some((r) => r.gmail_message_id === "invoice-march"))!;
    expectError(
      await call(notDuplicateRoute, `/api/review/duplicates/${pair.id}/not-duplicate`, {
        method: "POST",
        headers: b.bearer,
        params: { id: pair.id },
      }),
      404,
      { error: "Duplicate pair not found", code: "not_found" },
    );
    const marked = await call(notDuplicateRoute, `/api/review/duplicates/${pair.id}/not-duplicate`, {
      method: "POST",
      headers: a.bearer,
      params: { id: pair.id },
    });
    expect(marked.status).toBe(200);

    // The same mail synced again (nothing new) and a third copy of the invoice arriving later.
    await save(a, [
      reading({ gmailMessageId: "invoice-march" }),
      reading({
        gmailMessageId: "paid-march",
        vendor: "NORTHWIND HOSTING",
        kind: "receipt",
        receiptDate: "2026-03-06",
      }),
    ]);
    const after = expectBody(await list(), 200, duplicateList).duplicates;
    expect(after.map((p) => p.id)).not.toContain(pair.id);
    const [invoice, paid] = [await idOf("invoice-march"), await idOf("paid-march")];
    const row = await db.prisma.receiptDuplicate.findFirstOrThrow({
      where: {
        OR: [
          { receiptId: invoice, otherReceiptId: paid },
          { receiptId: paid, otherReceiptId: invoice },
        ],
      },
    });
    expect(row.status).toBe("not_duplicate");
    expect(await db.prisma.receiptDuplicate.count({ where: { businessId: a.id } })).toBe(2);

    await save(a, [reading({ gmailMessageId: "invoice-march-resent", receiptDate: "2026-03-02" })]);
    const third = expectBody(await list(), 200, duplicateList).duplicates.filter((p) =>
      p.receipts.some((r) => r.gmail_message_id === "invoice-march-resent"),
    );
    // The new copy is flagged with both earlier ones; the pair a person cleared stays cleared.
    expect(third).toHaveLength(2);
    expect(after.map((p) => p.id)).not.toContain(pair.id);
  });
});
