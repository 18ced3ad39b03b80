// The dashboard's automatic-sync line, in the business's time zone.
import { describe, expect, it } from "vitest";
import { formatAgo, formatInterval, scheduleSentence } from "@/lib/ui/schedule-sentence";

const NOW = Date.parse("2026-12-03T12:20:00Z");
const schedule = {
  enabled: true,
  interval_minutes: 60,
  first_import_months: 12,
  next_sync_at: "2026-12-03T13:00:00Z",
  paused_reason: null,
};
const lastRun = {
  status: "completed" as const,
  started_by: "schedule" as const,
  finished_at: "2026-12-03T12:17:00Z",
  saved_receipts: 2,
};
const plain = (s: string) => s.replace(/\u00a0/g, " ");

describe("scheduleSentence", () => {
  it("says how often, when next in the business's zone, and how the last automatic run went", () => {
    expect(plain(scheduleSentence(schedule, lastRun, NOW, "Europe/Berlin"))).toBe(
      "Automatic sync every 1 h · next at 14:00 · last 3 min ago, 2 new receipts",
    );
    expect(plain(scheduleSentence(schedule, { ...lastRun, saved_receipts: 1 }, NOW, "UTC"))).toBe(
      "Automatic sync every 1 h · next at 13:00 · last 3 min ago, 1 new receipt",
    );
  });

  it("names the day when the next run is not today there, and leaves out a manual or unfinished last run", () => {
    const tomorrow = { ...schedule, interval_minutes: 1440, next_sync_at: "2026-12-04T09:30:00Z" };
    expect(plain(scheduleSentence(tomorrow, { ...lastRun, started_by: "manual" }, NOW, "UTC"))).toBe(
      "Automatic sync every 24 h · next at Dec 4, 09:30",
    );
    expect(plain(scheduleSentence(schedule, { ...lastRun, status: "failed" }, NOW, "UTC"))).toBe(
      "Automatic sync every 1 h · next at 13:00",
    );
  });

  it("says why it is paused", () => {
    expect(scheduleSentence({ ...schedule, paused_reason: "gmail_needs_reauth" }, lastRun, NOW, "UTC")).toBe(
      "Automatic sync is paused: Gmail needs you to sign in again",
    );
    expect(scheduleSentence({ ...schedule, paused_reason: "disabled" }, null, NOW, "UTC")).toBe(
      "Automatic sync is off",
    );
  });

  it("formats intervals and ages", () => {
    expect([15, 90, 120, 1440].map((m) => plain(formatInterval(m)))).toEqual(["15 min", "1 h 30 min", "2 h", "24 h"]);
    expect(plain(formatAgo("2026-12-03T12:19:30Z", NOW))).toBe("just now");
    expect(plain(formatAgo("2026-12-03T09:00:00Z", NOW))).toBe("3 h ago");
    expect(plain(formatAgo("2026-12-01T09:00:00Z", NOW))).toBe("2 days ago");
  });
});
