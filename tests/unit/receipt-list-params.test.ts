// The receipts query string and the CSV cell rules, without a database.
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { csvField, csvText } from "@/lib/receipts/csv";
import { escapeLike } from "@/lib/receipts/filters";
import { answeredSync } from "../support/answered";
import { parseReceiptListParams } from "@/lib/api/schemas/receipts";
import { formatAmount, minorUnits } from "@/lib/receipts/view";

describe("parseReceiptListParams", () => {
  it("reads filters and page with defaults", () => {
    expect(parseReceiptListParams(new URLSearchParams("fromDate=2026-01-01&q=acme&currency=eur"))).toEqual({
      filters: {
        fromDate: "2026-01-01",
        toDate: null,
        q: "acme",
        currency: "EUR",
        kind: null,
        reviewStatus: null,
        category: null,
        sort: "date_desc",
      },
      page: { limit: 50, cursor: null },
    });
  });
  it("reads sort, limit and cursor", () => {
    expect(parseReceiptListParams(new URLSearchParams("sort=vendor_asc&limit=200&cursor=abc")).page).toEqual({
      limit: 200,
      cursor: "abc",
    });
  });
  it.each(["limit=0", "limit=201", "limit=2.5", "limit=ten", "sort=price", "currency=EURO", `q=${"x".repeat(201)}`])(
    "rejects %s",
    (query) => {
      expect(() => parseReceiptListParams(new URLSearchParams(query))).toThrow(ZodError);
    },
  );
  it.each(["receipt", "invoice", "refund"])("reads kind=%s", (kind) => {
    expect(parseReceiptListParams(new URLSearchParams(`kind=${kind}`)).filters.kind).toBe(kind);
  });
  it.each([
    ["kind=gift", "Invalid kind: 'gift'. Use receipt, invoice or refund"],
    ["kind=", "Invalid kind: ''. Use receipt, invoice or refund"],
    ["kind=REFUND&limit=0", "Invalid kind: 'REFUND'. Use receipt, invoice or refund"],
  ])("rejects %s naming the parameter", (query, message) => {
    expect(answeredSync(() => parseReceiptListParams(new URLSearchParams(query)))).toEqual({
      status: 400,
      code: "invalid_kind",
      message,
    });
  });
  it.each(["auto", "needs_review", "confirmed"])("reads review_status=%s", (status) => {
    expect(parseReceiptListParams(new URLSearchParams(`review_status=${status}`)).filters.reviewStatus).toBe(status);
  });
  it.each([
    ["review_status=pending", "Invalid review_status: 'pending'. Use auto, needs_review or confirmed"],
    ["review_status=&kind=refund", "Invalid review_status: ''. Use auto, needs_review or confirmed"],
  ])("rejects %s naming the parameter", (query, message) => {
    expect(answeredSync(() => parseReceiptListParams(new URLSearchParams(query)))).toEqual({
      status: 400,
      code: "invalid_review_status",
      message,
    });
  });
  it("rejects a repeated parameter", () => {
    expect(() => parseReceiptListParams(new URLSearchParams("sort=date_asc&sort=date_desc"))).toThrow(
      "sort was given 2 times; give it once",
    );
  });
  it("applies the date rules", () => {
    expect(() => parseReceiptListParams(new URLSearchParams("to_date=2025-02-29"))).toThrow(
      "Invalid to_date format: '2025-02-29'. Use YYYY-MM-DD format",
    );
  });
});

describe("CSV cells", () => {
  it.each([
    ["plain", "plain"],
    ["Acme, Inc.", '"Acme, Inc."'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r", '"cr\r"'],
  ])("quotes %j as RFC 4180 needs", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
  it.each([
    ["=1+1", "'=1+1"],
    ["+44 20", "'+44 20"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", `"'\rx"`],
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ["\n=1+1", `"'\n=1+1"`],
    [" =1+1", "' =1+1"],
    ["\u00a0@SUM(A1)", "'\u00a0@SUM(A1)"],
    ["＝1+1", "'＝1+1"],
    ["a=b", "a=b"],
    ["Café = Bistro", "Café = Bistro"],
  ])("neutralises formula text %j", (value, expected) => {
    expect(csvText(value)).toBe(expected);
  });
  it("writes a missing value as an empty cell", () => {
    expect(csvText(null)).toBe("");
  });
});

describe("money and search helpers", () => {
  it("uses each currency's minor units", () => {
    expect([minorUnits("JPY"), minorUnits("USD"), minorUnits("KWD"), minorUnits("BHD")]).toEqual([0, 2, 3, 3]);
    expect(formatAmount("1200.0000", "JPY")).toBe("1200");
    expect(formatAmount("12.5000", "EUR")).toBe("12.50");
    expect(formatAmount("1.2500", "KWD")).toBe("1.250");
    expect(formatAmount("0.1000", "USD")).toBe("0.10");
  });
  it("escapes LIKE wildcards", () => {
    expect(escapeLike("100%_off\\")).toBe("100\\%\\_off\\\\");
  });
});
