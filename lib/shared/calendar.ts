// Calendar days ('YYYY-MM-DD') and the instants they span in a timezone: one rule for what a valid
// day is, for the API, the CLI and the dashboard alike. No server imports: the browser uses it too.

/** A sync without dates, and the dashboard's default range, look this many days back. */
export const DEFAULT_LOOKBACK_DAYS = 90;

/** Years a date parameter may name; outside them a day is a typo, not a filter. */
export const CALENDAR_YEARS = { min: 1900, max: 2999 } as const;

// [0-9], not \d or Number(): only ASCII digits count, and JS `$` never matches before a trailing newline.
const CALENDAR_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar day in exactly YYYY-MM-DD with a year from 1900 to 2999 (or the given years). */
export function isCalendarDate(value: string, years: { min: number; max: number } = CALENDAR_YEARS): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < years.min || year > years.max || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

const formatDay = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** Any real day in YYYY-MM-DD (years 0000–9999): what the arithmetic below accepts. */
function parseCalendarDate(date: string): { year: number; month: number; day: number } {
  if (!isCalendarDate(date, { min: 0, max: 9999 }))
    throw new RangeError(`Invalid calendar date (expected YYYY-MM-DD): ${date}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** The day `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseCalendarDate(date);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day + days);
  return formatDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export const nextCalendarDate = (date: string) => addDays(date, 1);

/** The same day `months` later (earlier when negative), or that month's last day when it is shorter (Mar 31 − 1 → Feb 28). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseCalendarDate(date);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return formatDay(y, m, Math.min(day, daysInMonth(y, m)));
}

/** -1, 0 or 1 as `a` is before, the same day as, or after `b` (both must be valid days). */
export function compareCalendarDates(a: string, b: string): number {
  parseCalendarDate(a);
  parseCalendarDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      });
    } catch {
      throw new RangeError(`Unknown time zone: ${timeZone}`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localTime(ms: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Offset of the zone from UTC at an instant, in ms (e.g. -8h for Los Angeles in winter). */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const t = localTime(ms, timeZone);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

function isMidnight(ms: number, timeZone: string): boolean {
  const t = localTime(ms, timeZone);
  return t.hour === 0 && t.minute === 0 && t.second === 0;
}

/** The calendar date ('YYYY-MM-DD') an instant falls on in a timezone. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const t = localTime(instant.getTime(), timeZone);
  return formatDay(t.year, t.month, t.day);
}

/** First instant (epoch ms) of a calendar day in a timezone; DST-correct, including zones whose
 *  clocks skip midnight (the day then starts at the transition). */
export function startOfDayIn(date: string, timeZone: string): number {
  const { year, month, day } = parseCalendarDate(date);
  const wallClock = Date.UTC(year, month - 1, day);
  let t = wallClock - zoneOffsetMs(wallClock, timeZone);
  t = wallClock - zoneOffsetMs(t, timeZone);
  if (calendarDateIn(new Date(t), timeZone) === date && isMidnight(t, timeZone)) return t;
  // Midnight does not exist that day (DST gap): find the first instant of the day.
  let lo = t - 3 * 3_600_000;
  let hi = t + 3 * 3_600_000;
  while (calendarDateIn(new Date(lo), timeZone) >= date) lo -= 3_600_000;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (calendarDateIn(new Date(mid), timeZone) >= date) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Today in the zone and the day `days` before it. */
export function lastDaysIn(timeZone: string, days: number, now = new Date()): { from: string; to: string } {
  const to = calendarDateIn(now, timeZone);
  return { from: addDays(to, -days), to };
}
