import { describe, expect, test } from "vitest";
import { calendarDateIn, startOfDayIn } from "@/lib/shared/calendar";
import { rangeBounds, rangeQuery } from "@/lib/gmail/query";

const s = (...utc: [number, number, number, number?]) => Date.UTC(utc[0], utc[1] - 1, utc[2], utc[3] ?? 0) / 1000;

describe("rangeQuery: an inclusive calendar range in the business's timezone", () => {
  const cases: { name: string; from: string; to: string; tz: string; after: number; before: number }[] = [
    { name: "UTC", from: "2024-01-01", to: "2024-01-31", tz: "UTC", after: s(2024, 1, 1), before: s(2024, 2, 1) },
    {
      name: "Tokyo is ahead of UTC",
      from: "2024-01-01",
      to: "2024-01-31",
      tz: "Asia/Tokyo",
      after: s(2023, 12, 31, 15),
      before: s(2024, 1, 31, 15),
    },
    {
      name: "Los Angeles spring forward day is 23h",
      from: "2024-03-10",
      to: "2024-03-10",
      tz: "America/Los_Angeles",
      after: s(2024, 3, 10, 8),
      before: s(2024, 3, 11, 7),
    },
    {
      name: "Los Angeles fall back day is 25h",
      from: "2024-11-03",
      to: "2024-11-03",
      tz: "America/Los_Angeles",
      after: s(2024, 11, 3, 7),
      before: s(2024, 11, 4, 8),
    },
    {
      name: "Berlin across spring DST",
      from: "2024-03-30",
      to: "2024-03-31",
      tz: "Europe/Berlin",
      after: s(2024, 3, 29, 23),
      before: s(2024, 3, 31, 22),
    },
    {
      name: "Berlin across autumn DST",
      from: "2024-10-27",
      to: "2024-10-27",
      tz: "Europe/Berlin",
      after: s(2024, 10, 26, 22),
      before: s(2024, 10, 27, 23),
    },
    {
      name: "Santiago skips midnight: the day starts at 01:00",
      from: "2024-09-08",
      to: "2024-09-08",
      tz: "America/Santiago",
      after: s(2024, 9, 8, 4),
      before: s(2024, 9, 9, 3),
    },
    {
      name: "a range over a year end and a leap day",
      from: "2023-12-31",
      to: "2024-02-29",
      tz: "America/Los_Angeles",
      after: s(2023, 12, 31, 8),
      before: s(2024, 3, 1, 8),
    },
  ];
  cases.forEach((c) =>
    test(c.name, () => {
      expect(rangeBounds(c.from, c.to, c.tz)).toEqual({ after: c.after, before: c.before });
      expect(rangeQuery(c.from, c.to, c.tz)).toBe(`after:${c.after} before:${c.before}`);
    }),
  );

  test("rejects impossible dates, reversed ranges and unknown zones", () => {
    expect(() => rangeQuery("2024-02-30", "2024-03-01", "UTC")).toThrow(/Invalid calendar date/);
    expect(() => rangeQuery("2024/01/01", "2024-03-01", "UTC")).toThrow(/Invalid calendar date/);
    expect(() => rangeQuery("2024-03-02", "2024-03-01", "UTC")).toThrow(/after toDate/);
    expect(() => rangeQuery("2024-03-01", "2024-03-01", "Mars/Olympus")).toThrow(/Unknown time zone/);
  });
});

describe("calendarDateIn is the inverse of the day bounds", () => {
  test("the last second before midnight and midnight itself fall on different dates", () => {
    expect(calendarDateIn(new Date("2024-01-01T07:59:59Z"), "America/Los_Angeles")).toBe("2023-12-31");
    expect(calendarDateIn(new Date("2024-01-01T08:00:00Z"), "America/Los_Angeles")).toBe("2024-01-01");
    expect(calendarDateIn(new Date("2023-12-31T14:59:59Z"), "Asia/Tokyo")).toBe("2023-12-31");
    expect(calendarDateIn(new Date("2023-12-31T15:00:00Z"), "Asia/Tokyo")).toBe("2024-01-01");
  });

  test.each(["America/Los_Angeles", "Europe/Berlin", "Asia/Tokyo", "Australia/Lord_Howe", "America/Santiago"])(
    "every day of 2024 in %s starts on its own date and the second before is the previous date",
    (tz) => {
      for (let d = new Date(Date.UTC(2024, 0, 1)); d.getUTCFullYear() === 2024; d.setUTCDate(d.getUTCDate() + 1)) {
        const date = d.toISOString().slice(0, 10);
        const start = startOfDayIn(date, tz);
        expect(calendarDateIn(new Date(start), tz)).toBe(date);
        expect(calendarDateIn(new Date(start - 1000), tz)).not.toBe(date);
      }
    },
  );
});
