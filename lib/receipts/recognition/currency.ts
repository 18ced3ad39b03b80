// Currencies as receipts print them. Some marks name one currency ("€", "zł", "R$", "CHF"); some
// name several ("$", "kr", "¥", "Rs") and are settled by the document: an ISO code it states, the
// sender's country domain, then its language.
import type { LanguageCode } from "./lexicons";

/** Zero-decimal currencies: amounts are whole units ("1200", never "1200.00"). */
export const ZERO_DECIMAL = new Set(["JPY", "KRW", "VND", "CLP", "ISK", "HUF", "TWD", "UGX", "PYG", "IDR"]);

export const ISO_CODES = [
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "CAD",
  "AUD",
  "CHF",
  "INR",
  "CNY",
  "NZD",
  "SEK",
  "NOK",
  "DKK",
  "ISK",
  "PLN",
  "CZK",
  "HUF",
  "RON",
  "BGN",
  "HKD",
  "SGD",
  "MXN",
  "BRL",
  "ARS",
  "CLP",
  "COP",
  "PEN",
  "ZAR",
  "KRW",
  "TRY",
  "AED",
  "SAR",
  "ILS",
  "TWD",
  "THB",
  "MYR",
  "IDR",
  "PHP",
  "VND",
  "PKR",
  "LKR",
] as const;
const CODES = new Set<string>(ISO_CODES);

/** Printed marks and the currencies they can mean, the usual one first. */
const MARKS: Array<[string, string[]]> = [
  ["US$", ["USD"]],
  ["U$S", ["USD"]],
  ["CA$", ["CAD"]],
  ["C$", ["CAD"]],
  ["CAN$", ["CAD"]],
  ["AU$", ["AUD"]],
  ["A$", ["AUD"]],
  ["AUD$", ["AUD"]],
  ["NZ$", ["NZD"]],
  ["HK$", ["HKD"]],
  ["S$", ["SGD"]],
  ["SG$", ["SGD"]],
  ["R$", ["BRL"]],
  ["MX$", ["MXN"]],
  ["CN¥", ["CNY"]],
  ["RMB", ["CNY"]],
  ["元", ["CNY"]],
  ["$", ["USD", "CAD", "AUD", "NZD", "MXN", "SGD", "HKD", "ARS", "CLP", "COP"]],
  ["€", ["EUR"]],
  ["£", ["GBP"]],
  ["¥", ["JPY", "CNY"]],
  ["円", ["JPY"]],
  ["₹", ["INR"]],
  ["Rs.", ["INR", "PKR", "LKR"]],
  ["Rs", ["INR", "PKR", "LKR"]],
  ["₨", ["INR", "PKR", "LKR"]],
  ["₩", ["KRW"]],
  ["₺", ["TRY"]],
  ["₪", ["ILS"]],
  ["฿", ["THB"]],
  ["₫", ["VND"]],
  ["₱", ["PHP"]],
  ["zł", ["PLN"]],
  ["Kč", ["CZK"]],
  ["Ft", ["HUF"]],
  ["lei", ["RON"]],
  ["RM", ["MYR"]],
  ["SFr.", ["CHF"]],
  ["Fr.", ["CHF"]],
  ["CHF", ["CHF"]],
  ["kr.", ["DKK", "SEK", "NOK", "ISK"]],
  ["kr", ["SEK", "NOK", "DKK", "ISK"]],
  ["Kr", ["SEK", "NOK", "DKK", "ISK"]],
  ["KR", ["SEK", "NOK", "DKK", "ISK"]],
  [":-", ["SEK"]],
  ["euro", ["EUR"]],
  ["euros", ["EUR"]],
  ["Euro", ["EUR"]],
  ["EURO", ["EUR"]],
  ["Euros", ["EUR"]],
  ["dollars", ["USD"]],
  ["złotych", ["PLN"]],
  ["zl", ["PLN"]],
  ["PLN", ["PLN"]],
  ["kronor", ["SEK"]],
  ["kroner", ["NOK", "DKK"]],
  ["reais", ["BRL"]],
  ["yen", ["JPY"]],
];
const MARK_CANDIDATES = new Map<string, string[]>([...MARKS, ...ISO_CODES.map((c): [string, string[]] => [c, [c]])]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const markSource = (mark: string) => {
  const e = escape(mark);
  const startsWord = /^[\p{L}]/u.test(mark);
  const endsWord = /[\p{L}]$/u.test(mark);
  return `${startsWord ? "(?<![\\p{L}])" : ""}${e}${endsWord ? "(?![\\p{L}])" : ""}`;
};

/** Every mark, longest first so "CA$" wins over "$" and "kr." over "kr". */
export const CURRENCY_MARK = [...MARK_CANDIDATES.keys()]
  .sort((a, b) => b.length - a.length)
  .map(markSource)
  .join("|");

export function candidatesOf(mark: string): string[] | undefined {
  return (
    MARK_CANDIDATES.get(mark) ??
    MARK_CANDIDATES.get(mark.trim()) ??
    (CODES.has(mark.toUpperCase()) ? [mark.toUpperCase()] : undefined)
  );
}

export const isIsoCode = (code: string) => CODES.has(code);

// A country-code top-level domain and the currency of that country.
const TLD_CURRENCY: Record<string, string> = {
  us: "USD",
  ca: "CAD",
  au: "AUD",
  nz: "NZD",
  mx: "MXN",
  sg: "SGD",
  hk: "HKD",
  ar: "ARS",
  cl: "CLP",
  co: "COP",
  pe: "PEN",
  uk: "GBP",
  gb: "GBP",
  jp: "JPY",
  cn: "CNY",
  in: "INR",
  pk: "PKR",
  lk: "LKR",
  se: "SEK",
  no: "NOK",
  dk: "DKK",
  is: "ISK",
  pl: "PLN",
  cz: "CZK",
  hu: "HUF",
  ro: "RON",
  ch: "CHF",
  li: "CHF",
  br: "BRL",
  za: "ZAR",
  kr: "KRW",
  tr: "TRY",
  il: "ILS",
  de: "EUR",
  at: "EUR",
  fr: "EUR",
  be: "EUR",
  nl: "EUR",
  lu: "EUR",
  es: "EUR",
  it: "EUR",
  pt: "EUR",
  ie: "EUR",
  fi: "EUR",
  gr: "EUR",
  ee: "EUR",
  lv: "EUR",
  lt: "EUR",
  sk: "EUR",
  si: "EUR",
  hr: "EUR",
  mt: "EUR",
  cy: "EUR",
  eu: "EUR",
};

/** The currency of the sender's country, from the domain's last label ("shop.example.co.uk" → GBP). */
export function currencyOfDomain(domain: string): string | undefined {
  const tld = domain.toLowerCase().split(".").filter(Boolean).pop();
  return tld ? TLD_CURRENCY[tld] : undefined;
}

export interface CurrencyContext {
  /** ISO codes the document states (in amounts, headings, "all amounts in SEK"). */
  statedCodes: Set<string>;
  senderDomain: string;
  language: LanguageCode | undefined;
  /** The language's usual currency (from its lexicon). */
  languageCurrency: string | undefined;
}

/** Settles a mark that names several currencies; a mark that names one is that one. */
export function resolveMark(mark: string, context: CurrencyContext): string | undefined {
  const candidates = candidatesOf(mark);
  if (!candidates) return undefined;
  if (candidates.length === 1) return candidates[0];
  const stated = candidates.filter((c) => context.statedCodes.has(c));
  if (stated.length === 1) return stated[0];
  const byDomain = currencyOfDomain(context.senderDomain);
  if (byDomain && candidates.includes(byDomain)) return byDomain;
  if (context.languageCurrency && candidates.includes(context.languageCurrency)) return context.languageCurrency;
  if (mark === "$" && context.language === "es" && context.senderDomain.endsWith(".mx")) return "MXN";
  return candidates[0];
}
