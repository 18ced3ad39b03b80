// GET /api/receipts (filters, both date spellings, keyset pages, totals), /{id}, /{id}/file,
// /export.csv, /spending and /api/openapi.json through the real handlers, on both databases;
// and 401 for every endpoint without credentials or with a revoked key.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/openapi.json/route";
import { POST as confirmReceipt } from "@/app/api/receipts/[id]/confirm/route";
import { POST as dismissReceipt } from "@/app/api/receipts/[id]/dismiss/route";
import { GET as receiptHistory } from "@/app/api/receipts/[id]/history/route";
import { POST as restoreReceipt } from "@/app/api/receipts/[id]/restore/route";
import { GET as getReceipt, PATCH as editReceipt } from "@/app/api/receipts/[id]/route";
import { GET as getReceiptFile } from "@/app/api/receipts/[id]/file/route";
import { GET as exportCsv } from "@/app/api/receipts/export.csv/route";
import { GET as listReceipts } from "@/app/api/receipts/route";
import { GET as spending } from "@/app/api/receipts/spending/route";
import { POST as startSync } from "@/app/api/receipts/sync/route";
import { POST as cancelSync } from "@/app/api/receipts/sync/cancel/route";
import { GET as listRuns } from "@/app/api/receipts/sync/runs/route";
import { GET as syncStatus } from "@/app/api/receipts/sync/status/route";
import { receiptBody, receiptList, spendingBody } from "@/lib/api/schemas/responses";
import { revokeApiKey } from "@/lib/auth/api-keys";
import {
  call,
  expectBody,
  expectError,
  seedBusiness,
  seedReceipt,
  type SeededBusiness,
  useApiDatabase,
} from "../support/api-harness";
import { DATABASE_KINDS } from "../support/test-database";

const PDF = new Uint8Array(Buffer.from("%PDF-1.4\n% receipt bytes \u00ff\u0000\u0001 end\n%%EOF\n", "latin1"));

const SEEDS = [
  { vendor: "Acme Cloud", amount: "10.00", currency: "USD", date: "2026-01-05" },
  { vendor: "Bolt Rides", amount: "25.5", currency: "EUR", date: "2026-01-20" },
  {
    vendor: "Café Olé",
    amount: "7.25",
    currency: "USD",
    date: "2026-02-01",
    file: { data: PDF, mimeType: "application/pdf", filename: "Facture café.pdf" },
  },
  { vendor: "Dropbox", amount: "120", currency: "USD", date: "2026-02-28", subject: "Dropbox Plus renewal" },
  { vendor: "Evernote", amount: "1200", currency: "JPY", date: "2026-03-15" },
  { vendor: "Figma, Inc.", amount: "15.00", currency: "USD", date: "2026-03-31", subject: 'Receipt "March"' },
  { vendor: '=HYPERLINK("x")', amount: "3.10", currency: "EUR", date: "2025-12-31" },
];

describe.each(DATABASE_KINDS)("receipts API on %s", (kind) => {
  const db = useApiDatabase(kind);
  let a: SeededBusiness;
  let ids: Record<string, string>;
  beforeAll(async () => {
    a = await seedBusiness(db.prisma, { session: true });
    ids = {};
    for (const seed of SEEDS) ids[seed.vendor] = await seedReceipt(db.prisma, a.id, seed);
  });

  const list = async (query: string, headers: Record<string, string> = a.bearer) =>
    expectBody(await call(listReceipts, `/api/receipts${query}`, { headers }), 200, receiptList);
  const vendors = (body: { receipts: { vendor: string }[] }) => body.receipts.map((r) => r.vendor);

  describe("GET /api/receipts", () => {
    it("lists every receipt newest first with totals per currency, by key and by session", async () => {
      const body = await list("");
      expect(vendors(body)).toEqual([
        "Figma, Inc.",
        "Evernote",
        "Dropbox",
        "Café Olé",
        "Bolt Rides",
        "Acme Cloud",
        '=HYPERLINK("x")',
      ]);
      expect(body.next_cursor).toBeNull();
      expect(body.totals).toEqual([
        { currency: "EUR", amount: "28.60", count: 2, refund_count: 0, refund_amount: "0.00" },
        { currency: "JPY", amount: "1200", count: 1, refund_count: 0, refund_amount: "0" },
        { currency: "USD", amount: "152.25", count: 4, refund_count: 0, refund_amount: "0.00" },
      ]);
      expect(body.receipts[3]).toMatchObject({
        id: ids["Café Olé"],
        amount: "7.25",
        currency: "USD",
        receipt_date: "2026-02-01",
        source: "attachment",
        filename: "Facture café.pdf",
        has_file: true,
        sync_run_id: null,
      });
      // Rows saved before kinds were recorded read as receipts, with no confidence or version.
      expect(body.receipts[3]).toMatchObject({ kind: "receipt", confidence: null, extractor_version: null });
      expect(body.receipts[1]).toMatchObject({
        amount: "1200",
        currency: "JPY",
        has_file: false,
        filename: null,
        source: "body",
      });
      expect(await list("", a.session)).toEqual(body);
    });

    it.each([
      ["?from_date=2026-02-01&to_date=2026-02-28", ["Dropbox", "Café Olé"]],
      ["?fromDate=2026-02-01&toDate=2026-02-28", ["Dropbox", "Café Olé"]],
      ["?from_date=2026-02-01&toDate=2026-02-28", ["Dropbox", "Café Olé"]],
      // snake_case wins when both spellings are sent.
      ["?from_date=2026-02-01&fromDate=2020-01-01&to_date=2026-02-28&toDate=2030-01-01", ["Dropbox", "Café Olé"]],
      ["?from_date=2026-03-15", ["Figma, Inc.", "Evernote"]],
      ["?to_date=2025-12-31", ['=HYPERLINK("x")']],
      ["?from_date=2026-03-31&to_date=2026-03-31", ["Figma, Inc."]],
      ["?from_date=2024-02-29&to_date=2024-12-31", []],
      ["?currency=eur", ["Bolt Rides", '=HYPERLINK("x")']],
      ["?q=DROP", ["Dropbox"]],
      ["?q=march", ["Figma, Inc."]],
      ["?q=100%25", []],
      ["?q=%20%20", ["Figma, Inc.", "Evernote", "Dropbox", "Café Olé", "Bolt Rides", "Acme Cloud", '=HYPERLINK("x")']],
      ["?sort=date_asc&currency=USD", ["Acme Cloud", "Café Olé", "Dropbox", "Figma, Inc."]],
      ["?sort=amount_desc&currency=USD", ["Dropbox", "Figma, Inc.", "Acme Cloud", "Café Olé"]],
      ["?sort=amount_asc&from_date=2026-01-01&to_date=2026-01-31", ["Acme Cloud", "Bolt Rides"]],
      ["?sort=vendor_asc&currency=USD", ["Acme Cloud", "Café Olé", "Dropbox", "Figma, Inc."]],
    ])("%s", async (query, expected) => {
      expect(vendors(await list(query))).toEqual(expected);
    });

    it("totals cover the whole filtered set, not the page", async () => {
      const body = await list("?limit=1&from_date=2026-01-01&to_date=2026-02-28");
      expect(body.receipts).toHaveLength(1);
      expect(body.totals).toEqual([
        { currency: "EUR", amount: "25.50", count: 1, refund_count: 0, refund_amount: "0.00" },
        { currency: "USD", amount: "137.25", count: 3, refund_count: 0, refund_amount: "0.00" },
      ]);
    });

    it.each(["date_desc", "date_asc", "amount_desc", "amount_asc", "vendor_asc"])(
      "keyset pages of 2 in %s order cover the list once",
      async (sort) => {
        const whole = vendors(await list(`?sort=${sort}`));
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const query: string = `?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
          const page = await list(query);
          expect(page.receipts.length).toBeLessThanOrEqual(2);
          seen.push(...vendors(page));
          cursor = page.next_cursor;
        } while (cursor);
        expect(seen).toEqual(whole);
      },
    );

    it("a cursor of another sort, or a tampered one, is 400 invalid_cursor", async () => {
      const { next_cursor } = await list("?limit=1");
      const error = {
        error: "Invalid cursor: pass the next_cursor of the previous page unchanged, with the same sort",
        code: "invalid_cursor",
      };
      expectError(
        await call(listReceipts, `/api/receipts?sort=amount_asc&cursor=${next_cursor}`, { headers: a.bearer }),
        400,
        error,
      );
      expectError(await call(listReceipts, `/api/receipts?cursor=${next_cursor}x`, { headers: a.bearer }), 400, error);
      const forged = Buffer.from(JSON.stringify(["date_desc", "2026-01-01' OR 1=1 --", ids["Dropbox"]])).toString(
        "base64url",
      );
      expectError(await call(listReceipts, `/api/receipts?cursor=${forged}`, { headers: a.bearer }), 400, error);
    });
  });

  describe("GET /api/receipts/{id}", () => {
    it("returns the receipt", async () => {
      const response = await call(getReceipt, `/api/receipts/${ids["Dropbox"]}`, {
        headers: a.bearer,
        params: { id: ids["Dropbox"]! },
      });
      const body = expectBody(response, 200, receiptBody);
      expect(body.receipt).toMatchObject({
        id: ids["Dropbox"],
        vendor: "Dropbox",
        amount: "120.00",
        currency: "USD",
        receipt_date: "2026-02-28",
        subject: "Dropbox Plus renewal",
      });
    });

    it.each(["00000000-0000-4000-8000-000000000000", "not-a-uuid", "1; DROP TABLE receipts", ""])(
      "unknown or malformed id %j is 404",
      async (id) => {
        expectError(
          await call(getReceipt, `/api/receipts/${encodeURIComponent(id)}`, { headers: a.bearer, params: { id } }),
          404,
          { error: "Receipt not found", code: "not_found" },
        );
      },
    );
  });

  describe("GET /api/receipts/{id}/file", () => {
    it("serves the stored bytes with their content type and a download name", async () => {
      const id = ids["Café Olé"]!;
      const response = await getReceiptFile(new Request(`http://test/api/receipts/${id}/file`, { headers: a.bearer }), {
        params: Promise.resolve({ id }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="Facture caf_.pdf"; filename*=UTF-8''Facture%20caf%C3%A9.pdf`,
      );
      expect(response.headers.get("content-length")).toBe(String(PDF.length));
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
    });

    it("a receipt without a file, an unknown id and a malformed id are 404", async () => {
      for (const id of [ids["Dropbox"]!, "00000000-0000-4000-8000-000000000000", "../../etc/passwd"]) {
        expectError(
          await call(getReceiptFile, `/api/receipts/${encodeURIComponent(id)}/file`, {
            headers: a.bearer,
            params: { id },
          }),
          404,
          { error: "Receipt file not found", code: "not_found" },
        );
      }
    });
  });

  describe("GET /api/receipts/export.csv", () => {
    it("streams a BOM, the header row and one CRLF row per filtered receipt, as an attachment", async () => {
      const response = await exportCsv(
        new Request("http://test/api/receipts/export.csv?from_date=2026-02-01&to_date=2026-03-31&sort=date_asc", {
          headers: a.session,
        }),
        { params: Promise.resolve({}) },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe(
        'attachment; filename="receipts-2026-02-01-to-2026-03-31.csv"',
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      expect(text.startsWith("\uFEFF")).toBe(true);
      expect(text.slice(1).split("\r\n")).toEqual([
        "date,vendor,amount,currency,kind,subject,sender,source,filename,receipt_id,category,category_id",
        `2026-02-01,Café Olé,7.25,USD,receipt,Your Café Olé receipt,billing@cafol.example,attachment,Facture café.pdf,${ids["Café Olé"]},,`,
        `2026-02-28,Dropbox,120.00,USD,receipt,Dropbox Plus renewal,billing@dropbox.example,body,,${ids["Dropbox"]},,`,
        `2026-03-15,Evernote,1200,JPY,receipt,Your Evernote receipt,billing@evernote.example,body,,${ids["Evernote"]},,`,
        `2026-03-31,"Figma, Inc.",15.00,USD,receipt,"Receipt ""March""",billing@figmainc.example,body,,${ids["Figma, Inc."]},,`,
        "",
      ]);
    });

    it("guards formula-like vendors and names the file after the filter", async () => {
      const response = await call(exportCsv, "/api/receipts/export.csv?toDate=2025-12-31", { headers: a.bearer });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="receipts-to-2025-12-31.csv"');
      const rows = response.text.replace(/^\uFEFF/, "").split("\r\n");
      expect(rows).toHaveLength(3);
      expect(rows[1]).toBe(
        `2025-12-31,"'=HYPERLINK(""x"")",3.10,EUR,receipt,"Your =HYPERLINK(""x"") receipt",billing@hyperlinkx.example,body,,${ids['=HYPERLINK("x")']},,`,
      );
      const all = await call(exportCsv, "/api/receipts/export.csv", { headers: a.bearer });
      expect(all.headers.get("content-disposition")).toBe('attachment; filename="receipts-all.csv"');
      expect(
        all.text
          .replace(/^\uFEFF/, "")
          .trimEnd()
          .split("\r\n"),
      ).toHaveLength(1 + SEEDS.length);
    });

    it("a bad filter is a 400 before any byte is streamed", async () => {
      expectError(await call(exportCsv, "/api/receipts/export.csv?from_date=2026-02-30", { headers: a.bearer }), 400, {
        error: "Invalid from_date format: '2026-02-30'. Use YYYY-MM-DD format",
        code: "invalid_date",
      });
    });
  });

  describe("GET /api/receipts/spending", () => {
    it("sums per month and currency", async () => {
      const body = expectBody(
        await call(spending, "/api/receipts/spending?from_date=2026-01-01", { headers: a.bearer }),
        200,
        spendingBody,
      );
      expect(body.months).toEqual([
        { month: "2026-01", currency: "EUR", amount: "25.50" },
        { month: "2026-01", currency: "USD", amount: "10.00" },
        { month: "2026-02", currency: "USD", amount: "127.25" },
        { month: "2026-03", currency: "JPY", amount: "1200" },
        { month: "2026-03", currency: "USD", amount: "15.00" },
      ]);
    });
  });

  describe("kinds: receipts, invoices and refunds", () => {
    // A business of its own, so the filters above keep their expectations.
    let k: SeededBusiness;
    let kid: Record<"paid" | "billed" | "refund" | "hotel" | "hotelRefund", string>;
    beforeAll(async () => {
      k = await seedBusiness(db.prisma);
      kid = {
        paid: await seedReceipt(db.prisma, k.id, {
          vendor: "Shop",
          amount: "100.00",
          date: "2026-05-02",
          kind: "receipt",
          confidence: 0.875,
          extractorVersion: "1.0.0",
        }),
        billed: await seedReceipt(db.prisma, k.id, {
          vendor: "Agency",
          amount: "250.00",
          date: "2026-05-10",
          kind: "invoice",
          confidence: 1,
          extractorVersion: "1.0.0",
        }),
        refund: await seedReceipt(db.prisma, k.id, {
          vendor: "Shop",
          amount: "-25.00",
          date: "2026-06-03",
          kind: "refund",
          confidence: 0.5,
          extractorVersion: "1.0.0",
          subject: "-Your refund",
        }),
        // As saved before this version: no kind given (the default), no confidence, no version.
        hotel: await seedReceipt(db.prisma, k.id, {
          vendor: "Hotel",
          amount: "120.00",
          currency: "EUR",
          date: "2026-05-18",
        }),
        hotelRefund: await seedReceipt(db.prisma, k.id, {
          vendor: "Hotel",
          amount: "-40",
          currency: "EUR",
          date: "2026-05-20",
          kind: "refund",
          confidence: 0,
          extractorVersion: "2.0.0-beta",
        }),
      };
    });
    const listK = (query: string) => list(query, k.bearer);
    const idsOf = (body: { receipts: { id: string }[] }) => body.receipts.map((r) => r.id);

    it("lists a refund with its negative amount, and every receipt with kind, confidence and extractor_version", async () => {
      const body = await listK("");
      expect(idsOf(body)).toEqual([kid.refund, kid.hotelRefund, kid.hotel, kid.billed, kid.paid]);
      const byId = new Map(body.receipts.map((r) => [r.id, r]));
      expect(byId.get(kid.refund)).toMatchObject({
        vendor: "Shop",
        amount: "-25.00",
        currency: "USD",
        kind: "refund",
        confidence: 0.5,
        extractor_version: "1.0.0",
      });
      expect(byId.get(kid.hotelRefund)).toMatchObject({
        amount: "-40.00",
        currency: "EUR",
        kind: "refund",
        confidence: 0,
        extractor_version: "2.0.0-beta",
      });
      expect(byId.get(kid.paid)).toMatchObject({
        amount: "100.00",
        kind: "receipt",
        confidence: 0.875,
        extractor_version: "1.0.0",
      });
      expect(byId.get(kid.billed)).toMatchObject({
        amount: "250.00",
        kind: "invoice",
        confidence: 1,
        extractor_version: "1.0.0",
      });
      expect(byId.get(kid.hotel)).toMatchObject({
        amount: "120.00",
        kind: "receipt",
        confidence: null,
        extractor_version: null,
      });
    });

    it("GET /api/receipts/{id} carries kind, confidence and extractor_version too", async () => {
      const one = async (id: string) =>
        expectBody(
          await call(getReceipt, `/api/receipts/${id}`, { headers: k.bearer, params: { id } }),
          200,
          receiptBody,
        ).receipt;
      expect(await one(kid.refund)).toMatchObject({
        amount: "-25.00",
        kind: "refund",
        confidence: 0.5,
        extractor_version: "1.0.0",
      });
      expect(await one(kid.hotel)).toMatchObject({ kind: "receipt", confidence: null, extractor_version: null });
    });

    it("totals per currency are net of refunds, with the refunds' count and sum", async () => {
      expect((await listK("")).totals).toEqual([
        { currency: "EUR", amount: "80.00", count: 2, refund_count: 1, refund_amount: "-40.00" },
        { currency: "USD", amount: "325.00", count: 3, refund_count: 1, refund_amount: "-25.00" },
      ]);
      // Refunds only: the net is the refunded sum.
      expect((await listK("?kind=refund&currency=USD")).totals).toEqual([
        { currency: "USD", amount: "-25.00", count: 1, refund_count: 1, refund_amount: "-25.00" },
      ]);
      // A range whose refunds outweigh its spending nets below zero.
      expect((await listK("?from_date=2026-06-01")).totals).toEqual([
        { currency: "USD", amount: "-25.00", count: 1, refund_count: 1, refund_amount: "-25.00" },
      ]);
    });

    it.each([
      ["?kind=refund", ["refund", "hotelRefund"]],
      ["?kind=invoice", ["billed"]],
      ["?kind=receipt", ["hotel", "paid"]],
      ["?kind=refund&currency=EUR", ["hotelRefund"]],
      ["?kind=receipt&fromDate=2026-05-03&toDate=2026-05-31", ["hotel"]],
      ["?kind=refund&q=shop", ["refund"]],
      ["?sort=amount_asc", ["hotelRefund", "refund", "paid", "hotel", "billed"]],
      ["?sort=amount_desc&kind=refund", ["refund", "hotelRefund"]],
    ] as const)("%s", async (query, expected) => {
      expect(idsOf(await listK(query))).toEqual(expected.map((name) => kid[name]));
    });

    it("keyset pages of 1 in amount order walk across negative amounts", async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await listK(`?sort=amount_asc&limit=1${cursor ? `&cursor=${cursor}` : ""}`);
        seen.push(...idsOf(page));
        cursor = page.next_cursor;
      } while (cursor);
      expect(seen).toEqual([kid.hotelRefund, kid.refund, kid.paid, kid.hotel, kid.billed]);
    });

    const KIND_ROUTES = [
      ["GET /api/receipts", listReceipts, "/api/receipts"],
      ["GET /api/receipts/export.csv", exportCsv, "/api/receipts/export.csv"],
      ["GET /api/receipts/spending", spending, "/api/receipts/spending"],
    ] as const;
    const badKinds = [
      { label: "gift", raw: "gift", shown: "gift" },
      { label: "Refund", raw: "Refund", shown: "Refund" },
      { label: "refund,invoice", raw: "refund%2Cinvoice", shown: "refund,invoice" },
      { label: "(empty)", raw: "", shown: "" },
      { label: "SQL", raw: "%27%3B%20DROP%20TABLE%20receipts%20--", shown: "'; DROP TABLE receipts --" },
      { label: "150 characters", raw: "x".repeat(150), shown: `${"x".repeat(100)}…` },
    ];
    for (const [name, handler, path] of KIND_ROUTES) {
      it.each(badKinds)(
        `${name}?kind=$label is 400 invalid_kind, naming the parameter and the value`,
        async ({ raw, shown }) => {
          expectError(await call(handler, `${path}?kind=${raw}`, { headers: k.bearer }), 400, {
            error: `Invalid kind: '${shown}'. Use receipt, invoice or refund`,
            code: "invalid_kind",
          });
        },
      );
      it(`${name} with kind given twice is 400`, async () => {
        expectError(await call(handler, `${path}?kind=refund&kind=invoice`, { headers: k.bearer }), 400, {
          error: "kind was given 2 times; give it once",
          code: "invalid_request",
        });
      });
    }

    it("the CSV has a kind column, refunds keep their minus sign, and the kind filter applies", async () => {
      const all = await call(exportCsv, "/api/receipts/export.csv?sort=date_asc", { headers: k.bearer });
      expect(all.status).toBe(200);
      expect(all.text.replace(/^\uFEFF/, "").split("\r\n")).toEqual([
        "date,vendor,amount,currency,kind,subject,sender,source,filename,receipt_id,category,category_id",
        `2026-05-02,Shop,100.00,USD,receipt,Your Shop receipt,billing@shop.example,body,,${kid.paid},,`,
        `2026-05-10,Agency,250.00,USD,invoice,Your Agency receipt,billing@agency.example,body,,${kid.billed},,`,
        `2026-05-18,Hotel,120.00,EUR,receipt,Your Hotel receipt,billing@hotel.example,body,,${kid.hotel},,`,
        `2026-05-20,Hotel,-40.00,EUR,refund,Your Hotel receipt,billing@hotel.example,body,,${kid.hotelRefund},,`,
        // The amount is ours and stays a number; the email's subject starting with '-' is still neutralised.
        `2026-06-03,Shop,-25.00,USD,refund,'-Your refund,billing@shop.example,body,,${kid.refund},,`,
        "",
      ]);
      const refunds = await call(exportCsv, "/api/receipts/export.csv?kind=refund", { headers: k.bearer });
      expect(refunds.status).toBe(200);
      const rows = refunds.text
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split("\r\n")
        .slice(1);
      expect(rows.map((r) => r.split(",")[9])).toEqual([kid.refund, kid.hotelRefund]);
      expect(rows.every((r) => r.split(",")[4] === "refund")).toBe(true);
    });

    it("spending per month nets refunds off, and takes the kind filter", async () => {
      const months = async (query: string) =>
        expectBody(await call(spending, `/api/receipts/spending${query}`, { headers: k.bearer }), 200, spendingBody)
          .months;
      expect(await months("")).toEqual([
        { month: "2026-05", currency: "EUR", amount: "80.00" },
        { month: "2026-05", currency: "USD", amount: "350.00" },
        { month: "2026-06", currency: "USD", amount: "-25.00" },
      ]);
      expect(await months("?kind=refund")).toEqual([
        { month: "2026-05", currency: "EUR", amount: "-40.00" },
        { month: "2026-06", currency: "USD", amount: "-25.00" },
      ]);
      expect(await months("?kind=invoice&currency=usd")).toEqual([
        { month: "2026-05", currency: "USD", amount: "250.00" },
      ]);
    });
  });

  describe("credentials", () => {
    const someId = "00000000-0000-4000-8000-000000000000";
    const review = (handler: typeof confirmReceipt, action: string, headers: Record<string, string>) =>
      call(handler, `/api/receipts/${someId}/${action}`, { method: "POST", headers, params: { id: someId } });
    const endpoints: [string, (headers: Record<string, string>) => ReturnType<typeof call>][] = [
      [
        "POST /api/receipts/sync",
        (headers) => call(startSync, "/api/receipts/sync", { method: "POST", headers, body: {} }),
      ],
      ["GET /api/receipts/sync/status", (headers) => call(syncStatus, "/api/receipts/sync/status", { headers })],
      [
        "POST /api/receipts/sync/cancel",
        (headers) => call(cancelSync, "/api/receipts/sync/cancel", { method: "POST", headers }),
      ],
      ["GET /api/receipts/sync/runs", (headers) => call(listRuns, "/api/receipts/sync/runs", { headers })],
      ["GET /api/receipts", (headers) => call(listReceipts, "/api/receipts", { headers })],
      [
        "GET /api/receipts/{id}",
        (headers) => call(getReceipt, `/api/receipts/${someId}`, { headers, params: { id: someId } }),
      ],
      [
        "GET /api/receipts/{id}/file",
        (headers) => call(getReceiptFile, `/api/receipts/${someId}/file`, { headers, params: { id: someId } }),
      ],
      ["GET /api/receipts/export.csv", (headers) => call(exportCsv, "/api/receipts/export.csv", { headers })],
      ["GET /api/receipts/spending", (headers) => call(spending, "/api/receipts/spending", { headers })],
      [
        "PATCH /api/receipts/{id}",
        (headers) =>
          call(editReceipt, `/api/receipts/${someId}`, {
            method: "PATCH",
            headers,
            body: { vendor: "x" },
            params: { id: someId },
          }),
      ],
      ["POST /api/receipts/{id}/confirm", (headers) => review(confirmReceipt, "confirm", headers)],
      ["POST /api/receipts/{id}/dismiss", (headers) => review(dismissReceipt, "dismiss", headers)],
      ["POST /api/receipts/{id}/restore", (headers) => review(restoreReceipt, "restore", headers)],
      [
        "GET /api/receipts/{id}/history",
        (headers) => call(receiptHistory, `/api/receipts/${someId}/history`, { headers, params: { id: someId } }),
      ],
    ];

    it.each(endpoints)(
      "%s is 401 without credentials, with a forged cookie, a malformed header or a revoked key",
      async (_name, send) => {
        const noCredentials = {
          error: "Sign in or send an API key: Authorization: Bearer <key>",
          code: "unauthorized",
        };
        expectError(await send({}), 401, noCredentials);
        expectError(await send({ cookie: "better-auth.session_token=forged.signature" }), 401, noCredentials);
        expectError(await send({ authorization: "Basic dXNlcjpwYXNz" }), 401, {
          error: "Malformed Authorization header: send 'Authorization: Bearer <api key>'",
          code: "unauthorized",
        });
        expectError(await send({ authorization: "Bearer rsk_unknownunknownunknownunknown" }), 401, {
          error: "Invalid or revoked API key",
          code: "unauthorized",
        });
        const revoked = await seedBusiness(db.prisma);
        await revokeApiKey(db.prisma, revoked.id, revoked.keyId);
        expectError(await send(revoked.bearer), 401, { error: "Invalid or revoked API key", code: "unauthorized" });
      },
    );
  });
});

describe("GET /api/openapi.json", () => {
  it("is an OpenAPI 3.1 document describing every receipts endpoint", async () => {
    const response = getOpenApi();
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      info: { title: string; version: string };
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: "Receipt Sync API", version: expect.any(String) });

    // Every route file under app/api/receipts is documented, with the methods it exports.
    const root = path.resolve("app/api/receipts");
    const routes = fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith("route.ts"))
      .map((f) => {
        const dir = path.dirname(f) === "." ? "" : `/${path.dirname(f).split(path.sep).join("/")}`;
        const source = fs.readFileSync(path.join(root, f), "utf8");
        const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) =>
          m[1]!.toLowerCase(),
        );
        return { path: `/api/receipts${dir.replace(/\[(\w+)\]/g, "{$1}")}`, methods };
      });
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const route of routes) {
      expect(doc.paths, route.path).toHaveProperty([route.path]);
      expect(Object.keys(doc.paths[route.path]!).sort(), route.path).toEqual(route.methods.sort());
      for (const method of route.methods) {
        const responses = Object.keys(doc.paths[route.path]![method]!.responses);
        expect(responses, `${method} ${route.path}`).toEqual(expect.arrayContaining(["401", "500"]));
        expect(
          responses.some((s) => s.startsWith("2")),
          `${method} ${route.path}`,
        ).toBe(true);
      }
    }
    // Path parameters are declared for templated paths.
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const name of [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
        for (const op of Object.values(ops) as { parameters?: { name: string; in: string; required: boolean }[] }[]) {
          expect(op.parameters, p).toContainEqual(expect.objectContaining({ name, in: "path", required: true }));
        }
      }
    }
    expect(JSON.stringify(doc)).not.toContain('"$ref"');

    // The kind and review_status filters and the newer receipt fields are documented where they are served.
    type Op = {
      parameters?: { name: string; schema: { enum?: string[] } }[];
      responses: Record<string, { content?: Record<string, { schema: any }> }>;
    };
    const ops = doc.paths as unknown as Record<string, Record<string, Op>>;
    for (const p of ["/api/receipts", "/api/receipts/export.csv", "/api/receipts/spending"]) {
      expect(ops[p]!.get!.parameters, p).toContainEqual(
        expect.objectContaining({
          name: "kind",
          in: "query",
          required: false,
          schema: expect.objectContaining({ enum: ["receipt", "invoice", "refund"] }),
        }),
      );
      expect(ops[p]!.get!.parameters, p).toContainEqual(
        expect.objectContaining({
          name: "review_status",
          in: "query",
          required: false,
          schema: expect.objectContaining({ enum: ["auto", "needs_review", "confirmed"] }),
        }),
      );
    }
    const listed = ops["/api/receipts"]!.get!.responses["200"]!.content!["application/json"]!.schema;
    expect(listed.properties.receipts.items.required).toEqual(
      expect.arrayContaining([
        "kind",
        "confidence",
        "extractor_version",
        "review_status",
        "edited_fields",
        "note",
        "dismissed_at",
      ]),
    );
    expect(listed.properties.totals.items.required).toEqual(expect.arrayContaining(["refund_count", "refund_amount"]));
  });
});
