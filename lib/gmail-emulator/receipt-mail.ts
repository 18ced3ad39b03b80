// Receipts, invoices and refunds (credit notes): a completed charge, an amount billed, or money
// given back — in the words, languages and layouts of real senders.
import type { DocKind, ReceiptFacts } from "./facts";
import { invoiceDocumentPdf, invoicePdf, type InvoiceDocument } from "./invoice-pdf";
import { LEXICON, fill, monthName, type Lexicon } from "./lexicon";
import type { BodyLayout, MailContent, MailDocument, Row } from "./mail-content";
import { renderBody, renderPdfLines, renderText } from "./mail-content";
import {
  MINOR_DIGITS,
  decimalAmount,
  formatDate,
  formatMoney,
  formatNumber,
  isoDay,
  moneyStylesFor,
  type Lang,
  type MoneyStyle,
  type NegativeStyle,
} from "./money-format";
import type { SeededRandom } from "./random";
import { tillReceiptMail } from "./till-receipt";
import { vatIdOf, type VendorTemplate } from "./vendors";

export type { DocKind, Layout, ReceiptFacts } from "./facts";

const DAY = 86_400_000;

const DEPARTURE: Record<Lang, string> = {
  en: "Departure",
  de: "Abflug",
  fr: "Départ",
  es: "Salida",
  it: "Partenza",
  nl: "Vertrek",
  pt: "Partida",
  pl: "Wylot",
  sv: "Avgång",
  nb: "Avgang",
  da: "Afgang",
  ja: "出発日",
};
const TRAVEL: Record<Lang, string> = {
  en: "Travel date",
  de: "Reisedatum",
  fr: "Date du voyage",
  es: "Fecha de viaje",
  it: "Data viaggio",
  nl: "Reisdatum",
  pt: "Data da viagem",
  pl: "Data podróży",
  sv: "Resdatum",
  nb: "Reisedato",
  da: "Rejsedato",
  ja: "乗車日",
};
const CHECK_IN: Record<Lang, string> = {
  en: "Check-in",
  de: "Anreise",
  fr: "Arrivée",
  es: "Entrada",
  it: "Arrivo",
  nl: "Aankomst",
  pt: "Check-in",
  pl: "Przyjazd",
  sv: "Incheckning",
  nb: "Innsjekk",
  da: "Ankomst",
  ja: "チェックイン",
};
const CHECK_OUT: Record<Lang, string> = {
  en: "Check-out",
  de: "Abreise",
  fr: "Départ",
  es: "Salida",
  it: "Partenza",
  nl: "Vertrek",
  pt: "Check-out",
  pl: "Wyjazd",
  sv: "Utcheckning",
  nb: "Utsjekk",
  da: "Afrejse",
  ja: "チェックアウト",
};
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const BUYER = ["Northwind Studio Ltd", "Finance", "12 Harbour Street", "Bristol BS1 4QA", "United Kingdom"];
const BANKS: Partial<Record<Lang, string>> = {
  de: "IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX",
  fr: "IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP",
  es: "IBAN ES91 2100 0418 4502 0005 1332",
  it: "IBAN IT60 X054 2811 1010 0000 0123 456",
  nl: "IBAN NL91 ABNA 0417 1643 00",
  pt: "IBAN PT50 0002 0123 1234 5678 9015 4",
  pl: "PL61 1090 1014 0000 0712 1981 2874",
  sv: "Bankgiro 5050-1055",
  nb: "Kontonr. 1503 27 11111",
  da: "Reg.nr. 2191 Konto 0123456789",
};

export function receiptMail(
  v: VendorTemplate,
  rng: SeededRandom,
  receivedMs: number,
): { content: MailContent; facts: ReceiptFacts } {
  const lex = LEXICON[v.lang];
  const draw = rng.float();
  const kind: DocKind = draw < v.refunds ? "refund" : draw < v.refunds + v.invoices ? "invoice" : "receipt";
  if (kind === "receipt" && v.images > 0 && rng.chance(v.images)) return tillReceiptMail(v, rng, receivedMs);

  // The generator's PDFs print Latin text only, so Japanese vendors send no PDFs.
  const pdfCapable = v.lang !== "ja";
  const pdfOnly = pdfCapable && kind !== "receipt" && rng.chance(kind === "invoice" ? v.pdfOnly : v.pdfOnly * 0.7);
  const style = rng.pick(moneyStylesFor(v.currency, v.lang));
  // Invoice software often prints bare numbers under a "Total (EUR)" heading.
  const bare = pdfOnly && rng.chance(0.3);
  const negative: NegativeStyle | "positive" =
    kind !== "refund"
      ? "positive"
      : pdfOnly
        ? rng.pick(["lead", "lead", "inner", "positive"] as const)
        : rng.pick(["positive", "positive", "lead", "lead", "inner", "unicode"] as const);
  const sign = negative === "positive" ? 1 : -1;
  const money = (minor: number) =>
    formatMoney(
      minor,
      v.currency,
      bare ? { ...style, prefix: "", suffix: "" } : style,
      negative === "positive" ? "lead" : negative,
    ).replace(/^([^\d\s\-−]+) (?=[\d\-])/, "$1\u00a0");
  const row = (label: string, minor: number, strong = false): Row => ({
    label,
    value: money(minor),
    ...(strong ? { strong } : {}),
    ...partsOf(minor, style, bare, negative, v),
  });
  const inCurrency = (label: string) => (bare ? `${label} (${v.currency})` : label);
  const unit = 10 ** MINOR_DIGITS[v.currency];

  // Dates: receipts are dated the day of the charge, invoices a few days before they are mailed.
  const lagDays =
    kind === "invoice"
      ? rng.int(0, 3)
      : ["hotel", "telecom", "cloud"].includes(v.sector)
        ? rng.int(0, 6)
        : rng.chance(0.2)
          ? 1
          : 0;
  const docMs = receivedMs - lagDays * DAY;
  const iso = isoDay(docMs);
  const dateStyle = rng.pick(v.dateStyles);
  const date = (ms: number) => formatDate(isoDay(ms), dateStyle);
  const bodyLayout = pickBodyLayout(kind, rng);
  const dateInBody = pdfOnly || bodyLayout === "html-jsonld" || rng.chance(kind === "invoice" ? 0.95 : 0.85);
  const number = docNumber(v.lang, kind, rng, iso);
  const dueMs = docMs + rng.pick([7, 14, 14, 30]) * DAY;

  // Line items, then tax; the grand total is what gets extracted.
  const target =
    kind === "refund"
      ? rng.int(Math.round(v.range[0] * unit), Math.round(Math.max(v.range[0] * 1.5, v.range[1] * 0.5) * unit))
      : rng.int(Math.round(v.range[0] * unit), Math.round(v.range[1] * unit));
  const itemCount = kind === "refund" ? rng.int(1, 2) : rng.int(1, 4);
  const taxAdded = !v.taxIncluded && v.taxRate > 0;
  const itemsNet = taxAdded ? target / (1 + v.taxRate) : target;
  const items: { label: string; qty: number; minor: number }[] = [];
  let subtotal = 0;
  for (let i = 0; i < itemCount; i++) {
    const share =
      i === itemCount - 1
        ? Math.max(unit, Math.round(itemsNet) - subtotal)
        : Math.round((itemsNet / itemCount) * (0.5 + rng.float()));
    const minor = v.currency === "JPY" ? share : share - (share % 5);
    subtotal += minor;
    const qty = rng.chance(0.3) && kind !== "refund" ? rng.int(2, 9) : 1;
    const label =
      kind === "refund" && rng.chance(0.5)
        ? `${rng.pick(lex.refund.reasons)}: ${rng.pick(v.items)}`
        : rng.pick(v.items);
    items.push({ label, qty, minor });
  }
  const discount = kind !== "refund" && rng.chance(0.1) ? Math.round(subtotal * 0.1) : 0;
  const tax = taxAdded ? Math.round((subtotal - discount) * v.taxRate) : 0;
  const total = subtotal - discount + tax;
  const includedTax = v.taxIncluded && v.taxRate > 0 ? total - Math.round(total / (1 + v.taxRate)) : 0;

  const labels = lex.labels;
  const totalLabel =
    kind === "invoice"
      ? rng.pick(labels.amountDue)
      : kind === "refund"
        ? rng.pick(labels.refundTotal)
        : rng.pick(labels.total);
  const rows: Row[] = items.map((it) => row(`${it.qty > 1 ? `${it.qty} × ` : ""}${it.label}`, sign * it.minor));
  if (discount) rows.push({ label: labels.discount, value: `-${money(discount)}` });
  if (taxAdded) {
    rows.push(row(inCurrency(rng.pick(labels.subtotal)), sign * (subtotal - discount)));
    rows.push(row(v.taxLabel, sign * tax));
  }
  rows.push(row(inCurrency(totalLabel), sign * total, true));
  if (includedTax)
    rows.push({
      label: fill(labels.taxIncluded, { rate: v.taxLabel.replace(/^\D+/, "") || `${Math.round(v.taxRate * 100)} %` }),
      value: money(sign * includedTax),
    });
  if (kind === "receipt" && v.lang === "en" && rng.chance(0.15))
    rows.push({ label: "Amount remaining", value: money(0) });

  const meta: Row[] = [];
  const dateLabel =
    kind === "invoice"
      ? rng.pick(labels.invoiceDate)
      : kind === "refund"
        ? rng.pick(labels.refundDate)
        : rng.pick(labels.date);
  if (dateInBody) meta.push({ label: dateLabel, value: date(docMs) });
  meta.push({
    label:
      kind === "invoice"
        ? rng.pick(labels.invoiceNo)
        : kind === "refund"
          ? rng.pick([...labels.orderNo, ...labels.receiptNo])
          : rng.pick([...labels.orderNo, ...labels.receiptNo]),
    value: number,
  });
  const customerNo = String(rng.int(100000, 9999999));
  if (kind === "invoice") {
    if (rng.chance(0.6)) meta.push({ label: labels.customerNo, value: customerNo });
    if (rng.chance(0.7)) meta.push({ label: rng.pick(labels.dueDate), value: date(dueMs) });
  }
  if (kind === "refund" && rng.chance(0.6))
    meta.push({ label: labels.orderDate, value: date(docMs - rng.int(3, 40) * DAY) });
  meta.push(...decoyMeta(v, lex, rng, docMs, date));
  if (kind !== "invoice" && rng.chance(0.6))
    meta.push({
      label: labels.paymentMethod,
      value: fill(labels.card, { brand: rng.pick(["Visa", "Mastercard", "Amex"]), last4: String(rng.int(1000, 9999)) }),
    });
  // Some senders lead with the charge (Stripe-style summary).
  if (rng.chance(0.2)) meta.unshift(row(totalLabel, sign * total));
  const last = rows.find((r) => r.strong);
  if (last && v.lang === "en" && v.currency !== "USD" && ["airline", "hotel"].includes(v.sector) && rng.chance(0.3)) {
    last.value = `${last.value} (approx. US$${Math.max(1, Math.round(total / unit))}.00)`;
    delete last.parts;
  }

  const values = {
    vendor: v.vendor,
    number,
    amount: money(total),
    month: monthName(iso, v.lang),
    date: date(docMs),
    due: date(dueMs),
    weekday: WEEKDAYS[new Date(docMs).getUTCDay()] ?? "Monday",
    daypart: rng.pick(["morning", "afternoon", "evening"]),
    days: String(rng.pick([14, 30])),
  };
  const outro = [fill(rng.pick(lex.outros), values)];
  if (kind === "invoice") outro.unshift(fill(rng.pick(lex.invoice.debitNotes), values));
  if (v.sector === "saas" && v.lang === "en" && kind === "receipt" && rng.chance(0.2))
    outro.push(`Your plan renews automatically on ${date(docMs + 30 * DAY)}. Cancel anytime.`);
  // Receipts carry marketing too; a promo line must not turn a receipt into a non-receipt.
  if (kind === "receipt" && rng.chance(0.12)) {
    const promo =
      v.lang === "en"
        ? rng.pick([
            "Get 20% off your next order with code THANKS20.",
            "Unsubscribe from marketing emails.",
            `Refer a friend and you both save ${money(500 * (v.currency === "JPY" ? 100 : 1))}.`,
          ])
        : fill(rng.pick(lex.neg.promotion.lines)[0]!, {
            ...values,
            amount: money(Math.round(unit * (v.currency === "JPY" ? 500 : 5))),
            days: "10",
          });
    outro.push(promo);
  }
  const intro = pickIntro(lex, v, kind, rng).map((p) => fill(p, values));
  const title =
    kind === "invoice"
      ? `${titleCase(lex.invoice.title, v.lang)} ${number}`
      : kind === "refund"
        ? rng.pick(lex.refund.titles)
        : rng.pick(lex.receipt.titles);
  const doc: MailDocument = { ...(rng.chance(0.6) ? { title } : {}), intro, meta, rows, outro };
  if (bodyLayout === "html-jsonld")
    doc.jsonLd = jsonLd(v, kind, number, iso, decimalAmount(total, v.currency), customerNo, isoDay(dueMs));
  const from = rng.pick(v.senders);
  const subjects =
    kind === "invoice"
      ? pdfOnly
        ? lex.invoice.pdfSubjects
        : lex.invoice.subjects
      : kind === "refund"
        ? pdfOnly
          ? lex.refund.creditSubjects
          : lex.refund.subjects
        : lex.receipt.bySector?.[v.sector] && rng.chance(0.6)
          ? lex.receipt.bySector[v.sector]!
          : lex.receipt.subjects;
  const subject = fill(rng.pick(subjects), values);
  const facts: ReceiptFacts = {
    vendor: v.vendor,
    amount: decimalAmount(kind === "refund" ? -total : total, v.currency),
    currency: v.currency,
    date: isoDay(dateInBody ? docMs : receivedMs),
    source: pdfOnly ? "attachment" : "body",
    kind,
    language: v.lang,
    layout: pdfOnly ? "pdf-invoice" : bodyLayout,
  };

  // The PDF: the document itself (PDF-only invoices and credit notes) or a copy of a body receipt.
  const withPdf = pdfOnly || (pdfCapable && rng.chance(0.15));
  const pdfTitle =
    kind === "invoice"
      ? lex.invoice.title
      : kind === "refund"
        ? lex.refund.creditTitle
        : rng.pick(lex.receipt.titles).toUpperCase();
  const stem =
    kind === "refund"
      ? lex.refund.creditFile
      : kind === "invoice"
        ? lex.invoice.file
        : (lex.receipt.titles[0] ?? "receipt").replace(/\s+/g, "-");
  const attachment = withPdf
    ? {
        filename: `${stem}-${number.replace(/[/\s]+/g, "-")}.pdf`,
        mimeType: "application/pdf",
        bytes: documentPdf(v, lex, rng, {
          title: pdfTitle,
          number,
          items,
          rows,
          meta: [
            ...(dateInBody || pdfOnly ? [{ label: dateLabel, value: date(docMs) }] : []),
            ...meta.filter((m) => m.label !== dateLabel),
          ],
          money,
          sign,
          bare,
          kindNotes: kind === "invoice" ? [fill(rng.pick(labels.terms), values), outro[0] ?? ""] : [],
        }),
      }
    : undefined;

  if (pdfOnly) {
    const paragraphs = rng
      .pick(kind === "refund" ? lex.refund.creditIntros : lex.invoice.pdfIntros)
      .map((p) => fill(p, values));
    const numberLabel = kind === "refund" ? titleCase(lex.refund.creditTitle, v.lang) : rng.pick(labels.invoiceNo);
    const shortDoc: MailDocument = {
      intro: paragraphs,
      meta: [],
      rows: [],
      outro: [`${numberLabel}: ${number}`, rng.pick(lex.regards), v.vendor],
    };
    const body = renderBody(shortDoc, v.vendor, rng.chance(0.5) ? "html-table" : "text", rng);
    return {
      content: { from, subject, ...body, ...(attachment ? { attachment } : {}), category: "CATEGORY_UPDATES" },
      facts,
    };
  }
  const body = renderBody(doc, v.vendor, bodyLayout, rng);
  if (v.lang === "ja" && body.text && rng.chance(0.7)) body.text = body.text.replace(/: /g, "：");
  const content: MailContent = {
    from,
    subject,
    ...body,
    ...(attachment ? { attachment } : {}),
    category: "CATEGORY_UPDATES",
  };
  // Staff forward receipts they got elsewhere; the vendor is then the forwarded sender.
  if (rng.chance(0.05)) {
    const sentMs = receivedMs - rng.int(1, 20) * 3_600_000;
    const forwardedFacts: ReceiptFacts = {
      ...facts,
      layout: "forwarded",
      ...(dateInBody ? {} : { date: isoDay(sentMs) }),
    };
    return { content: forwarded(content, doc, v.vendor, sentMs, rng), facts: forwardedFacts };
  }
  return { content, facts };
}

function pickBodyLayout(kind: DocKind, rng: SeededRandom): BodyLayout {
  const roll = rng.float();
  const table: Array<[BodyLayout, number]> = [
    ["html-table", 0.27],
    ["html-split", 0.2],
    ["html-stacked", 0.12],
    ["html-jsonld", kind === "refund" ? 0 : 0.05],
    ["text", 0.22],
    ["text-below", 0.14],
  ];
  const sum = table.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  for (const [layout, weight] of table) {
    acc += weight / sum;
    if (roll < acc) return layout;
  }
  return "html-table";
}

function pickIntro(lex: Lexicon, v: VendorTemplate, kind: DocKind, rng: SeededRandom): string[] {
  if (kind === "invoice") return rng.pick(lex.invoice.intros);
  if (kind === "refund") return rng.pick(lex.refund.intros);
  const bySector = lex.receipt.introsBySector?.[v.sector];
  return rng.pick(bySector && rng.chance(0.7) ? bySector : lex.receipt.intros);
}

/** Dates that are not the document date: trips, stays, billing periods, the next billing cycle. */
function decoyMeta(
  v: VendorTemplate,
  lex: Lexicon,
  rng: SeededRandom,
  docMs: number,
  date: (ms: number) => string,
): Row[] {
  const at = (days: number) => date(docMs + days * DAY);
  switch (v.sector) {
    case "airline":
      return [{ label: DEPARTURE[v.lang], value: at(rng.int(3, 90)) }];
    case "rail":
      return rng.chance(0.7) ? [{ label: TRAVEL[v.lang], value: at(rng.int(0, 40)) }] : [];
    case "hotel":
      return [
        { label: CHECK_IN[v.lang], value: at(-rng.int(1, 5)) },
        { label: CHECK_OUT[v.lang], value: at(0) },
      ];
    case "saas":
      return rng.chance(0.5) ? [{ label: lex.labels.nextBilling, value: at(30) }] : [];
    case "telecom":
    case "cloud":
      return rng.chance(0.7) ? [{ label: lex.labels.period, value: `${at(-30)} – ${at(-1)}` }] : [];
    default:
      return [];
  }
}

/** The money value split into sign cell and number cell, for templates that do that. */
function partsOf(
  minor: number,
  style: MoneyStyle,
  bare: boolean,
  negative: NegativeStyle | "positive",
  v: VendorTemplate,
): { parts?: [string, string] } {
  if (bare || !style.prefix.trim() || style.suffix) return {};
  const number = formatNumber(Math.abs(minor), v.currency, style);
  const signed = minor < 0 ? `${negative === "unicode" ? "−" : "-"}${number}` : number;
  return { parts: [style.prefix.trim(), signed] };
}

function docNumber(lang: Lang, kind: DocKind, rng: SeededRandom, iso: string): string {
  const year = iso.slice(0, 4);
  const month = iso.slice(5, 7);
  const n = (digits: number) => String(rng.int(10 ** (digits - 1), 10 ** digits - 1));
  const credit = kind === "refund";
  switch (lang) {
    case "de":
      return credit ? `GS-${year}-${n(5)}` : rng.pick([`RE-${year}-${n(5)}`, `R${n(7)}`, n(9)]);
    case "fr":
      return credit ? `AV${year}-${n(5)}` : rng.pick([`F${year}-${n(5)}`, `FA${n(7)}`, `${year}${month}-${n(4)}`]);
    case "es":
      return credit ? `R-${year}/${n(4)}` : rng.pick([`FAC-${year}/${n(4)}`, `${year}-${n(6)}`, `A${n(7)}`]);
    case "it":
      return credit ? `NC${n(4)}/${year}` : rng.pick([`${n(4)}/${year}`, `FT${year}-${n(5)}`, `${n(6)}/E`]);
    case "nl":
      return credit ? `C-${n(6)}` : rng.pick([`${year}${n(6)}`, `F-${n(6)}`, n(10)]);
    case "pt":
      return credit ? `NC ${year}/${n(4)}` : rng.pick([`FT ${year}/${n(4)}`, n(8), `FR ${year}A/${n(3)}`]);
    case "pl":
      return credit
        ? `FK/${year}/${month}/${n(4)}`
        : rng.pick([`FV/${year}/${month}/${n(4)}`, `${n(4)}/${month}/${year}`, `F/${n(5)}/${year.slice(2)}`]);
    case "sv":
    case "nb":
    case "da":
      return credit ? `K${n(6)}` : rng.pick([n(6), n(8), `${year}-${n(5)}`]);
    case "ja":
      return credit ? `RF-${n(8)}` : rng.pick([n(10), `INV-${n(8)}`, `${year}${month}-${n(5)}`]);
    default:
      return credit ? `CN-${n(6)}` : `${rng.pick(["INV-", "", "R-", ""])}${rng.int(10000, 9999999)}`;
  }
}

function titleCase(title: string, lang: Lang): string {
  if (lang === "ja") return title;
  return title
    .split(" ")
    .map((w, i) => (w === "VAT" ? w : i === 0 ? w.charAt(0) + w.slice(1).toLowerCase() : w.toLowerCase()))
    .join(" ");
}

function jsonLd(
  v: VendorTemplate,
  kind: DocKind,
  number: string,
  iso: string,
  amount: string,
  customerNo: string,
  dueIso: string,
): object {
  if (kind === "invoice") {
    return {
      "@context": "http://schema.org",
      "@type": "Invoice",
      provider: { "@type": "Organization", name: v.vendor },
      accountId: customerNo,
      confirmationNumber: number,
      paymentDueDate: dueIso,
      paymentStatus: "http://schema.org/PaymentDue",
      totalPaymentDue: { "@type": "PriceSpecification", price: amount, priceCurrency: v.currency },
    };
  }
  return {
    "@context": "http://schema.org",
    "@type": "Order",
    merchant: { "@type": "Organization", name: v.vendor },
    orderNumber: number,
    orderDate: `${iso}T12:00:00Z`,
    orderStatus: "http://schema.org/OrderDelivered",
    priceCurrency: v.currency,
    price: amount,
  };
}

interface PdfInput {
  title: string;
  number: string;
  items: { label: string; qty: number; minor: number }[];
  rows: Row[];
  meta: Row[];
  money: (minor: number) => string;
  sign: number;
  bare: boolean;
  kindNotes: string[];
}

function documentPdf(v: VendorTemplate, lex: Lexicon, rng: SeededRandom, input: PdfInput): Buffer {
  const labels = lex.labels;
  const totals = input.rows.slice(input.items.length).filter((r) => r.label !== labels.discount);
  const layout = rng.float();
  if (layout < 0.15) {
    const doc: MailDocument = { intro: [], meta: input.meta, rows: input.rows, outro: input.kindNotes.filter(Boolean) };
    return invoicePdf(
      renderPdfLines(doc, `${v.vendor} — ${input.title} ${input.number}`),
      `${input.title} ${input.number}`,
    );
  }
  const doc: InvoiceDocument = {
    title: input.title,
    seller: [v.vendor, ...v.address, `${v.currency === "CHF" ? "MWST-Nr." : labels.vatId} ${vatIdOf(v)}`],
    buyerLabel: labels.billTo,
    buyer: BUYER,
    meta: input.meta,
    columns: {
      description: labels.description,
      qty: labels.qty,
      unitPrice: labels.unitPrice,
      amount: input.bare ? `${labels.amount} (${v.currency})` : labels.amount,
    },
    items: input.items.map((it) => ({
      description: it.label,
      qty: String(it.qty),
      unitPrice: input.money(input.sign * Math.round(it.minor / it.qty)),
      amount: input.money(input.sign * it.minor),
    })),
    totals,
    notes: input.kindNotes.filter(Boolean),
    footer: [
      v.vendor + " · " + v.address.join(" · "),
      ...(BANKS[v.lang] ? [`${labels.bank}: ${BANKS[v.lang]}`] : []),
      labels.page,
    ],
    ...(input.bare ? { currencyNote: v.currency } : {}),
  };
  return invoiceDocumentPdf(doc, layout < 0.7 ? "two-column" : "stacked", rng.chance(0.5) ? "beside" : "below");
}

const STAFF = ['"Tom Becker" <tom@northwind-studio.com>', '"Priya Shah" <priya@northwind-studio.com>'];

function forwarded(
  original: MailContent,
  doc: MailDocument,
  brand: string,
  sentMs: number,
  rng: SeededRandom,
): MailContent {
  const sent = new Date(sentMs).toUTCString().replace(/:\d\d GMT$/, " UTC");
  const quoted = [
    rng.pick(["FYI – for the books.", "Please file this one.", ""]),
    "",
    "---------- Forwarded message ---------",
    `From: ${original.from.replace(/"/g, "")}`,
    `Date: ${sent}`,
    `Subject: ${original.subject}`,
    "To: <tom.becker@gmail.com>",
    "",
    renderText(doc, false, brand),
  ].join("\n");
  return { from: rng.pick(STAFF), subject: `Fwd: ${original.subject}`, text: quoted, category: "CATEGORY_PERSONAL" };
}
