// Gmail search queries for a calendar date range in the business's timezone.
// Gmail reads `after:2024/01/31` as midnight Pacific time, so we always send epoch seconds.

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

function parseCalendarDate(date: string): { year: number; month: number; day: number } {
  const m = CALENDAR_DATE.exec(date);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!m || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Invalid calendar date (expected YYYY-MM-DD): ${date}`);
  }
  return { year, month, day };
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

function isMidnight(ms: number, timeZone: string): boolean {
  const t = localTime(ms, timeZone);
  return t.hour === 0 && t.minute === 0 && t.second === 0;
}

/** The calendar date ('YYYY-MM-DD') an instant falls on in a timezone. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const t = localTime(instant.getTime(), timeZone);
  return `${String(t.year).padStart(4, "0")}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;
}

/** The next calendar date after `date`. */
export function nextCalendarDate(date: string): string {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** Epoch-second bounds of an inclusive calendar range: `after` inclusive, `before` exclusive. */
export function rangeBounds(fromDate: string, toDate: string, timeZone: string): { after: number; before: number } {
  if (parseCalendarDateOrder(fromDate, toDate) > 0) {
    throw new RangeError(`fromDate ${fromDate} is after toDate ${toDate}`);
  }
  return {
    after: Math.floor(startOfDayIn(fromDate, timeZone) / 1000),
    before: Math.floor(startOfDayIn(nextCalendarDate(toDate), timeZone) / 1000),
  };
}

function parseCalendarDateOrder(a: string, b: string): number {
  parseCalendarDate(a);
  parseCalendarDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `after:<epoch> before:<epoch>` covering fromDate 00:00 through the end of toDate in `timeZone`. */
export function rangeQuery(fromDate: string, toDate: string, timeZone: string): string {
  const { after, before } = rangeBounds(fromDate, toDate, timeZone);
  return `after:${after} before:${before}`;
}
