// Money in a cell of text: "$1,234.56", "€ 12,50", "12,50 €", "CHF 1'234.50", "1 249,00 kr",
// "¥1,200", "1,280円", "₹1,23,456.00", "R$ 1.249,90", "249:-", "49,–". Amounts stay decimal strings
// from start to end; no float ever touches them. Text is NFKC-normalised by the readers, so
// full-width digits and no-break or thin spaces arrive as ASCII digits and plain spaces.
import { CURRENCY_MARK, ZERO_DECIMAL, candidatesOf } from "./currency";

export interface MoneyMention {
  /** Unsigned decimal string: "1234.56", or whole units "1200" (see normaliseAmount). */
  amount: string;
  negative: boolean;
  /** The printed currency mark ("$", "kr", "EUR"), when one stands beside the number. */
  mark?: string;
  /** Digits after the decimal mark as printed (0 for "1 249", 2 for "12,50"). */
  decimals: number;
  index: number;
  length: number;
  raw: string;
}

// Grouped (1,234.56 / 1.234,56 / 1 234,56 / 1'234.50), Indian (1,23,456.00) or plain (1234.5).
const NUMBER = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:(?<sep>[ ,.'’])\d{3})(?:\k<sep>\d{3})*(?:[.,](?:\d{1,2}|[-–]{1,2}))?|\d+(?:[.,](?:\d{1,2}|[-–]{1,2}))?`;
const SIGN = String.raw`[-−–]`;
const MONEY = new RegExp(
  String.raw`(?<open>\()?(?<![\p{L}\d])(?<sign1>${SIGN})?(?:(?<pre>${CURRENCY_MARK})\s?(?<sign2>${SIGN})?\s?)?(?<![\p{L}\d.,'’])(?<num>${NUMBER})(?![\d]|[.,]\d|\s?%)(?<trail>-(?![\d\p{L}]))?(?:\s?(?:\((?<postp>${CURRENCY_MARK})\)|(?<post>${CURRENCY_MARK})))?(?<close>\))?`,
  "gu",
);

/**
 * "1.234,56" → "1234.56", "1'234.5" → "1234.50", "49,–" → "49.00"; zero-decimal currencies in
 * whole units. The last separator followed by one or two digits is the decimal mark; any other
 * separator groups thousands. Undefined when the number cannot be an amount in that currency.
 */
export function normaliseAmount(printed: string, currency?: string): { amount: string; decimals: number } | undefined {
  const compact = printed.replace(/[\s'’]/g, "").replace(/[.,][-–]+$/, "");
  if (!/^\d[\d.,]*$/.test(compact)) return undefined;
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!m) return undefined;
  const whole = (m[1] ?? "").replace(/[.,]/g, "").replace(/^0+(?=\d)/, "");
  let fraction = m[2] ?? "";
  if (!whole) return undefined;
  if (currency && ZERO_DECIMAL.has(currency)) {
    if (/[1-9]/.test(fraction)) return undefined;
    return { amount: whole, decimals: fraction.length };
  }
  const decimals = fraction.length;
  fraction = fraction.padEnd(2, "0");
  return { amount: `${whole}.${fraction}`, decimals };
}

/** Re-expresses an amount for a currency (zero-decimal currencies drop ".00"). */
export function amountIn(amount: string, currency: string): string | undefined {
  if (!ZERO_DECIMAL.has(currency)) return amount.includes(".") ? amount : `${amount}.00`;
  const [whole, fraction = ""] = amount.split(".");
  return /[1-9]/.test(fraction) ? undefined : whole;
}

/** Every money-like number in `text`, with the currency mark beside it if there is one. */
export function findMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  if (!/\d/.test(text)) return found;
  for (const match of text.matchAll(MONEY)) {
    const g = match.groups ?? {};
    const printed = g.num;
    if (!printed) continue;
    let mark = g.pre ?? g.post ?? g.postp;
    // "249:-" is Swedish kronor; "12.50-" in an ERP's credit note is a negative amount.
    if (mark && !candidatesOf(mark)) mark = undefined;
    const normalised = normaliseAmount(printed);
    if (!normalised) continue;
    // A trailing minus is an ERP's credit ("49,90-"); after whole yen ("¥5,000-") it only closes the figure.
    const negative = Boolean(g.sign1 || g.sign2 || (g.trail && normalised.decimals > 0) || (g.open && g.close));
    const start = match.index ?? 0;
    found.push({
      amount: normalised.amount,
      negative,
      ...(mark ? { mark } : {}),
      decimals: normalised.decimals,
      index: start,
      length: match[0].length,
      raw: match[0],
    });
  }
  return found;
}
