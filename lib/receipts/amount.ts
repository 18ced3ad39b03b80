// Money in receipt text: "$1,234.56", "€ 12,50", "12,50 €", "CHF 1'234.50", "¥1,200", "₹1,23,456.00".
// Amounts stay decimal strings from start to end; no float ever touches them.
import { CURRENCY_PATTERN, ZERO_DECIMAL, resolveCurrency } from "./currency";

export interface MoneyMention {
  amount: string;
  currency: string;
  /** Offset of the mention in the text it was found in. */
  index: number;
  raw: string;
}

// Digits with optional group separators (, . ' ’ thin/normal spaces) and an optional 1–2 digit fraction.
export const NUMBER = String.raw`\d{1,3}(?:[,.'’\u202f\u00a0 ]\d{2,3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const MONEY = new RegExp(
  String.raw`(?<pre>${CURRENCY_PATTERN})\s?(?<neg1>-)?(?<num1>${NUMBER})(?:\s?(?<post1>${CURRENCY_PATTERN})(?!\s?\d))?` +
    String.raw`|(?<neg2>-)?(?<num2>${NUMBER})\s?(?<post2>${CURRENCY_PATTERN})`,
  "gu",
);

/**
 * Normalises a printed number to "1234.56" (or "1200" for zero-decimal currencies).
 * The last separator followed by 1–2 digits is the decimal mark; every other one groups thousands.
 */
export function normaliseAmount(printed: string, currency?: string): string | undefined {
  const compact = printed.replace(/[\s'’\u202f\u00a0]/g, "");
  if (!/^\d[\d.,]*$/.test(compact)) return undefined;
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!m) return undefined;
  let whole = (m[1] ?? "").replace(/[.,]/g, "");
  let fraction = m[2] ?? "";
  // "1.234" / "1,234": a lone 3-digit tail is a thousands group, not a fraction.
  if (!whole) return undefined;
  whole = whole.replace(/^0+(?=\d)/, "");
  if (currency && ZERO_DECIMAL.has(currency)) {
    if (/[1-9]/.test(fraction)) return undefined;
    return whole;
  }
  fraction = fraction.padEnd(2, "0");
  return `${whole}.${fraction}`;
}

/** Every money mention in `text`, in order. */
export function findMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  for (const match of text.matchAll(MONEY)) {
    const g = match.groups ?? {};
    const printed = g.num1 ?? g.num2;
    const currency = resolveCurrency(g.pre, g.post1 ?? g.post2);
    if (!printed || !currency) continue;
    const amount = normaliseAmount(printed, currency);
    if (amount === undefined) continue;
    const negative = Boolean(g.neg1 ?? g.neg2) || text[(match.index ?? 0) - 1] === "-";
    found.push({ amount: negative ? `-${amount}` : amount, currency, index: match.index ?? 0, raw: match[0] });
  }
  return found;
}
