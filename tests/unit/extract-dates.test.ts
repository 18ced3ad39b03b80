// Receipt dates in the formats vendors print, and the received-date fallback in a time zone.
import { describe, expect, it } from "vitest";
import { calendarDateIn, labelledReceiptDate, parseReceiptDate } from "@/lib/receipts/receipt-date";

describe("parseReceiptDate", () => {
  it.each([
    ["March 5, 2026", "month-first", "2026-03-05"],
    ["Mar 5, 2026", "month-first", "2026-03-05"],
    ["Mar. 5th 2026", "month-first", "2026-03-05"],
    ["5 March 2026", "day-first", "2026-03-05"],
    ["05 Mar 2026", "day-first", "2026-03-05"],
    ["2026-03-05", "day-first", "2026-03-05"],
    ["03/05/2026", "month-first", "2026-03-05"],
    ["05/03/2026", "day-first", "2026-03-05"],
    ["25/03/2026", "month-first", "2026-03-25"],
    ["03/25/2026", "day-first", "2026-03-25"],
    ["05.03.2026", "month-first", "2026-03-05"],
    ["5. März 2026", "day-first", "2026-03-05"],
    ["12. Dezember 2025", "day-first", "2025-12-12"],
    ["5 mars 2026", "day-first", "2026-03-05"],
    ["2026年3月5日", "day-first", "2026-03-05"],
    ["Thursday, 1st January 2026", "day-first", "2026-01-01"],
  ] as const)("%s (%s) → %s", (text, order, expected) => {
    expect(parseReceiptDate(text, order)).toBe(expected);
  });

  it.each(["31/02/2026", "2026-13-01", "Order 12/345"])("rejects %s", (text) => {
    expect(parseReceiptDate(text, "day-first")).toBeUndefined();
  });
});

describe("labelledReceiptDate", () => {
  it("takes the invoice date, not the due date or a travel date", () => {
    const text = "Due date: 14/03/2026\nDeparture: 20/04/2026\nInvoice date: 12/02/2026";
    expect(labelledReceiptDate(text, "day-first")).toBe("2026-02-12");
  });

  it("ignores a next billing date and a billing period", () => {
    const text = "Billing period: March 1, 2026 – March 31, 2026\nNext billing date: April 5, 2026";
    expect(labelledReceiptDate(text, "month-first")).toBeUndefined();
  });

  it("reads a table row rendered as columns", () => {
    expect(labelledReceiptDate("Date paid      March 5, 2026", "month-first")).toBe("2026-03-05");
  });
});

describe("calendarDateIn", () => {
  const instant = new Date("2026-03-05T02:30:00Z");
  it.each([
    ["UTC", "2026-03-05"],
    ["America/Los_Angeles", "2026-03-04"],
    ["Asia/Tokyo", "2026-03-05"],
    ["Pacific/Auckland", "2026-03-05"],
  ])("in %s it is %s", (zone, expected) => {
    expect(calendarDateIn(instant, zone)).toBe(expected);
  });
});
