// The dashboard's one line about automatic sync: "Automatic sync every 1 h · next at 14:00 · last 3 min
// ago, 2 new receipts", or why it is paused. Pure: the caller passes the clock and the business's zone.
import type { SyncRun, SyncSchedule } from "./api-types";

/** 15 → "15 min", 60 → "1 h", 90 → "1 h 30 min" (no-break spaces keep a number with its unit). */
export function formatInterval(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}\u00a0min`;
  return m === 0 ? `${h}\u00a0h` : `${h}\u00a0h ${m}\u00a0min`;
}

/** "just now", "3 min ago", "2 h ago", "4 days ago". */
export function formatAgo(iso: string, nowMs: number): string {
  const minutes = Math.floor((nowMs - Date.parse(iso)) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes}\u00a0min ago`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}\u00a0h ago`;
  const days = Math.floor(minutes / (24 * 60));
  return days === 1 ? "1 day ago" : `${days} days ago`;
}

/** "14:00" on the same day in the zone, else "Dec 4, 14:00". */
export function formatNextAt(iso: string, nowMs: number, timeZone: string): string {
  const day = (ms: number) => new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" }).format(ms);
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const at = Date.parse(iso);
  if (day(at) === day(nowMs)) return time.format(at);
  const date = new Intl.DateTimeFormat("en-US", { timeZone, month: "short", day: "numeric" }).format(at);
  return `${date}, ${time.format(at)}`;
}

const PAUSED: Record<NonNullable<SyncSchedule["paused_reason"]>, string> = {
  gmail_needs_reauth: "Automatic sync is paused: Gmail needs you to sign in again",
  gmail_disconnected: "Automatic sync is paused: Gmail is not connected",
  disabled: "Automatic sync is off",
};

/** The sentence; `lastRun` counts when it was an automatic run (scheduled or the first import) that completed. */
export function scheduleSentence(
  schedule: SyncSchedule,
  lastRun: Pick<SyncRun, "status" | "started_by" | "finished_at" | "saved_receipts"> | null,
  nowMs: number,
  timeZone: string,
): string {
  if (schedule.paused_reason) return PAUSED[schedule.paused_reason];
  const parts = [
    `Automatic sync every ${formatInterval(schedule.interval_minutes)}`,
    `next at ${formatNextAt(schedule.next_sync_at, nowMs, timeZone)}`,
  ];
  if (
    lastRun?.status === "completed" &&
    lastRun.finished_at &&
    (lastRun.started_by === "schedule" || lastRun.started_by === "connect")
  ) {
    const n = lastRun.saved_receipts;
    parts.push(`last ${formatAgo(lastRun.finished_at, nowMs)}, ${n} new ${n === 1 ? "receipt" : "receipts"}`);
  }
  return parts.join(" · ");
}
