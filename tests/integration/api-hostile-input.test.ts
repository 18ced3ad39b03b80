// Hostile and absurd requests through the real handlers, on both databases: each is answered with a
// 4xx in the error shape — never a 500 — and no error body exposes internals or a credential.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listBusinesses, POST as createBusiness } from "@/app/api/businesses/route";
import { GET as getReceiptFile } from "@/app/api/receipts/[id]/file/route";
import { POST as confirmReceipt } from "@/app/api/receipts/[id]/confirm/route";
import { POST as dismissReceipt } from "@/app/api/receipts/[id]/dismiss/route";
import { GET as receiptHistory } from "@/app/api/receipts/[id]/history/route";
import { POST as restoreReceipt } from "@/app/api/receipts/[id]/restore/route";
import { GET as getReceipt, PATCH as editReceipt } from "@/app/api/receipts/[id]/route";
import { GET as exportCsv } from "@/app/api/receipts/export.csv/route";
import { GET as listReceipts } from "@/app/api/receipts/route";
import { POST as startSync } from "@/app/api/receipts/sync/route";
import { GET as listRuns } from "@/app/api/receipts/sync/runs/route";
import { GET as syncStatus } from "@/app/api/receipts/sync/status/route";
import { errorBody } from "@/lib/api/schemas/responses";
import {
  call,
  expectError,
  expectNoLeak,
  seedBusiness,
  seedReceipt,
  type ApiResponse,
  type SeededBusiness,
  useApiDatabase,
} from "../support/api-harness";
import { DATABASE_KINDS } from "../support/test-database";

const TEN_KB = "x".repeat(10 * 1024);

describe.each(DATABASE_KINDS)("hostile input on %s", (kind) => {
  const db = useApiDatabase(kind);
  let a: SeededBusiness;
  let secrets: string[];
  let acme: string;
  beforeAll(async () => {
    a = await seedBusiness(db.prisma, { session: true });
    acme = await seedReceipt(db.prisma, a.id, { vendor: "Acme", amount: "10.00", date: "2026-01-10" });
    // The key, and the session token without its signature.
    secrets = [a.key, a.session.cookie.split("=")[1]!.split(".")[0]!];
  });

  /** A 4xx in the error shape that leaks nothing; returns the body for further checks. */
  function expectRejected(response: ApiResponse, status?: number): void {
    expect(response.status, response.text).toBeGreaterThanOrEqual(400);
    expect(response.status, response.text).toBeLessThan(500);
    if (status !== undefined) expect(response.status, response.text).toBe(status);
    expect(errorBody.safeParse(response.body).success, response.text).toBe(true);
    expectNoLeak(response, secrets);
  }

  const sync = (body: string | undefined, headers: Record<string, string> = { "content-type": "application/json" }) =>
    call(startSync, "/api/receipts/sync", { method: "POST", headers: { ...a.bearer, ...headers }, body });

  describe("POST /api/receipts/sync bodies", () => {
    it.each([
      '{"from_date": "2026-01-01"',
      "{from_date: '2026-01-01'}",
      "not json",
      '{"a":1}}',
      "\u0000",
      '{"from_date": "2026-01-01",}',
    ])("malformed JSON %j is 400 invalid_json", async (text) => {
      const response = await sync(text);
      expectError(response, 400, { error: "Request body is not valid JSON", code: "invalid_json" });
      expectNoLeak(response, secrets);
    });

    it.each([
      ["text/plain", '{"from_date":"2026-01-01"}'],
      ["application/x-www-form-urlencoded", "from_date=2026-01-01"],
      [
        "multipart/form-data; boundary=x",
        '--x\r\nContent-Disposition: form-data; name="from_date"\r\n\r\n2026-01-01\r\n--x--',
      ],
      ["application/xml", "<from_date>2026-01-01</from_date>"],
    ])("Content-Type %s is 415", async (type, text) => {
      const response = await sync(text, { "content-type": type });
      expectError(response, 415, {
        error: "Send the body as JSON with Content-Type: application/json",
        code: "unsupported_media_type",
      });
    });

    it("a JSON body without a Content-Type is 415", async () => {
      expectError(await sync('{"from_date":"2026-01-01"}', {}), 415, {
        error: "Send the body as JSON with Content-Type: application/json",
        code: "unsupported_media_type",
      });
    });

    it.each([
      ["just over 16 kB of JSON", JSON.stringify({ from_date: "2026-01-01", pad: "x".repeat(16 * 1024) })],
      ["1 MB of JSON", JSON.stringify({ from_date: "y".repeat(1024 * 1024) })],
      ["16 kB + 1 of multi-byte text", `"${"é".repeat(8 * 1024)}"`],
    ])("%s is 413", async (_label, text) => {
      const response = await sync(text);
      expectError(response, 413, { error: "Request body is larger than 16384 bytes", code: "payload_too_large" });
    });

    it("a declared Content-Length over the limit is 413 before the body is read", async () => {
      const response = await startSync(
        new Request("http://test/api/receipts/sync", {
          method: "POST",
          headers: { ...a.bearer, "content-type": "application/json", "content-length": "999999999" },
          body: "{}",
        }),
        { params: Promise.resolve({}) },
      );
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        success: false,
        error: "Request body is larger than 16384 bytes",
        code: "payload_too_large",
      });
    });

    it.each([
      [{ from_date: "2026-01-01", extra: 1 }, "Unknown field(s): extra"],
      [{ start: "2026-01-01" }, "Unknown field(s): start"],
      [
        { from_date: "2026-01-01", to_date: "2026-01-31", business_id: "00000000-0000-4000-8000-000000000000" },
        "Unknown field(s): business_id",
      ],
      [{ FROM_DATE: "2026-01-01" }, "Unknown field(s): FROM_DATE"],
    ])("unknown fields %j are 400", async (body, error) => {
      expectError(await sync(JSON.stringify(body)), 400, { error, code: "invalid_request" });
    });

    it.each([
      ["an array", "[]"],
      ["a string", '"2026-01-01"'],
      ["a number", "42"],
      ["null", "null"],
      ["true", "true"],
      ["a prototype key", '{"__proto__": {"from_date": "2026-01-01"}}'],
      ["a constructor key", '{"constructor": {"prototype": {"x": 1}}}'],
      ["a numeric date", '{"from_date": 20260101}'],
      ["an array date", '{"from_date": ["2026-01-01"]}'],
      ["an object date", '{"from_date": {"$gt": ""}}'],
      ["a boolean date", '{"to_date": true}'],
      ["a 10 kB date", JSON.stringify({ from_date: TEN_KB })],
      ["a 10 kB field name", JSON.stringify({ [TEN_KB]: "2026-01-01" })],
      ["year 0001", '{"from_date": "0001-01-01"}'],
      ["year 9999", '{"to_date": "9999-12-31"}'],
      ["deeply nested JSON", `${"[".repeat(5000)}${"]".repeat(5000)}`],
    ])("%s is a 4xx, never a 500", async (_label, text) => {
      expectRejected(await sync(text), 400);
    });

    it("no bad body started a run", async () => {
      expect(await db.prisma.receiptSyncRun.count({ where: { businessId: a.id } })).toBe(0);
    });
  });

  describe("PATCH /api/receipts/{id} bodies", () => {
    const edit = (text: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
      call(editReceipt, `/api/receipts/${acme}`, {
        method: "PATCH",
        headers: { ...a.bearer, ...headers },
        body: text,
        params: { id: acme },
      });

    it.each([
      ["malformed JSON", '{"vendor": "x"', 400],
      ["a form post", "vendor=x", 415, { "content-type": "application/x-www-form-urlencoded" }],
      ["just over 16 kB", JSON.stringify({ note: "x".repeat(16 * 1024) }), 413],
      ["an array", '[{"vendor": "x"}]', 400],
      ["null", "null", 400],
      ["a string", '"vendor"', 400],
      ["a prototype key", '{"__proto__": {"vendor": "x"}}', 400],
      ["a constructor key", '{"constructor": {"prototype": {"vendor": "x"}}}', 400],
      ["an object amount", '{"amount": {"$gt": 0}}', 400],
      ["an array amount", '{"amount": ["1.00", "2.00"]}', 400],
      ["a boolean kind", '{"kind": true}', 400],
      ["a numeric currency", '{"currency": 978}', 400],
      ["a 15-digit amount", '{"amount": "100000000000000"}', 400],
      ["an amount of 10 kB", JSON.stringify({ amount: TEN_KB }), 400],
      ["a vendor of 10 kB", JSON.stringify({ vendor: TEN_KB }), 400],
      ["a currency of 10 kB", JSON.stringify({ currency: TEN_KB }), 400],
      ["a NUL in the note", JSON.stringify({ note: "a\u0000b" }), 400],
      ["a SQL vendor with a bad date", JSON.stringify({ vendor: "'; DROP TABLE receipts --", receipt_date: "x" }), 400],
      ["year 9999", '{"receipt_date": "9999-12-31"}', 400],
      ["deeply nested JSON", `${"[".repeat(5000)}${"]".repeat(5000)}`, 400],
    ] as const)("%s is a 4xx, never a 500", async (_label, text, status, headers?: Record<string, string>) => {
      expectRejected(await edit(text, headers), status);
    });

    it("no bad body changed the receipt or wrote history", async () => {
      await expect(db.prisma.receipt.findUniqueOrThrow({ where: { id: acme } })).resolves.toMatchObject({
        vendor: "Acme",
        editedFields: [],
        note: null,
      });
      expect(await db.prisma.receiptChange.count({ where: { receiptId: acme } })).toBe(0);
    });
  });

  describe("absurd query values", () => {
    const cases: [string, string, number][] = [
      ["/api/receipts", "limit=0", 400],
      ["/api/receipts", "limit=-1", 400],
      ["/api/receipts", "limit=201", 400],
      ["/api/receipts", "limit=99999999999999999999", 400],
      ["/api/receipts", "limit=1e309", 400],
      ["/api/receipts", "limit=abc", 400],
      ["/api/receipts", "limit=", 400],
      ["/api/receipts", "limit=1&limit=2", 400],
      ["/api/receipts", `q=${TEN_KB}`, 400],
      ["/api/receipts", `currency=${TEN_KB}`, 400],
      ["/api/receipts", "currency=E%C3%9AR", 400],
      ["/api/receipts", "currency=US", 400],
      ["/api/receipts", "sort=id;DROP TABLE receipts", 400],
      ["/api/receipts", `sort=${TEN_KB}`, 400],
      ["/api/receipts", `cursor=${TEN_KB}`, 400],
      ["/api/receipts", "cursor=", 400],
      ["/api/receipts", "cursor=%00", 400],
      ["/api/receipts", "from_date=0001-01-01", 400],
      ["/api/receipts", "to_date=9999-12-31", 400],
      ["/api/receipts", `from_date=${TEN_KB}`, 400],
      ["/api/receipts", `kind=${TEN_KB}`, 400],
      ["/api/receipts", "kind=%00", 400],
      ["/api/receipts", "kind=refund%00", 400],
      ["/api/receipts", "kind=refund'--", 400],
      ["/api/receipts/export.csv", "kind=credit_note", 400],
      ["/api/receipts/export.csv", "limit=abc", 400],
      ["/api/receipts/export.csv", `q=${TEN_KB}`, 400],
      // Validated before the stream starts: a NUL would abort a 200 mid-download.
      ["/api/receipts/export.csv", "q=%00", 400],
      ["/api/receipts", "q=a%00b", 400],
      ["/api/receipts/export.csv", "from_date=9999-12-31", 400],
      ["/api/receipts", `review_status=${TEN_KB}`, 400],
      ["/api/receipts", "review_status=confirmed%00", 400],
      ["/api/receipts/export.csv", "review_status=auto'--", 400],
      ["/api/receipts/sync/runs", "limit=0", 400],
      ["/api/receipts/sync/runs", "limit=-5", 400],
      ["/api/receipts/sync/runs", "limit=1e400", 400],
      ["/api/receipts/sync/runs", "limit=abc", 400],
      ["/api/receipts/sync/runs", `cursor=${TEN_KB}`, 400],
      ["/api/receipts/sync/status", `run_id=${TEN_KB}`, 400],
      ["/api/receipts/sync/status", "run_id=00000000-0000-0000-0000-00000000000g", 400],
    ];
    const handlers: Record<string, typeof listReceipts> = {
      "/api/receipts": listReceipts,
      "/api/receipts/export.csv": exportCsv,
      "/api/receipts/sync/runs": listRuns,
      "/api/receipts/sync/status": syncStatus,
    };

    it.each(
      cases.map(
        ([path, query, status]) =>
          [path, query.length > 80 ? `${query.slice(0, 40)}… (${query.length} chars)` : query, status, query] as const,
      ),
    )("%s?%s is %i", async (path, _shown, status, query) => {
      expectRejected(await call(handlers[path]!, `${path}?${query}`, { headers: a.bearer }), status);
      expectRejected(await call(handlers[path]!, `${path}?${query}`, { headers: a.session }), status);
    });

    it.each(["1e1", "10.0", " 10", "010", "0x10"])("limit=%s is read as 10 or rejected, never a 500", async (limit) => {
      const response = await call(listReceipts, `/api/receipts?limit=${encodeURIComponent(limit)}`, {
        headers: a.bearer,
      });
      expect([200, 400]).toContain(response.status);
    });

    it("a search for SQL or LIKE wildcards is just text", async () => {
      for (const q of ["' OR 1=1 --", "%", "_", "\\", "SELECT * FROM receipts", "\u0000"]) {
        const response = await call(listReceipts, `/api/receipts?q=${encodeURIComponent(q)}`, { headers: a.bearer });
        if (q === "\u0000") {
          // PostgreSQL text cannot hold NUL.
          expectError(response, 400, { error: "q must not contain NUL characters", code: "invalid_query" });
          continue;
        }
        expect(response.status, `${q}: ${response.text}`).toBe(200);
        expect(response.body.receipts, q).toEqual([]);
      }
    });
  });

  describe("absurd ids and headers", () => {
    it.each([TEN_KB, "%00", "\u0000", "' OR '1'='1", "00000000-0000-4000-8000-000000000000/../x", "ＡＢＣ"])(
      "receipt id %# is 404",
      async (id) => {
        const headers = a.bearer;
        expectRejected(await call(getReceipt, "/api/receipts/x", { headers, params: { id } }), 404);
        expectRejected(await call(getReceiptFile, "/api/receipts/x/file", { headers, params: { id } }), 404);
        expectRejected(await call(receiptHistory, "/api/receipts/x/history", { headers, params: { id } }), 404);
        const body = { vendor: "x" };
        expectRejected(
          await call(editReceipt, "/api/receipts/x", { method: "PATCH", headers, body, params: { id } }),
          404,
        );
        for (const handler of [confirmReceipt, dismissReceipt, restoreReceipt]) {
          expectRejected(
            await call(handler, "/api/receipts/x/confirm", { method: "POST", headers, params: { id } }),
            404,
          );
        }
      },
    );

    it.each([
      [{ authorization: `Bearer ${TEN_KB}` }, 401],
      [{ authorization: `Bearer rsk_${"a".repeat(40)}' OR '1'='1` }, 401],
      [{ authorization: "Bearer " }, 401],
      [{ authorization: "" }, 401],
      [{ cookie: `better-auth.session_token=${TEN_KB}` }, 401],
      [{ "x-business-id": TEN_KB }, 401],
    ])("headers %# are 401", async (headers, status) => {
      expectRejected(await call(listReceipts, "/api/receipts", { headers }), status);
    });

    it("a session naming an absurd business is 404", async () => {
      for (const business of [TEN_KB, "' OR 1=1 --", "00000000-0000-4000-8000-000000000000"]) {
        expectRejected(
          await call(listReceipts, "/api/receipts", { headers: { ...a.session, "x-business-id": business } }),
          404,
        );
      }
    });
  });

  describe("POST /api/businesses", () => {
    const create = (body: unknown, headers: Record<string, string> = a.session) =>
      call(createBusiness, "/api/businesses", { method: "POST", headers, body });

    it("creates a business owned by the signed-in user; without a session it is 401", async () => {
      const response = await create({ name: "  Second Ltd ", timezone: "europe/berlin" });
      expect(response.status, response.text).toBe(201);
      expect(response.body).toEqual({
        success: true,
        business: { id: expect.any(String), name: "Second Ltd", timezone: "Europe/Berlin", role: "owner" },
      });
      const listed = await call(listBusinesses, "/api/businesses", { headers: a.session });
      expect(listed.body.businesses.map((b: { name: string }) => b.name)).toEqual([expect.any(String), "Second Ltd"]);
      expectError(await create({ name: "X", timezone: "UTC" }, {}), 401, {
        error: "Sign in first",
        code: "unauthorized",
      });
      // An API key acts for one business; it cannot create others.
      expectError(await create({ name: "X", timezone: "UTC" }, a.bearer), 401, {
        error: "Sign in first",
        code: "unauthorized",
      });
    });

    it.each([
      [{ name: "A\u0000B", timezone: "UTC" }, "name: must not contain NUL characters"],
      [{ name: TEN_KB, timezone: "UTC" }, "name: must be 1 to 100 characters"],
      [{ name: "A", timezone: TEN_KB }, "timezone: Too big: expected string to have <=64 characters"],
      [{ name: "A", timezone: "UTC", owner_id: "x" }, "Unknown field(s): owner_id"],
    ])("%# is 400", async (body, error) => {
      expectError(await create(body), 400, { error, code: "invalid_request" });
    });
  });

  it("a client that hangs up while its body is read gets no 500 and starts nothing", async () => {
    // Half a body, then the socket closes: Node fails the body stream with "aborted" (ECONNRESET).
    const body = new ReadableStream({
      start: (c) => {
        c.enqueue(new TextEncoder().encode('{"from_da'));
        c.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      },
    });
    const request = new Request("http://test/api/receipts/sync", {
      method: "POST",
      headers: { ...a.bearer, "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    const response = await startSync(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(499);
    expect(await response.json()).toEqual({
      success: false,
      error: "The request was aborted by the client",
      code: "client_aborted",
    });
    expect(await db.prisma.receiptSyncRun.count({ where: { businessId: a.id } })).toBe(0);
  });
});
