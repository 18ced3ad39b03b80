// How vendors print money and dates: the variety a real inbox shows, in one place. Styles depend on
// the currency and on the language the vendor writes in (a German shop writes "1.234,50 €", a French
// one "1 234,50 €", an Irish one "€1,234.50").

export type Currency =
  "USD" | "EUR" | "GBP" | "JPY" | "CAD" | "AUD" | "CHF" | "INR" | "SEK" | "NOK" | "DKK" | "PLN" | "BRL";

export const CURRENCIES: Currency[] = [
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "CAD",
  "AUD",
  "CHF",
  "INR",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "BRL",
];

/** The languages vendors write in (ISO 639-1; Norwegian is Bokmål). */
export type Lang = "en" | "de" | "fr" | "es" | "it" | "nl" | "pt" | "pl" | "sv" | "nb" | "da" | "ja";

export const LANGS: Lang[] = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "nb", "da", "ja"];

export interface MoneyStyle {
  prefix: string;
  suffix: string;
  /** "" prints no grouping (1234,50). */
  group: string;
  decimal: string;
  /** 1,23,456.00 — lakh grouping, as Indian vendors print rupees. */
  lakh?: boolean;
}

const s = (prefix: string, suffix: string, group = ",", decimal = ".", lakh = false): MoneyStyle => ({
  prefix,
  suffix,
  group,
  decimal,
  ...(lakh ? { lakh } : {}),
});

const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** English-speaking defaults by currency (also what the hard negatives of English vendors use). */
export const MONEY_STYLES: Record<Currency, MoneyStyle[]> = {
  USD: [s("$", ""), s("$", ""), s("USD ", ""), s("", " USD"), s("US$", "")],
  EUR: [s("€", ""), s("€", ""), s("EUR ", ""), s("€ ", "", ".", ","), s("", " €", ".", ",")],
  GBP: [s("£", ""), s("£", ""), s("GBP ", "")],
  JPY: [s("¥", ""), s("JPY ", ""), s("￥", "")],
  CAD: [s("CA$", ""), s("C$", ""), s("$", " CAD"), s("CAD ", "")],
  AUD: [s("A$", ""), s("AU$", ""), s("$", " AUD"), s("AUD ", "")],
  CHF: [s("CHF ", "", "'"), s("CHF ", ""), s("", " CHF", "'")],
  INR: [
    s("₹", "", ",", ".", true),
    s("Rs. ", "", ",", ".", true),
    s("INR ", "", ",", ".", true),
    s("₹ ", "", ",", ".", true),
  ],
  SEK: [s("", " kr", " ", ","), s("SEK ", "", " ", ",")],
  NOK: [s("NOK ", "", ",", "."), s("kr ", "", " ", ",")],
  DKK: [s("DKK ", "", ",", "."), s("", " kr.", ".", ",")],
  PLN: [s("PLN ", "", ",", "."), s("", " zł", " ", ",")],
  BRL: [s("R$ ", "", ".", ","), s("BRL ", "", ",", ".")],
};

const LOCAL_STYLES: Partial<Record<Lang, Partial<Record<Currency, MoneyStyle[]>>>> = {
  de: {
    EUR: [
      s("", " €", ".", ","),
      s("", " €", ".", ","),
      s("", " EUR", ".", ","),
      s("EUR ", "", ".", ","),
      s("", `${NBSP}€`, ".", ","),
    ],
    CHF: [
      s("CHF ", "", "'", "."),
      s("CHF ", "", "’", "."),
      s("Fr. ", "", "'", "."),
      s("", " Fr.", "'", "."),
      s("", " CHF", "'", "."),
      s("CHF ", "", "", "."),
    ],
  },
  fr: {
    EUR: [
      s("", " €", NNBSP, ","),
      s("", `${NBSP}€`, NBSP, ","),
      s("", " €", " ", ","),
      s("", " EUR", " ", ","),
      s("", " €", "", ","),
    ],
    CHF: [s("CHF ", "", "'", "."), s("", " CHF", " ", "."), s("Fr. ", "", "'", ".")],
  },
  es: { EUR: [s("", " €", ".", ","), s("", " €", "", ","), s("", " EUR", ".", ","), s("", `${NBSP}€`, ".", ",")] },
  it: { EUR: [s("€ ", "", ".", ","), s("", " €", ".", ","), s("EUR ", "", ".", ","), s("€", "", ".", ",")] },
  nl: { EUR: [s("€ ", "", ".", ","), s("€", "", ".", ","), s("EUR ", "", ".", ","), s(`€${NBSP}`, "", ".", ",")] },
  pt: {
    EUR: [s("", " €", " ", ","), s("", " €", ".", ","), s("€", "", ".", ","), s("", " EUR", " ", ",")],
    BRL: [s("R$ ", "", ".", ","), s("R$", "", ".", ","), s(`R$${NBSP}`, "", ".", ","), s("BRL ", "", ".", ",")],
  },
  pl: {
    PLN: [
      s("", " zł", " ", ","),
      s("", `${NBSP}zł`, NBSP, ","),
      s("", " zł", "", ","),
      s("", " PLN", " ", ","),
      s("PLN ", "", " ", ","),
    ],
  },
  sv: {
    SEK: [
      s("", " kr", " ", ","),
      s("", `${NBSP}kr`, NBSP, ","),
      s("", " kr", "", ","),
      s("SEK ", "", " ", ","),
      s("", " SEK", " ", ","),
    ],
  },
  nb: {
    NOK: [
      s("kr ", "", " ", ","),
      s("", " kr", " ", ","),
      s(`kr${NBSP}`, "", NBSP, ","),
      s("NOK ", "", " ", ","),
      s("kr ", "", ".", ","),
    ],
  },
  da: {
    DKK: [
      s("", " kr.", ".", ","),
      s("kr. ", "", ".", ","),
      s("", " kr", ".", ","),
      s("DKK ", "", ".", ","),
      s("", " DKK", ".", ","),
    ],
  },
  ja: { JPY: [s("￥", ""), s("", "円"), s("¥", ""), s("", " 円"), s("￥", "", ",", ".")] },
};

/** The ways a vendor writing in `lang` prints `currency`. */
export function moneyStylesFor(currency: Currency, lang: Lang): MoneyStyle[] {
  return LOCAL_STYLES[lang]?.[currency] ?? MONEY_STYLES[currency];
}

export const MINOR_DIGITS: Record<Currency, number> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  CAD: 2,
  AUD: 2,
  CHF: 2,
  INR: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  BRL: 2,
};

function groupDigits(digits: string, sep: string, lakh: boolean): string {
  if (!sep) return digits;
  if (!lakh || digits.length <= 3) return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const last3 = digits.slice(-3);
  const rest = digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, sep);
  return `${rest}${sep}${last3}`;
}

/** The truth form of an amount: "1234.50", "-25.00", or "1200" for zero-decimal currencies. */
export function decimalAmount(minor: number, currency: Currency): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  const digits = MINOR_DIGITS[currency];
  if (digits === 0) return `${sign}${abs}`;
  const text = String(abs).padStart(digits + 1, "0");
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** How a negative amount is signed: "-€25.00" (lead), "€-25.00" / "-25,00 €" (inner), "−" (U+2212). */
export type NegativeStyle = "lead" | "inner" | "unicode";

export function formatMoney(
  minor: number,
  currency: Currency,
  style: MoneyStyle,
  negative: NegativeStyle = "lead",
): string {
  const [whole = "0", fraction] = decimalAmount(Math.abs(minor), currency).split(".");
  const grouped = groupDigits(whole, style.group, style.lakh ?? false);
  const number = fraction === undefined ? grouped : `${grouped}${style.decimal}${fraction}`;
  if (minor >= 0) return `${style.prefix}${number}${style.suffix}`;
  if (negative === "inner") return `${style.prefix}-${number}${style.suffix}`;
  return `${negative === "unicode" ? "−" : "-"}${style.prefix}${number}${style.suffix}`;
}

/** Just the number, as invoice tables and till receipts print it under a currency heading. */
export function formatNumber(minor: number, currency: Currency, style: MoneyStyle): string {
  return formatMoney(minor, currency, { ...style, prefix: "", suffix: "" });
}

export type DateStyle =
  | "long-us"
  | "short-us"
  | "long-eu"
  | "short-eu"
  | "numeric-us"
  | "numeric-eu"
  | "iso"
  | "dotted"
  | "dashed-eu"
  | "german"
  | "long-fr"
  | "short-fr"
  | "long-es"
  | "long-it"
  | "long-nl"
  | "short-nl"
  | "long-pt"
  | "long-pl"
  | "long-sv"
  | "long-nb"
  | "long-da"
  | "japanese"
  | "slash-ymd";

const MONTHS: Record<string, string[]> = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  de: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  frShort: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
  es: [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
  it: [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
  ],
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  nlShort: ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
  pt: [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
  ],
  // Polish dates use the genitive: "5 marca 2025".
  pl: [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
  ],
  sv: [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
  ],
  nb: [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
  ],
  da: [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
  ],
};

const month = (table: string, index: number) => MONTHS[table]?.[index] ?? "";

/** `iso` is YYYY-MM-DD. */
export function formatDate(iso: string, style: DateStyle): string {
  const [y = "", m = "", d = ""] = iso.split("-");
  const i = Number(m) - 1;
  const day = String(Number(d));
  switch (style) {
    case "long-us":
      return `${month("en", i)} ${day}, ${y}`;
    case "short-us":
      return `${month("en", i).slice(0, 3)} ${day}, ${y}`;
    case "long-eu":
      return `${day} ${month("en", i)} ${y}`;
    case "short-eu":
      return `${day} ${month("en", i).slice(0, 3)} ${y}`;
    case "numeric-us":
      return `${m}/${d}/${y}`;
    case "numeric-eu":
      return `${d}/${m}/${y}`;
    case "iso":
      return iso;
    case "dotted":
      return `${d}.${m}.${y}`;
    case "dashed-eu":
      return `${d}-${m}-${y}`;
    case "german":
      return `${day}. ${month("de", i)} ${y}`;
    case "long-fr":
      return `${day === "1" ? "1er" : day} ${month("fr", i)} ${y}`;
    case "short-fr":
      return `${d} ${month("frShort", i)} ${y}`;
    case "long-es":
      return `${day} de ${month("es", i)} de ${y}`;
    case "long-it":
      return `${day} ${month("it", i)} ${y}`;
    case "long-nl":
      return `${day} ${month("nl", i)} ${y}`;
    case "short-nl":
      return `${day} ${month("nlShort", i)} ${y}`;
    case "long-pt":
      return `${day} de ${month("pt", i)} de ${y}`;
    case "long-pl":
      return `${day} ${month("pl", i)} ${y}`;
    case "long-sv":
      return `${day} ${month("sv", i)} ${y}`;
    case "long-nb":
      return `${day}. ${month("nb", i)} ${y}`;
    case "long-da":
      return `${day}. ${month("da", i)} ${y}`;
    case "japanese":
      return `${y}年${Number(m)}月${day}日`;
    case "slash-ymd":
      return `${y}/${m}/${d}`;
  }
}

/** The numeric date a till receipt or an invoice table prints in each language. */
export function numericDate(iso: string, lang: Lang, usStyle = false): string {
  if (lang === "en") return formatDate(iso, usStyle ? "numeric-us" : "numeric-eu");
  if (lang === "sv") return iso;
  if (lang === "ja") return formatDate(iso, "slash-ymd");
  if (lang === "nl") return formatDate(iso, "dashed-eu");
  if (["de", "pl", "nb", "da"].includes(lang)) return formatDate(iso, "dotted");
  return formatDate(iso, "numeric-eu");
}

export const DATE_STYLES_BY_LANG: Record<Lang | "en-US", DateStyle[]> = {
  "en-US": ["long-us", "short-us", "numeric-us", "iso"],
  en: ["long-eu", "short-eu", "numeric-eu", "iso"],
  de: ["german", "dotted", "dotted", "iso"],
  fr: ["long-fr", "numeric-eu", "short-fr"],
  es: ["long-es", "numeric-eu", "numeric-eu"],
  it: ["long-it", "numeric-eu", "numeric-eu"],
  nl: ["long-nl", "dashed-eu", "short-nl"],
  pt: ["long-pt", "numeric-eu", "numeric-eu"],
  pl: ["long-pl", "dotted", "iso"],
  sv: ["iso", "iso", "long-sv"],
  nb: ["long-nb", "dotted", "dotted"],
  da: ["long-da", "dotted", "dashed-eu"],
  ja: ["japanese", "japanese", "slash-ymd"],
};

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
