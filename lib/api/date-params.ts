// The date filters of receipts and sync: from_date/to_date (or fromDate/toDate), inclusive calendar
// days in YYYY-MM-DD, from a query string or a JSON body. Everything else is a 400 naming the parameter.
import "server-only";
import { z } from "zod";
import { isCalendarDate } from "../shared/calendar";
import { badRequest, InvalidDateParam, RepeatedParam } from "../errors";
import { singleValuedQuery } from "./query";

export interface DateFilters {
  fromDate: string | null;
  toDate: string | null;
}

export type DateParamSource = URLSearchParams | Record<string, unknown> | null | undefined;

// snake_case first: when both spellings of a bound are sent, snake_case wins.
const BOUNDS = {
  from: ["from_date", "fromDate"],
  to: ["to_date", "toDate"],
} as const;
const PARAM_NAMES = [...BOUNDS.from, ...BOUNDS.to];

/** For body schemas that carry a single date field. */
export const calendarDate = z.string().refine((value) => isCalendarDate(value), { error: "Use YYYY-MM-DD format" });

type Received =
  | { kind: "absent" }
  | { kind: "value"; value: string }
  | { kind: "repeated"; count: number; shown: string }
  | { kind: "not_text"; shown: string };

function receive(source: DateParamSource, name: string): Received {
  if (source == null) return { kind: "absent" };
  // Only rawDateParams hands a query string here as it came: parseBound reads it through singleValuedQuery.
  if (source instanceof URLSearchParams) {
    const values = source.getAll(name);
    if (values.length === 0) return { kind: "absent" };
    if (values.length > 1) return { kind: "repeated", count: values.length, shown: JSON.stringify(values) };
    return { kind: "value", value: values[0]! };
  }
  const value = source[name];
  // JSON null means "no bound", as an omitted field does.
  if (value === undefined || value === null) return { kind: "absent" };
  if (typeof value === "string") return { kind: "value", value };
  if (Array.isArray(value)) return { kind: "repeated", count: value.length, shown: JSON.stringify(value) };
  return { kind: "not_text", shown: JSON.stringify(value) ?? String(value) };
}

/** The date parameters as received, without judging them: safe to log before parsing. */
export function rawDateParams(source: DateParamSource): Record<string, string | null> {
  const raw: Record<string, string | null> = {};
  for (const name of PARAM_NAMES) {
    const got = receive(source, name);
    raw[name] = got.kind === "absent" ? null : got.kind === "value" ? got.value : got.shown;
  }
  return raw;
}

function parseBound(source: DateParamSource, names: readonly [string, string]): { name: string; date: string } | null {
  for (const name of names) {
    // Read in turn, so a spelling that lost to snake_case is never looked at, even when repeated.
    const got = receive(source instanceof URLSearchParams ? singleValuedQuery(source, [name]) : source, name);
    if (got.kind === "absent") continue;
    if (got.kind === "repeated") throw new RepeatedParam(name, got.count);
    if (got.kind === "not_text") throw new InvalidDateParam(name, got.shown);
    if (!isCalendarDate(got.value)) throw new InvalidDateParam(name, got.value);
    return { name, date: got.value };
  }
  return null;
}

/**
 * Reads from_date/to_date (or fromDate/toDate). Absent bounds are null; an empty, malformed or
 * impossible value throws InvalidDateParam naming the spelling used; from after to is a 400 too.
 */
export function parseDateFilters(source: DateParamSource): DateFilters {
  const from = parseBound(source, BOUNDS.from);
  const to = parseBound(source, BOUNDS.to);
  // YYYY-MM-DD strings order like the days they name.
  if (from && to && from.date > to.date) {
    throw badRequest(`${from.name} (${from.date}) is after ${to.name} (${to.date})`, "invalid_date_range");
  }
  return { fromDate: from?.date ?? null, toDate: to?.date ?? null };
}
