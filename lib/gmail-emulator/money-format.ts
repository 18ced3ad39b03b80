// How vendors print money and dates: the variety a real inbox shows, in one place.

export type Currency = "USD" | "EUR" | "GBP" | "JPY" | "CAD" | "AUD" | "CHF" | "INR";

export interface MoneyStyle {
  prefix: string;
  suffix: string;
  group: string;
  decimal: string;
  /** 1,23,456.00 — lakh grouping, as Indian vendors print rupees. */
  lakh?: boolean;
}

const s = (prefix: string, suffix: string, group = ",", decimal = ".", lakh = false): MoneyStyle => ({
  prefix, suffix, group, decimal, ...(lakh ? { lakh } : {}),
});

export const MONEY_STYLES: Record<Currency, MoneyStyle[]> = {
  USD: [s("$", ""), s("$", ""), s("USD ", ""), s("", " USD"), s("US$", "")],
  EUR: [s("€ ", "", ".", ","), s("", " €", ".", ","), s("€", ""), s("", " EUR", ".", ","), s("EUR ", "")],
  GBP: [s("£", ""), s("£", ""), s("GBP ", "")],
  JPY: [s("¥", ""), s("JPY ", ""), s("￥", "")],
  CAD: [s("CA$", ""), s("C$", ""), s("$", " CAD"), s("CAD ", "")],
  AUD: [s("A$", ""), s("AU$", ""), s("$", " AUD"), s("AUD ", "")],
  CHF: [s("CHF ", "", "'"), s("CHF ", ""), s("", " CHF", "'")],
  INR: [s("₹", "", ",", ".", true), s("Rs. ", "", ",", ".", true), s("INR ", "")],
};

export const MINOR_DIGITS: Record<Currency, number> = {
  USD: 2, EUR: 2, GBP: 2, JPY: 0, CAD: 2, AUD: 2, CHF: 2, INR: 2,
};

function groupDigits(digits: string, sep: string, lakh: boolean): string {
  if (!lakh || digits.length <= 3) return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const last3 = digits.slice(-3);
  const rest = digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, sep);
  return `${rest}${sep}${last3}`;
}

/** The truth form of an amount: "1234.50", or "1200" for zero-decimal currencies. */
export function decimalAmount(minor: number, currency: Currency): string {
  const digits = MINOR_DIGITS[currency];
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, "0");
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export function formatMoney(minor: number, currency: Currency, style: MoneyStyle): string {
  const [whole = "0", fraction] = decimalAmount(minor, currency).split(".");
  const grouped = groupDigits(whole, style.group, style.lakh ?? false);
  const number = fraction === undefined ? grouped : `${grouped}${style.decimal}${fraction}`;
  return `${style.prefix}${number}${style.suffix}`;
}

export type DateStyle = "long-us" | "short-us" | "long-eu" | "numeric-us" | "numeric-eu" | "iso" | "dotted" | "german" | "japanese";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

/** `iso` is YYYY-MM-DD. */
export function formatDate(iso: string, style: DateStyle): string {
  const [y = "", m = "", d = ""] = iso.split("-");
  const month = Number(m) - 1;
  const day = String(Number(d));
  switch (style) {
    case "long-us": return `${MONTHS[month]} ${day}, ${y}`;
    case "short-us": return `${MONTHS[month]?.slice(0, 3)} ${day}, ${y}`;
    case "long-eu": return `${day} ${MONTHS[month]} ${y}`;
    case "numeric-us": return `${m}/${d}/${y}`;
    case "numeric-eu": return `${d}/${m}/${y}`;
    case "iso": return iso;
    case "dotted": return `${d}.${m}.${y}`;
    case "german": return `${day}. ${MONATE[month]} ${y}`;
    case "japanese": return `${y}年${Number(m)}月${day}日`;
  }
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
