// Calendar dates as vendors print them, in every lexicon's month names: "2026-03-04", "04.03.2026",
// "4. März 2026", "4 de marzo de 2026", "March 4, 2026", "4 marca 2026", "2026年3月4日", "03/04/2026"
// (month first only where the document reads that way). Calendar dates are "YYYY-MM-DD" strings.
import { LEXICONS } from "./lexicons";
import { fold } from "./phrases";

/** Numeric dates like 05/03/2026: the US reads month first, most others day first. */
export type DateOrder = "month-first" | "day-first";

export interface DateMention {
  date: string;
  index: number;
  length: number;
}

const MONTHS = new Map<string, number>();
for (const lexicon of Object.values(LEXICONS)) {
  lexicon.dates.months.forEach((names, i) => {
    for (const name of names) MONTHS.set(fold(name).replace(/\.$/, ""), i + 1);
  });
}

const WORD = String.raw`[\p{L}]{3,12}\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?`;

type Reader = (m: RegExpExecArray, order: DateOrder) => [number, number, number] | undefined;

const monthOf = (word: string | undefined) => MONTHS.get(fold(word ?? "").replace(/\.$/, ""));
const fullYear = (y: string | undefined) => {
  const n = Number(y);
  return (y ?? "").length === 2 ? 2000 + n : n;
};

const PATTERNS: Array<{ re: RegExp; read: Reader }> = [
  { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { re: /(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    // 4 March 2026, 4. März 2026, 4 de marzo de 2026, 04-Mar-2026, 4 mars, 2026
    re: new RegExp(
      String.raw`(?<!\d)${DAY}\s?(?:de\s|of\s|-)?\s?(${WORD})(?:\s?de\s|\s?-\s?|,?\s)\s?(\d{4})(?!\d)`,
      "gu",
    ),
    read: (m) => named(m[2], m[1], m[3]),
  },
  {
    // March 4, 2026 / Mar 4 2026 / Mar. 4th, 2026
    re: new RegExp(String.raw`(?<![\p{L}])(${WORD})\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})(?!\d)`, "gu"),
    read: (m) => named(m[1], m[2], m[3]),
  },
  {
    re: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.]|\.\d)/g,
    read: (m) => [fullYear(m[3]), Number(m[2]), Number(m[1])],
  },
  {
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
    read: (m, order) => numeric(m[1], m[2], fullYear(m[3]), order),
  },
  {
    re: /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/g,
    read: (m, order) => numeric(m[1], m[2], Number(m[3]), order),
  },
];

function named(
  word: string | undefined,
  day: string | undefined,
  year: string | undefined,
): [number, number, number] | undefined {
  const month = monthOf(word);
  return month ? [Number(year), month, Number(day)] : undefined;
}

function numeric(
  first: string | undefined,
  second: string | undefined,
  year: number,
  order: DateOrder,
): [number, number, number] {
  const a = Number(first);
  const b = Number(second);
  const dayFirst = a > 12 || (b <= 12 && order === "day-first");
  return dayFirst ? [year, b, a] : [year, a, b];
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Every date in `text`, in order of appearance; a date inside a longer one is dropped. */
export function findDates(text: string, order: DateOrder = "day-first"): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const ymd = read(m, order);
      if (ymd && valid(...ymd)) found.push({ date: iso(...ymd), index: m.index, length: m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  return found.filter(
    (d, i) => !found.slice(0, i).some((o) => d.index < o.index + o.length && d.index + d.length > o.index),
  );
}

/**
 * The order numeric dates in a text follow: a day over 12 in either place settles it; otherwise the
 * document's habit (`fallback`, from its language and currency).
 */
export function dateOrderOf(text: string, fallback: DateOrder): DateOrder {
  for (const m of text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\d/])/g)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) return "day-first";
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) return "month-first";
  }
  return fallback;
}
