// The date-parameter rules: only real YYYY-MM-DD days pass, every other value is a 400 that names
// the parameter and echoes the value exactly; both spellings work and snake_case wins.
import { describe, expect, it } from "vitest";
import type { ApiError } from "@/lib/api/errors";
import { toApiError } from "@/lib/api/respond";
import { AppError, InvalidDateParam } from "@/lib/errors";
import { calendarDate, parseDateFilters, rawDateParams } from "@/lib/api/date-params";
import { isCalendarDate } from "@/lib/shared/calendar";

const message = (param: string, value: string) => `Invalid ${param} format: '${value}'. Use YYYY-MM-DD format`;

function caught(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

/** What the API answers for the error `run` throws. */
const thrown = (run: () => unknown): ApiError => toApiError(caught(run));

const tenKb = "2025-01-01".repeat(1024);

// [label, value, the value as the message shows it]
const BAD: Array<[string, string, string?]> = [
  ["Feb 29 in a common year", "2025-02-29"],
  ["Feb 30 in a leap year", "2024-02-30"],
  ["month 13", "2025-13-01"],
  ["month 00", "2025-00-10"],
  ["April 31", "2025-04-31"],
  ["day 00", "2025-01-00"],
  ["day 32", "2025-01-32"],
  ["June 31", "2025-06-31"],
  ["Feb 29 in 1900 (not leap)", "1900-02-29"],
  ["Feb 29 in 2100 (not leap)", "2100-02-29"],
  ["slashes", "2025/01/01"],
  ["dots", "2025.01.01"],
  ["no separators", "20250101"],
  ["mixed separators", "2025-01/01"],
  ["short month and day", "2025-1-1"],
  ["short day", "2025-01-1"],
  ["two-digit year", "25-01-01"],
  ["five-digit year", "02025-01-01"],
  ["day-first order", "01-01-2025"],
  ["empty", ""],
  ["one space", " "],
  ["whitespace only", " \t\n "],
  ["leading space", " 2025-01-01"],
  ["trailing space", "2025-01-01 "],
  ["trailing newline", "2025-01-01\n"],
  ["inner space", "2025 -01-01"],
  ["Arabic-Indic digits", "٢٠٢٥-٠١-٠١"],
  ["fullwidth digits", "２０２５-０１-０１"],
  ["Devanagari digits", "२०२५-०१-०१"],
  ["fullwidth hyphens", "2025－01－01"],
  ["SQL injection", "2025-01-01' OR '1'='1"],
  ["SQL comment", "2025-01-01--"],
  ["ISO instant", "2025-01-01T00:00:00Z"],
  ["date and time", "2025-01-01 00:00"],
  ["ten kilobytes", tenKb, `${tenKb.slice(0, 100)}…`],
  ["the word null", "null"],
  ["the word undefined", "undefined"],
  ["negative year", "-2025-01-01"],
  ["negative six-digit year", "-002025-01-01"],
  ["year 0001", "0001-01-01"],
  ["year 1899", "1899-12-31"],
  ["year 3000", "3000-01-01"],
  ["year 9999", "9999-12-31"],
  ["emoji", "📅"],
  ["emoji around a date", "2025-01-01🎉"],
  ["letters", "abcd-ef-gh"],
  ["month name", "2025-Jan-01"],
  ["signed month", "2025-+1-01"],
  ["NUL byte", "2025-01-01\u0000"],
  ["zero-width space", "2025-01-01\u200b"],
  ["HTML", "<script>alert(1)</script>"],
];

describe("isCalendarDate", () => {
  it.each(["2024-02-29", "2000-02-29", "1900-01-01", "2999-12-31", "2025-12-31", "2025-04-30"])(
    "accepts %s",
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );
  it("widens the year range only when asked", () => {
    expect(isCalendarDate("0001-01-01")).toBe(false);
    expect(isCalendarDate("0001-01-01", { min: 1, max: 9999 })).toBe(true);
  });
});

describe("parseDateFilters: bad values", () => {
  it(`covers at least 40 bad inputs (${BAD.length})`, () => {
    expect(BAD.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(["from_date", "to_date", "fromDate", "toDate"])("as %s", (param) => {
    it.each(BAD)("rejects %s", (_label, value, shown) => {
      for (const source of [new URLSearchParams([[param, value]]), { [param]: value }]) {
        const error = caught(() => parseDateFilters(source));
        expect(error).toBeInstanceOf(InvalidDateParam);
        expect(error).toMatchObject({ param, value });
        const answer = toApiError(error);
        expect(answer.status).toBe(400);
        expect(answer.code).toBe("invalid_date");
        expect(answer.message).toBe(message(param, shown ?? value));
      }
    });
  });

  it("gives the exact message of the product", () => {
    expect(thrown(() => parseDateFilters(new URLSearchParams("from_date=2025-13-01"))).message).toBe(
      "Invalid from_date format: '2025-13-01'. Use YYYY-MM-DD format",
    );
  });

  it("decodes the query string before judging it", () => {
    const error = thrown(() => parseDateFilters(new URLSearchParams("to_date=2025-01-01%27%20OR%20%271%27%3D%271")));
    expect(error.message).toBe(message("to_date", "2025-01-01' OR '1'='1"));
  });

  it.each([
    ["a number", 20250101, "20250101"],
    ["a boolean", true, "true"],
    ["an object", { y: 2025 }, '{"y":2025}'],
  ])("rejects %s in a JSON body, showing it as JSON", (_label, value, shown) => {
    const error = thrown(() => parseDateFilters({ from_date: value }));
    expect(error.message).toBe(message("from_date", shown));
  });
});

describe("parseDateFilters: repeated parameters", () => {
  it("rejects a query parameter given twice", () => {
    const error = thrown(() => parseDateFilters(new URLSearchParams("from_date=2025-01-01&from_date=2025-02-01")));
    expect({ status: error.status, code: error.code, message: error.message }).toEqual({
      status: 400,
      code: "invalid_request",
      message: "from_date was given 2 times; give it once",
    });
  });
  it("rejects an array in a JSON body, with the same answer as a repeated query parameter", () => {
    const error = thrown(() => parseDateFilters({ toDate: ["2025-01-01", "2025-02-01"] }));
    expect({ status: error.status, code: error.code, message: error.message }).toEqual({
      status: 400,
      code: "invalid_request",
      message: "toDate was given 2 times; give it once",
    });
  });
  it("never reads a spelling that lost to snake_case, even when it is repeated", () => {
    const params = new URLSearchParams("from_date=2025-01-01&fromDate=x&fromDate=y");
    expect(parseDateFilters(params)).toMatchObject({ fromDate: "2025-01-01", toDate: null });
  });
});

describe("parseDateFilters: good values", () => {
  it("reads snake_case from a query string", () => {
    expect(parseDateFilters(new URLSearchParams("from_date=2026-01-01&to_date=2026-03-31"))).toEqual({
      fromDate: "2026-01-01",
      toDate: "2026-03-31",
    });
  });
  it("reads camelCase from a body", () => {
    expect(parseDateFilters({ fromDate: "2026-01-01", toDate: "2026-03-31" })).toMatchObject({
      fromDate: "2026-01-01",
      toDate: "2026-03-31",
    });
  });
  it("lets snake_case win over camelCase for each bound", () => {
    const parsed = parseDateFilters(
      new URLSearchParams("fromDate=2026-02-01&from_date=2026-01-01&toDate=2026-02-28&to_date=2026-03-31"),
    );
    expect(parsed).toEqual({
      fromDate: "2026-01-01",
      toDate: "2026-03-31",
    });
  });
  it("judges only the winning spelling", () => {
    expect(parseDateFilters({ from_date: "2026-01-01", fromDate: "garbage" }).fromDate).toBe("2026-01-01");
    expect(thrown(() => parseDateFilters({ from_date: "garbage", fromDate: "2026-01-01" })).message).toBe(
      message("from_date", "garbage"),
    );
  });
  it("mixes spellings across bounds", () => {
    expect(parseDateFilters({ fromDate: "2026-01-01", to_date: "2026-01-31" })).toMatchObject({
      fromDate: "2026-01-01",
      toDate: "2026-01-31",
    });
  });
  it("treats absent, undefined and JSON null as no bound", () => {
    expect(parseDateFilters(new URLSearchParams())).toMatchObject({ fromDate: null, toDate: null });
    expect(parseDateFilters({ from_date: undefined, to_date: null })).toMatchObject({ fromDate: null, toDate: null });
    expect(parseDateFilters(undefined)).toMatchObject({ fromDate: null, toDate: null });
  });
  it("accepts the leap day 2024-02-29 and a one-day range", () => {
    expect(parseDateFilters({ from_date: "2024-02-29", to_date: "2024-02-29" })).toMatchObject({
      fromDate: "2024-02-29",
      toDate: "2024-02-29",
    });
  });
  it("accepts the edges of the year range", () => {
    expect(parseDateFilters({ from_date: "1900-01-01", to_date: "2999-12-31" })).toMatchObject({
      fromDate: "1900-01-01",
      toDate: "2999-12-31",
    });
  });
});

describe("parseDateFilters: ranges", () => {
  it.each([
    [{ from_date: "2026-03-01", to_date: "2026-02-01" }, "from_date (2026-03-01) is after to_date (2026-02-01)"],
    [{ fromDate: "2026-03-01", toDate: "2026-02-01" }, "fromDate (2026-03-01) is after toDate (2026-02-01)"],
    [{ fromDate: "2026-03-01", to_date: "2026-02-01" }, "fromDate (2026-03-01) is after to_date (2026-02-01)"],
    [{ from_date: "2026-01-01", to_date: "2025-12-31" }, "from_date (2026-01-01) is after to_date (2025-12-31)"],
  ])("rejects from after to: %j", (body, expected) => {
    const error = thrown(() => parseDateFilters(body));
    expect({ status: error.status, code: error.code, message: error.message }).toEqual({
      status: 400,
      code: "invalid_date_range",
      message: expected,
    });
  });
});

describe("rawDateParams", () => {
  it("keeps bad and repeated values as received, for the log", () => {
    expect(rawDateParams(new URLSearchParams("from_date=a&from_date=b&toDate=%20"))).toEqual({
      from_date: '["a","b"]',
      fromDate: null,
      to_date: null,
      toDate: " ",
    });
  });
});

describe("calendarDate schema", () => {
  it("passes real days and fails others", () => {
    expect(calendarDate.safeParse("2024-02-29").success).toBe(true);
    expect(calendarDate.safeParse("2025-02-29").success).toBe(false);
  });
});
