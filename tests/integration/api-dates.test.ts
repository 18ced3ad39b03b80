// Date parameters through the real handlers, on both databases: every malformed or impossible date is
// a 400 naming the parameter the caller used and echoing the value — in the query of GET /api/receipts
// and /export.csv and in the JSON body of POST /api/receipts/sync — and from after to is a 400 too.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportCsv } from "@/app/api/receipts/export.csv/route";
import { GET as listReceipts } from "@/app/api/receipts/route";
import { POST as startSync } from "@/app/api/receipts/sync/route";
import { receiptList, syncStarted } from "@/lib/api/schemas/responses";
import {
  call,
  expectBody,
  expectError,
  seedBusiness,
  type SeededBusiness,
  useApiDatabase,
} from "../support/api-harness";
import { DATABASE_KINDS } from "../support/test-database";

const HUGE = "2026-01-15".repeat(1_000);

const BAD_DATES: [string, string][] = [
  ["impossible day", "2026-02-30"],
  ["29 February of a common year", "2026-02-29"],
  ["29 February of a century year", "1900-02-29"],
  ["31st of a 30-day month", "2026-04-31"],
  ["month 13", "2026-13-01"],
  ["month 00", "2026-00-10"],
  ["day 00", "2026-01-00"],
  ["day 32", "2026-01-32"],
  ["slashes", "2026/01/15"],
  ["dots", "2026.01.15"],
  ["no separators", "20260115"],
  ["unpadded", "2026-1-5"],
  ["two-digit year", "26-01-15"],
  ["day first", "15-01-2026"],
  ["US order", "01/15/2026"],
  ["year and month only", "2026-01"],
  ["ISO week", "2026-W03"],
  ["ordinal date", "2026-015"],
  ["empty", ""],
  ["a space", " "],
  ["leading space", " 2026-01-15"],
  ["trailing space", "2026-01-15 "],
  ["trailing newline", "2026-01-15\n"],
  ["trailing tab", "2026-01-15\t"],
  ["trailing NUL", "2026-01-15\u0000"],
  ["full-width digits", "２０２６-０１-１５"],
  ["Arabic-Indic digits", "٢٠٢٦-٠١-١٥"],
  ["Unicode hyphens", "2026\u201001\u201015"],
  ["minus signs", "2026\u221201\u221215"],
  ["a timestamp", "2026-01-15T00:00:00Z"],
  ["a local date-time", "2026-01-15 10:00"],
  ["signed year", "+2026-01-15"],
  ["negative year", "-2026-01-15"],
  ["year 0001", "0001-01-01"],
  ["year 1899", "1899-12-31"],
  ["year 3000", "3000-01-01"],
  ["year 9999", "9999-12-31"],
  ["a word", "today"],
  ["null as text", "null"],
  ["undefined as text", "undefined"],
  ["a number", "1e3"],
  ["NaN", "NaN"],
  ["SQL injection", "2026-01-15' OR '1'='1"],
  ["stacked SQL", "2026-01-15; DROP TABLE receipts; --"],
  ["markup", "<script>alert(1)</script>"],
  ["huge string", HUGE],
];

/** The message echoes the value, cut at 100 characters. */
const invalidDate = (param: string, value: string) => ({
  error: `Invalid ${param} format: '${value.length > 100 ? `${value.slice(0, 100)}…` : value}'. Use YYYY-MM-DD format`,
  code: "invalid_date",
});

describe.each(DATABASE_KINDS)("date parameters on %s", (kind) => {
  const db = useApiDatabase(kind);
  let a: SeededBusiness;
  beforeAll(async () => {
    a = await seedBusiness(db.prisma);
  });

  const list = (query: string) => call(listReceipts, `/api/receipts?${query}`, { headers: a.bearer });
  const sync = (body: unknown) => call(startSync, "/api/receipts/sync", { method: "POST", headers: a.bearer, body });

  it("the table holds at least 30 bad dates", () => {
    expect(BAD_DATES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BAD_DATES)(
    "%s is 400 invalid_date naming the parameter, in the query and in the sync body",
    async (_label, value) => {
      for (const param of ["from_date", "fromDate", "to_date", "toDate"]) {
        const query = `${param}=${encodeURIComponent(value)}`;
        expectError(await list(query), 400, invalidDate(param, value));
        expectError(
          await call(exportCsv, `/api/receipts/export.csv?${query}`, { headers: a.bearer }),
          400,
          invalidDate(param, value),
        );
        expectError(await sync({ [param]: value }), 400, invalidDate(param, value));
      }
      // A bad bound is reported even when the other bound is fine.
      expectError(
        await list(`from_date=2026-01-01&to_date=${encodeURIComponent(value)}`),
        400,
        invalidDate("to_date", value),
      );
      expectError(await sync({ fromDate: "2026-01-01", toDate: value }), 400, invalidDate("toDate", value));
      expect(await db.prisma.receiptSyncRun.count({ where: { businessId: a.id } })).toBe(0);
    },
  );

  it.each([
    [
      "from_date=2026-03-01&to_date=2026-02-01",
      { from_date: "2026-03-01", to_date: "2026-02-01" },
      "from_date (2026-03-01) is after to_date (2026-02-01)",
    ],
    [
      "fromDate=2026-03-01&toDate=2026-02-01",
      { fromDate: "2026-03-01", toDate: "2026-02-01" },
      "fromDate (2026-03-01) is after toDate (2026-02-01)",
    ],
    [
      "from_date=2026-01-02&toDate=2026-01-01",
      { from_date: "2026-01-02", toDate: "2026-01-01" },
      "from_date (2026-01-02) is after toDate (2026-01-01)",
    ],
    [
      "from_date=2999-12-31&to_date=1900-01-01",
      { from_date: "2999-12-31", to_date: "1900-01-01" },
      "from_date (2999-12-31) is after to_date (1900-01-01)",
    ],
  ])("%s (from after to) is 400 invalid_date_range", async (query, body, error) => {
    expectError(await list(query), 400, { error, code: "invalid_date_range" });
    expectError(await sync(body), 400, { error, code: "invalid_date_range" });
  });

  it("a repeated date parameter is 400 rather than a silent pick", async () => {
    expectError(await list("from_date=2026-01-01&from_date=2026-02-01"), 400, {
      error: "from_date was given 2 times; give it once",
      code: "invalid_request",
    });
  });

  it("snake_case wins: a bad camelCase value beside a good snake_case one is ignored", async () => {
    expectBody(await list("from_date=2026-01-01&fromDate=2026-02-30"), 200, receiptList);
  });

  it("days before 1970 filter the list, but a sync of them is refused: Gmail cannot search before 1970", async () => {
    expectBody(await list("from_date=1900-01-01&to_date=1900-01-31"), 200, receiptList);
    expectError(await sync({ from_date: "1900-01-01", to_date: "1900-01-31" }), 400, {
      error: "from_date must be 1970-01-01 or later: Gmail cannot search before then",
      code: "invalid_date_range",
    });
  });

  it.each([
    ["2024-02-29", "2024-02-29"],
    ["1970-01-01", "1970-01-31"],
    ["2999-12-01", "2999-12-31"],
    ["2026-01-15", "2026-01-15"],
  ])("the real days %s..%s are accepted by the list and by sync", async (from, to) => {
    const listed = expectBody(await list(`from_date=${from}&to_date=${to}`), 200, receiptList);
    expect(listed.receipts).toEqual([]);
    const started = expectBody(await sync({ from_date: from, to_date: to }), 202, syncStarted);
    expect(started.run).toMatchObject({ from_date: from, to_date: to });
    await db.prisma
      .$executeRaw`UPDATE receipt_sync_runs SET status = 'cancelled', finished_at = now() WHERE id = ${started.run.id}::uuid`;
  });
});
