// Gmail search queries for a calendar date range in the business's timezone.
// Gmail reads `after:2024/01/31` as midnight Pacific time, so we always send epoch seconds.
import { compareCalendarDates, nextCalendarDate, startOfDayIn } from "../shared/calendar";

/** Epoch-second bounds of an inclusive calendar range: `after` inclusive, `before` exclusive. */
export function rangeBounds(fromDate: string, toDate: string, timeZone: string): { after: number; before: number } {
  if (compareCalendarDates(fromDate, toDate) > 0) {
    throw new RangeError(`fromDate ${fromDate} is after toDate ${toDate}`);
  }
  return {
    after: Math.floor(startOfDayIn(fromDate, timeZone) / 1000),
    before: Math.floor(startOfDayIn(nextCalendarDate(toDate), timeZone) / 1000),
  };
}

/** `after:<epoch> before:<epoch>` covering fromDate 00:00 through the end of toDate in `timeZone`. */
export function rangeQuery(fromDate: string, toDate: string, timeZone: string): string {
  const { after, before } = rangeBounds(fromDate, toDate, timeZone);
  return `after:${after} before:${before}`;
}
