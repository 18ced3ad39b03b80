// Reading receipts on both databases: filters, sorts, keyset pages, totals, tenant isolation, CSV export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { csvFilename, receiptsCsvStream } from "@/lib/receipts/csv";
import { RECEIPT_SORTS, type ReceiptFilters, type ReceiptSort } from "@/lib/receipts/filters";
import { getReceipt, getReceiptFile, listReceipts, monthlySpending } from "@/lib/receipts/query";
import { answered } from "../support/answered";
import { saveReceipts, type ReceiptToSave } from "@/lib/receipts/store";
import type { ReceiptView } from "@/lib/receipts/view";
import { createRunStore } from "@/lib/sync/run-store";
import { createTestPrisma, DATABASE_KINDS, type TestPrisma } from "../support/test-database";

interface Seed {
  vendor: string;
  amount: string;
  currency: string;
  date: string;
  subject?: string;
  file?: boolean;
}

// Ties on date and on amount on purpose: the id must break them for pages to be exact.
const A_RECEIPTS: Seed[] = [
  {
    vendor: "Acme, Inc.",
    amount: "12.50",
    currency: "USD",
    date: "2026-01-01",
    subject: 'Your "Acme" receipt',
    file: true,
  },
  { vendor: "amazon", amount: "12.50", currency: "USD", date: "2026-01-01", subject: "Order shipped" },
  { vendor: "Bolt", amount: "1200", currency: "JPY", date: "2026-01-15", subject: "Ride\nreceipt" },
  { vendor: "café Zürich", amount: "9.99", currency: "EUR", date: "2026-01-31", subject: "Coffee 100% arabica" },
  {
    vendor: '=HYPERLINK("http://evil.example","click")',
    amount: "5.00",
    currency: "EUR",
    date: "2026-02-01",
    subject: "+formula",
  },
  { vendor: "dropbox", amount: "11.99", currency: "USD", date: "2026-02-28", subject: "Plan renewal" },
  { vendor: "Evernote", amount: "1.250", currency: "KWD", date: "2026-03-01", subject: "Invoice" },
  { vendor: "figma", amount: "15.00", currency: "USD", date: "2026-03-31", subject: "Invoice" },
  { vendor: "Google_Cloud", amount: "100.00", currency: "USD", date: "2026-04-01", subject: "Billing" },
  { vendor: "Zoom", amount: "300", currency: "JPY", date: "2025-12-31", subject: "Invoice" },
];

const keyOf: Record<ReceiptSort, (r: ReceiptView) => string | number> = {
  date_desc: (r) => r.receipt_date,
  date_asc: (r) => r.receipt_date,
  amount_desc: (r) => Number(r.amount),
  amount_asc: (r) => Number(r.amount),
  vendor_asc: (r) => r.vendor.toLowerCase(),
};

/** The order the database must produce, computed independently: key, then id (uuid order = hex order). */
function expectedOrder(rows: ReceiptView[], sort: ReceiptSort): string[] {
  const sign = sort.endsWith("desc") ? -1 : 1;
  return [...rows]
    .sort((x, y) => {
      const [a, b] = [keyOf[sort](x), keyOf[sort](y)];
      if (a !== b) return a < b ? -sign : sign;
      return x.id < y.id ? -sign : sign;
    })
    .map((r) => r.id);
}

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length) throw new Error("CSV does not end with CRLF");
  return rows;
}

async function readStream(
  stream: ReadableStream<Uint8Array>,
): Promise<{ text: string; chunks: number; bytes: Uint8Array }> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
  const bytes = Buffer.concat(parts);
  return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), chunks: parts.length, bytes };
}

describe.each(DATABASE_KINDS)("receipt queries on %s", (kind) => {
  let db: TestPrisma;
  let prisma: PrismaClient;
  const a = { id: "", timezone: "Asia/Tokyo" };
  const b = { id: "", timezone: "UTC" };
  const bulk = { id: "", timezone: "UTC" };
  let aIds: string[] = [];
  let bId = "";
  let all: ReceiptView[] = [];

  const seed = async (businessId: string, s: Seed, n: number) => {
    const receipt = await prisma.receipt.create({
      data: {
        businessId,
        gmailMessageId: `msg-${n}`,
        vendor: s.vendor,
        amount: s.amount,
        currency: s.currency,
        receiptDate: new Date(`${s.date}T00:00:00Z`),
        subject: s.subject ?? "",
        sender: `billing@${n}.example`,
        receivedAt: new Date(`${s.date}T09:30:00Z`),
        source: s.file ? "attachment" : "body",
        filename: s.file ? `${n}.pdf` : null,
        ...(s.file
          ? { file: { create: { mimeType: "application/pdf", size: 4, data: Buffer.from(`%PDF${n}`) } } }
          : {}),
      },
    });
    return receipt.id;
  };

  beforeAll(async () => {
    db = await createTestPrisma(kind);
    prisma = db.prisma;
    a.id = (await prisma.business.create({ data: { name: "A", timezone: a.timezone } })).id;
    b.id = (await prisma.business.create({ data: { name: "B" } })).id;
    bulk.id = (await prisma.business.create({ data: { name: "Bulk" } })).id;
    aIds = [];
    for (const [n, s] of A_RECEIPTS.entries()) aIds.push(await seed(a.id, s, n));
    bId = await seed(
      b.id,
      { vendor: "Acme secret", amount: "999.00", currency: "USD", date: "2026-01-10", subject: "receipt", file: true },
      0,
    );
    await prisma.receipt.createMany({
      data: Array.from({ length: 1200 }, (_, i) => ({
        businessId: bulk.id,
        gmailMessageId: `bulk-${i}`,
        vendor: `Vendor ${i}`,
        amount: "1.00",
        currency: "EUR",
        receiptDate: new Date(Date.UTC(2026, 0, 1 + (i % 60))),
        subject: `Bulk ${i}`,
        sender: "a@b.example",
        receivedAt: new Date(),
        source: "body" as const,
      })),
    });
    all = (await listReceipts(prisma, a, {}, { limit: 200 })).receipts;
  });
  afterAll(async () => {
    await db?.close();
  });

  const ids = async (filters: ReceiptFilters) =>
    (await listReceipts(prisma, a, filters, { limit: 200 })).receipts.map((r) => r.vendor);

  it("shows a receipt with exact money, calendar date and ISO instants", async () => {
    expect(all).toHaveLength(A_RECEIPTS.length);
    const acme = await getReceipt(prisma, a.id, aIds[0]!);
    expect(acme).toEqual({
      id: aIds[0],
      vendor: "Acme, Inc.",
      amount: "12.50",
      currency: "USD",
      receipt_date: "2026-01-01",
      subject: 'Your "Acme" receipt',
      sender: "billing@0.example",
      received_at: "2026-01-01T09:30:00.000Z",
      source: "attachment",
      filename: "0.pdf",
      has_file: true,
      gmail_message_id: "msg-0",
      sync_run_id: null,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      kind: "receipt",
      confidence: null,
      extractor_version: null,
      review_status: "auto",
      edited_fields: [],
      note: null,
      dismissed_at: null,
      category: null,
    });
    const amounts = Object.fromEntries(all.map((r) => [r.vendor, r.amount]));
    expect(amounts).toMatchObject({ Bolt: "1200", Evernote: "1.250", "café Zürich": "9.99", figma: "15.00" });
    expect(all.find((r) => r.vendor === "Bolt")!.has_file).toBe(false);
  });

  it("includes both date bounds", async () => {
    const jan = await ids({ fromDate: "2026-01-01", toDate: "2026-01-31" });
    expect(new Set(jan)).toEqual(new Set(["Acme, Inc.", "amazon", "Bolt", "café Zürich"]));
    expect(await ids({ fromDate: "2026-03-31", toDate: "2026-03-31" })).toEqual(["figma"]);
    expect(new Set(await ids({ toDate: "2026-01-01" }))).toEqual(new Set(["Acme, Inc.", "amazon", "Zoom"]));
    expect(await ids({ fromDate: "2026-04-01" })).toEqual(["Google_Cloud"]);
  });

  it("searches vendor and subject case-insensitively, with LIKE wildcards taken literally", async () => {
    expect(await ids({ q: "ACME" })).toEqual(["Acme, Inc."]);
    expect(new Set(await ids({ q: "receipt" }))).toEqual(new Set(["Acme, Inc.", "Bolt"]));
    expect(await ids({ q: "100%" })).toEqual(["café Zürich"]);
    expect(await ids({ q: "_" })).toEqual(["Google_Cloud"]);
    expect(await ids({ q: "%" })).toEqual(["café Zürich"]);
    expect(await ids({ q: "zürich" })).toEqual(["café Zürich"]);
    expect(await ids({ q: "nothing like this" })).toEqual([]);
  });

  it("filters by currency", async () => {
    expect(new Set(await ids({ currency: "EUR" }))).toEqual(
      new Set(["café Zürich", '=HYPERLINK("http://evil.example","click")']),
    );
    expect(new Set(await ids({ currency: "jpy" }))).toEqual(new Set(["Bolt", "Zoom"]));
    await expect(answered(listReceipts(prisma, a, { currency: "EURO" }))).resolves.toMatchObject({
      status: 400,
      code: "invalid_currency",
    });
  });

  it.each(RECEIPT_SORTS)("sorts by %s", async (sort) => {
    const got = (await listReceipts(prisma, a, { sort }, { limit: 200 })).receipts.map((r) => r.id);
    expect(got).toEqual(expectedOrder(all, sort));
  });

  it.each(RECEIPT_SORTS)("walks every row exactly once, three at a time, sorted by %s", async (sort) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listReceipts(prisma, a, { sort }, { limit: 3, cursor });
      expect(page.receipts.length).toBeLessThanOrEqual(3);
      seen.push(...page.receipts.map((r) => r.id));
      cursor = page.next_cursor;
      pages++;
    } while (cursor !== null && pages < 20);
    expect(pages).toBe(Math.ceil(A_RECEIPTS.length / 3));
    expect(seen).toEqual(expectedOrder(all, sort));
  });

  it("pages within a filter and stops without an empty last page", async () => {
    const first = await listReceipts(prisma, a, { currency: "USD", sort: "amount_asc" }, { limit: 3 });
    expect(first.receipts.map((r) => r.amount)).toEqual(["11.99", "12.50", "12.50"]);
    const second = await listReceipts(
      prisma,
      a,
      { currency: "USD", sort: "amount_asc" },
      { limit: 3, cursor: first.next_cursor },
    );
    expect(second.receipts.map((r) => r.amount)).toEqual(["15.00", "100.00"]);
    expect(second.next_cursor).toBeNull();
  });

  it("answers a tampered or foreign cursor with 400 invalid_cursor", async () => {
    const { next_cursor } = await listReceipts(prisma, a, { sort: "amount_desc" }, { limit: 3 });
    const cursor = next_cursor!;
    const forge = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");
    const bad = [
      cursor.slice(0, -2),
      `${cursor}A`,
      cursor.replace(/[A-Za-z]/, (c) => (c === "a" ? "b" : "a")),
      "not a cursor!",
      "e30",
      "",
      forge(["amount_desc", "1; DROP TABLE receipts", aIds[0]]),
      forge(["amount_desc", "12.50", "not-a-uuid"]),
      forge(["date_desc", "2026-01-01", aIds[0]]),
      forge(["amount_desc", 12.5, aIds[0]]),
      forge({ k: "12.50" }),
      "x".repeat(5000),
    ];
    for (const c of bad) {
      await expect(
        answered(listReceipts(prisma, a, { sort: "amount_desc" }, { limit: 3, cursor: c })),
        c,
      ).resolves.toMatchObject({ status: 400, code: "invalid_cursor" });
    }
    await expect(
      listReceipts(prisma, a, { sort: "date_desc" }, { limit: 3, cursor: forge(["date_desc", "2026-02-30", aIds[0]]) }),
    ).rejects.toMatchObject({ code: "invalid_cursor" });
  });

  it("rejects a page size outside 1..200", async () => {
    for (const limit of [0, 201, 2.5, -1]) {
      await expect(answered(listReceipts(prisma, a, {}, { limit }))).resolves.toMatchObject({
        status: 400,
        code: "invalid_limit",
      });
    }
  });

  it("totals each currency over the whole filtered set as exact decimals", async () => {
    const page = await listReceipts(prisma, a, {}, { limit: 1 });
    expect(page.receipts).toHaveLength(1);
    expect(page.totals).toEqual([
      { currency: "EUR", amount: "14.99", count: 2, refund_count: 0, refund_amount: "0.00" },
      { currency: "JPY", amount: "1500", count: 2, refund_count: 0, refund_amount: "0" },
      { currency: "KWD", amount: "1.250", count: 1, refund_count: 0, refund_amount: "0.000" },
      { currency: "USD", amount: "151.99", count: 5, refund_count: 0, refund_amount: "0.00" },
    ]);
    expect(
      (await listReceipts(prisma, a, { fromDate: "2026-01-01", toDate: "2026-01-31", currency: "USD" })).totals,
    ).toEqual([{ currency: "USD", amount: "25.00", count: 2, refund_count: 0, refund_amount: "0.00" }]);
  });

  it("sums spending per month and currency", async () => {
    expect(await monthlySpending(prisma, a.id, { fromDate: "2026-01-01", toDate: "2026-02-28" })).toEqual([
      { month: "2026-01", currency: "EUR", amount: "9.99" },
      { month: "2026-01", currency: "JPY", amount: "1200" },
      { month: "2026-01", currency: "USD", amount: "25.00" },
      { month: "2026-02", currency: "EUR", amount: "5.00" },
      { month: "2026-02", currency: "USD", amount: "11.99" },
    ]);
  });

  it("never shows one business's receipts to another", async () => {
    expect(all.map((r) => r.id)).not.toContain(bId);
    expect((await listReceipts(prisma, a, { q: "secret" })).receipts).toEqual([]);
    expect((await listReceipts(prisma, b, {})).receipts.map((r) => r.id)).toEqual([bId]);
    await expect(answered(getReceipt(prisma, a.id, bId))).resolves.toMatchObject({
      status: 404,
      code: "not_found",
      message: "Receipt not found",
    });
    await expect(answered(getReceiptFile(prisma, a.id, bId))).resolves.toMatchObject({
      status: 404,
      code: "not_found",
    });
    expect((await getReceipt(prisma, b.id, bId)).vendor).toBe("Acme secret");
  });

  it("answers a malformed or unknown id with 404, not 500", async () => {
    for (const id of [
      "not-a-uuid",
      "' OR 1=1 --",
      "",
      "00000000-0000-0000-0000-00000000000g",
      "00000000-0000-0000-0000-000000000000",
    ]) {
      await expect(answered(getReceipt(prisma, a.id, id))).resolves.toMatchObject({ status: 404 });
      await expect(answered(getReceiptFile(prisma, a.id, id))).resolves.toMatchObject({ status: 404 });
    }
  });

  it("serves a receipt's stored file, and 404 for a receipt without one", async () => {
    expect(await getReceiptFile(prisma, a.id, aIds[0]!)).toEqual({
      data: Buffer.from("%PDF0"),
      mimeType: "application/pdf",
      filename: "0.pdf",
    });
    await expect(answered(getReceiptFile(prisma, a.id, aIds[2]!))).resolves.toMatchObject({ status: 404 });
  });

  it("exports CSV with a BOM, CRLF, quoting and formula neutralising", async () => {
    const { text, bytes } = await readStream(receiptsCsvStream(prisma, a, { sort: "date_asc" }));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(
      text.startsWith(
        "\uFEFFdate,vendor,amount,currency,kind,subject,sender,source,filename,receipt_id,category,category_id\r\n",
      ),
    ).toBe(true);
    expect(text).toContain('"Acme, Inc."');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      "date",
      "vendor",
      "amount",
      "currency",
      "kind",
      "subject",
      "sender",
      "source",
      "filename",
      "receipt_id",
      "category",
      "category_id",
    ]);
    expect(rows.map((r) => r[9])).toEqual(expectedOrder(all, "date_asc"));
    const byVendor = new Map(rows.map((r) => [r[1], r]));
    expect(byVendor.get("Acme, Inc.")).toEqual([
      "2026-01-01",
      "Acme, Inc.",
      "12.50",
      "USD",
      "receipt",
      'Your "Acme" receipt',
      "billing@0.example",
      "attachment",
      "0.pdf",
      aIds[0],
      "",
      "",
    ]);
    expect(byVendor.get("Bolt")?.slice(2, 6)).toEqual(["1200", "JPY", "receipt", "Ride\nreceipt"]);
    expect(byVendor.get(`'=HYPERLINK("http://evil.example","click")`)?.[5]).toBe("'+formula");
    expect(byVendor.get("Evernote")?.[2]).toBe("1.250");
  });

  it("exports only the filtered receipts, and names the file after the range", async () => {
    const { text } = await readStream(
      receiptsCsvStream(prisma, a, { fromDate: "2026-01-01", toDate: "2026-01-31", currency: "USD" }),
    );
    expect(
      parseCsv(text.slice(1))
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual(["Acme, Inc.", "amazon"]);
    expect(csvFilename({ fromDate: "2026-01-01", toDate: "2026-03-31" })).toBe("receipts-2026-01-01-to-2026-03-31.csv");
    expect(csvFilename({ fromDate: "2026-01-01" })).toBe("receipts-from-2026-01-01.csv");
    expect(csvFilename({})).toBe("receipts-all.csv");
  });

  it("exports 1,200 receipts completely, in batches", async () => {
    const { text, chunks } = await readStream(receiptsCsvStream(prisma, bulk, {}));
    const rows = parseCsv(text.slice(1)).slice(1);
    expect(rows).toHaveLength(1200);
    expect(new Set(rows.map((r) => r[9])).size).toBe(1200);
    // The header, then one chunk per batch of 500: 500 + 500 + 200.
    expect(chunks).toBe(4);
  });

  it("saves a refund through the store with its negative amount, kind, confidence and version, once", async () => {
    const c = { id: (await prisma.business.create({ data: { name: "C" } })).id, timezone: "UTC" };
    const runs = createRunStore(prisma, { staleAfterSeconds: 180 });
    const { run } = await runs.start({ businessId: c.id, mode: "range", fromDate: "2026-01-01", toDate: "2026-12-31" });
    const claimed = (await runs.claim("test-worker", run.id))!;
    const lease = { runId: run.id, leaseToken: claimed.lease_token };
    const save = (receipts: ReceiptToSave[]) =>
      runs.whileLeaseHeld(
        lease,
        async (tx) => (await saveReceipts(tx, { businessId: c.id, syncRunId: run.id }, receipts)).inserted,
      );
    const base = {
      attachmentKey: "",
      subject: "",
      sender: "billing@shop.example",
      receivedAt: new Date("2026-06-03T08:00:00Z"),
      source: "body",
      filename: null,
      contentHash: null,
      file: null,
      extractorVersion: "1.0.0",
    } satisfies Partial<ReceiptToSave>;
    const toSave: ReceiptToSave[] = [
      {
        ...base,
        gmailMessageId: "charge",
        vendor: "Shop",
        amount: "80.00",
        currency: "USD",
        receiptDate: "2026-06-01",
        kind: "receipt",
        confidence: 0.875,
        subject: "Your order",
      },
      {
        ...base,
        gmailMessageId: "bill",
        vendor: "Agency",
        amount: "1200",
        currency: "JPY",
        receiptDate: "2026-06-02",
        kind: "invoice",
        confidence: 1,
        subject: "Invoice 7",
      },
      {
        ...base,
        gmailMessageId: "credit",
        vendor: "Shop",
        amount: "-25.50",
        currency: "USD",
        receiptDate: "2026-06-03",
        kind: "refund",
        confidence: 0.625,
        subject: "Your refund",
      },
    ];
    expect(await save(toSave)).toBe(3);
    // The unique key still makes a re-save a no-op, whatever the kind.
    expect(await save(toSave)).toBe(0);

    const listed = await listReceipts(prisma, c, {});
    expect(
      listed.receipts.map((r) => ({
        vendor: r.vendor,
        amount: r.amount,
        kind: r.kind,
        confidence: r.confidence,
        extractor_version: r.extractor_version,
        sync_run_id: r.sync_run_id,
      })),
    ).toEqual([
      {
        vendor: "Shop",
        amount: "-25.50",
        kind: "refund",
        confidence: 0.625,
        extractor_version: "1.0.0",
        sync_run_id: run.id,
      },
      {
        vendor: "Agency",
        amount: "1200",
        kind: "invoice",
        confidence: 1,
        extractor_version: "1.0.0",
        sync_run_id: run.id,
      },
      {
        vendor: "Shop",
        amount: "80.00",
        kind: "receipt",
        confidence: 0.875,
        extractor_version: "1.0.0",
        sync_run_id: run.id,
      },
    ]);
    expect(listed.totals).toEqual([
      { currency: "JPY", amount: "1200", count: 1, refund_count: 0, refund_amount: "0" },
      { currency: "USD", amount: "54.50", count: 2, refund_count: 1, refund_amount: "-25.50" },
    ]);
    expect((await listReceipts(prisma, c, { kind: "refund" })).receipts.map((r) => r.amount)).toEqual(["-25.50"]);
    expect(await monthlySpending(prisma, c.id, { kind: "receipt" })).toEqual([
      { month: "2026-06", currency: "USD", amount: "80.00" },
    ]);
    expect(await monthlySpending(prisma, c.id)).toEqual([
      { month: "2026-06", currency: "JPY", amount: "1200" },
      { month: "2026-06", currency: "USD", amount: "54.50" },
    ]);
    const [row] = await prisma.$queryRaw<{ confidence: number; extractor_version: string }[]>`
      SELECT confidence, extractor_version FROM receipts WHERE business_id = ${c.id}::uuid AND gmail_message_id = 'credit'`;
    expect(row).toEqual({ confidence: 0.625, extractor_version: "1.0.0" });

    // The database refuses a confidence outside 0..1, and the whole batch with it.
    const bad = { ...toSave[0]!, gmailMessageId: "overconfident", confidence: 1.5 };
    await expect(save([{ ...toSave[0]!, gmailMessageId: "fine" }, bad])).rejects.toThrow();
    expect(await prisma.receipt.count({ where: { businessId: c.id } })).toBe(3);
    await runs.finish({
      ...lease,
      status: "completed",
      counters: { messagesScanned: 3, pagesScanned: 1, savedReceipts: 3, updatedReceipts: 0 },
      progressPercentage: 100,
    });
  });

  it("refuses a kind outside receipt, invoice and refund with 400 invalid_kind", async () => {
    await expect(answered(listReceipts(prisma, a, { kind: "gift" as never }))).resolves.toMatchObject({
      status: 400,
      code: "invalid_kind",
      message: "Invalid kind: 'gift'. Use receipt, invoice or refund",
    });
    await expect(answered(monthlySpending(prisma, a.id, { kind: "REFUND" as never }))).resolves.toMatchObject({
      status: 400,
      code: "invalid_kind",
    });
  });

  it("never lists, totals, charts or exports a dismissed receipt, yet shows it by id; review_status narrows", async () => {
    const d = { id: (await prisma.business.create({ data: { name: "D" } })).id, timezone: "UTC" };
    const kept = await seed(d.id, { vendor: "Kept", amount: "10.00", currency: "USD", date: "2026-05-01" }, 0);
    const unsure = await seed(d.id, { vendor: "Unsure", amount: "5.00", currency: "USD", date: "2026-05-02" }, 1);
    const gone = await seed(d.id, { vendor: "Newsletter", amount: "99.00", currency: "USD", date: "2026-05-03" }, 2);
    await prisma.$executeRaw`UPDATE receipts SET dismissed_at = now() WHERE id = ${gone}::uuid`;
    await prisma.$executeRaw`UPDATE receipts SET review_status = 'needs_review' WHERE id = ${unsure}::uuid`;

    const listed = await listReceipts(prisma, d, {});
    expect(listed.receipts.map((r) => r.id)).toEqual([unsure, kept]);
    expect(listed.totals).toEqual([
      { currency: "USD", amount: "15.00", count: 2, refund_count: 0, refund_amount: "0.00" },
    ]);
    expect(await monthlySpending(prisma, d.id)).toEqual([{ month: "2026-05", currency: "USD", amount: "15.00" }]);
    const csv = parseCsv((await readStream(receiptsCsvStream(prisma, d, {}))).text.slice(1));
    expect(csv.slice(1).map((r) => r[9])).toEqual([unsure, kept]);
    expect(await getReceipt(prisma, d.id, gone)).toMatchObject({
      vendor: "Newsletter",
      dismissed_at: expect.any(String),
    });

    const queue = await listReceipts(prisma, d, { reviewStatus: "needs_review" });
    expect(queue.receipts.map((r) => r.id)).toEqual([unsure]);
    expect(queue.receipts[0]).toMatchObject({ review_status: "needs_review", edited_fields: [], note: null });
    // The dismissed receipt is auto too, and still not there.
    expect((await listReceipts(prisma, d, { reviewStatus: "auto" })).receipts.map((r) => r.id)).toEqual([kept]);
    await expect(answered(listReceipts(prisma, d, { reviewStatus: "pending" as never }))).resolves.toEqual({
      status: 400,
      code: "invalid_review_status",
      message: "Invalid review_status: 'pending'. Use auto, needs_review or confirmed",
    });
  });

  it("fails the stream, not the process, on a bad filter", async () => {
    await expect(answered(readStream(receiptsCsvStream(prisma, a, { currency: "€€€" })))).resolves.toMatchObject({
      status: 400,
      code: "invalid_currency",
    });
  });
});
