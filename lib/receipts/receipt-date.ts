// Receipt dates as vendors print them, and the fallback: the day the mail arrived in the
// business's time zone. Calendar dates are "YYYY-MM-DD" strings throughout.

// One implementation of "which day is this instant, there" for the whole app.
export { calendarDateIn } from "../gmail/query";

const MONTHS: Record<string, number> = {};
const names: Array<[number, string[]]> = [
  [1, ["january", "jan", "januar", "janvier", "jänner"]], [2, ["february", "feb", "februar", "février", "fevrier"]],
  [3, ["march", "mar", "märz", "maerz", "mars", "mär"]], [4, ["april", "apr", "avril", "avr"]],
  [5, ["may", "mai"]], [6, ["june", "jun", "juni", "juin"]], [7, ["july", "jul", "juli", "juillet", "juil"]],
  [8, ["august", "aug", "août", "aout"]], [9, ["september", "sep", "sept", "septembre"]],
  [10, ["october", "oct", "oktober", "okt", "octobre"]], [11, ["november", "nov", "novembre"]],
  [12, ["december", "dec", "dezember", "dez", "décembre", "decembre"]],
];
for (const [month, words] of names) for (const word of words) MONTHS[word] = month;

const MONTH_WORD = String.raw`[A-Za-zÀ-ÿ]{3,9}`;

/** Where a numeric date like 05/03/2026 is ambiguous, the US reads month first; most others day first. */
export type DateOrder = "month-first" | "day-first";

export interface DateMention {
  date: string;
  index: number;
  length: number;
}

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray, order: DateOrder) => [number, number, number] | undefined }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { re: /(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    re: new RegExp(String.raw`\b(${MONTH_WORD})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, "g"),
    read: (m) => monthNamed(m[1], m[2], m[3]),
  },
  {
    re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(${MONTH_WORD})\.?,?\s+(\d{4})\b`, "g"),
    read: (m) => monthNamed(m[2], m[1], m[3]),
  },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    read: (m, order) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const dayFirst = a > 12 || (b <= 12 && order === "day-first");
      return dayFirst ? [Number(m[3]), b, a] : [Number(m[3]), a, b];
    },
  },
];

function monthNamed(word: string | undefined, day: string | undefined, year: string | undefined): [number, number, number] | undefined {
  const month = MONTHS[(word ?? "").toLowerCase()];
  return month ? [Number(year), month, Number(day)] : undefined;
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Every date in `text`, in order of appearance. */
export function findDates(text: string, order: DateOrder = "day-first"): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const ymd = read(m, order);
      if (ymd && valid(...ymd)) found.push({ date: iso(...ymd), index: m.index, length: m[0].length });
    }
  }
  // Drop a mention inside a longer one ("5 March 2026" also contains nothing else, but "2026年3月5日" might).
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  return found.filter((d, i) => !found.slice(0, i).some((o) => d.index >= o.index && d.index < o.index + o.length));
}

/** A date printed on its own: the first date found in `text`. */
export function parseReceiptDate(text: string, order: DateOrder = "day-first"): string | undefined {
  return findDates(text, order)[0]?.date;
}

/** The calendar day of `instant` in `timeZone` (IANA name), e.g. for the received date. */

// Labels that name the receipt's own date, and labels of other dates a receipt mentions.
const RECEIPT_DATE_LABEL = /\b(invoice date|date paid|paid on|payment date|receipt date|date of (?:issue|purchase|invoice)|issued(?: on)?|billed on|order date|transaction date|purchase date|date|rechnungsdatum|datum|date de facture|charged on)\s*[:#]?\s*$/i;
const OTHER_DATE_LABEL = /\b(due|next|renew|departure|depart|arrival|return|check-?in|check-?out|period|delivery|expires?|valid|attempt|until|from|to|fällig|bis)\b[^:]*[:]?\s*$/i;

/**
 * The receipt's own date: a date whose label on the same line names it ("Invoice date: …"),
 * never a due, travel, stay or next-billing date. Undefined when no such label is found.
 */
export function labelledReceiptDate(text: string, order: DateOrder): string | undefined {
  let previousLine = "";
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    for (const mention of findDates(line, order)) {
      let label = line.slice(0, mention.index).replace(/[|*_]/g, " ").trim();
      // Stacked layouts put the label on the line above the value.
      if (!/\p{L}/u.test(label)) label = previousLine.trim();
      if (!label || OTHER_DATE_LABEL.test(label)) continue;
      if (RECEIPT_DATE_LABEL.test(label)) return mention.date;
    }
    previousLine = line;
  }
  return undefined;
}

/**
 * Without a labelled date, a receipt's only date on or shortly before the day it arrived is its
 * transaction date ("Mar 4 2026 at 8:12 AM"). Dates labelled as something else, later dates and
 * several candidate dates give no answer.
 */
export function soleRecentDate(text: string, order: DateOrder, receivedDay: string, maxDaysBefore = 60): string | undefined {
  const earliest = new Date(Date.parse(`${receivedDay}T00:00:00Z`) - maxDaysBefore * 86_400_000).toISOString().slice(0, 10);
  const latest = new Date(Date.parse(`${receivedDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const candidates = new Set<string>();
  let previousLine = "";
  for (const line of text.split(/\r?\n/)) {
    const mentions = findDates(line, order);
    // "Billing period: 1 June – 30 June": the label before the first date covers the whole line;
    // in stacked layouts the label is the line above.
    const label = mentions[0] ? line.slice(0, mentions[0].index) : "";
    const labelled = /\p{L}/u.test(label) ? label : previousLine;
    previousLine = line.trim() ? line : previousLine;
    if (mentions[0] && OTHER_DATE_LABEL.test(labelled)) continue;
    for (const mention of mentions) {
      if (mention.date >= earliest && mention.date <= latest) candidates.add(mention.date);
    }
  }
  return candidates.size === 1 ? [...candidates][0] : undefined;
}
