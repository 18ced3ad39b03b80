// Currency symbols and codes as receipts print them, mapped to ISO 4217.

/** Zero-decimal currencies: amounts are whole units ("1200", never "1200.00"). */
export const ZERO_DECIMAL = new Set(["JPY", "KRW", "VND", "CLP", "ISK", "HUF", "TWD", "UGX"]);

export const ISO_CODES = [
  "USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "INR", "CNY", "NZD", "SEK", "NOK", "DKK", "PLN",
  "CZK", "HKD", "SGD", "MXN", "BRL", "ZAR", "KRW", "TRY", "AED", "ILS", "HUF", "TWD", "THB",
] as const;

/** Symbols, longest first where one is a prefix of another (CA$ before $). */
const SYMBOLS: Array<[string, string]> = [
  ["US$", "USD"], ["CA$", "CAD"], ["C$", "CAD"], ["AU$", "AUD"], ["A$", "AUD"], ["NZ$", "NZD"],
  ["HK$", "HKD"], ["S$", "SGD"], ["R$", "BRL"], ["MX$", "MXN"], ["CN¥", "CNY"], ["RMB", "CNY"],
  ["Rs.", "INR"], ["Rs", "INR"], ["Fr.", "CHF"], ["$", "USD"], ["€", "EUR"], ["£", "GBP"],
  ["¥", "JPY"], ["￥", "JPY"], ["円", "JPY"], ["₹", "INR"], ["₩", "KRW"], ["zł", "PLN"], ["₺", "TRY"], ["₪", "ILS"],
];

const BY_TOKEN = new Map<string, string>([...SYMBOLS, ...ISO_CODES.map((c): [string, string] => [c, c])]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regex alternation of every currency token; codes need word boundaries so "TOTAL" ≠ … */
export const CURRENCY_PATTERN = [
  ...ISO_CODES.map((c) => `\\b${c}\\b`),
  ...SYMBOLS.map(([symbol]) => (/^[A-Za-z]/.test(symbol) ? `\\b${escape(symbol)}${/[A-Za-z]$/.test(symbol) ? "\\b" : ""}` : escape(symbol))),
].join("|");

/** ISO code for a printed token; `$` means USD unless a more specific token says otherwise. */
export function currencyOf(token: string): string | undefined {
  return BY_TOKEN.get(token.trim()) ?? BY_TOKEN.get(token.trim().toUpperCase());
}

/** When a symbol and a code both appear ("$12.50 CAD"), the code is the more specific. */
export function resolveCurrency(prefix: string | undefined, suffix: string | undefined): string | undefined {
  const before = prefix ? currencyOf(prefix) : undefined;
  const after = suffix ? currencyOf(suffix) : undefined;
  if (before && after && prefix?.trim() === "$") return after;
  return before ?? after;
}
