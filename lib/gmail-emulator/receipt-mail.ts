// Receipts and invoices: a completed charge or an amount billed, in many vendors' words and layouts.
import { invoicePdf } from "./invoice-pdf";
import type { MailContent, MailDocument, Row } from "./mail-content";
import { renderHtml, renderPdfLines, renderStackedHtml, renderText } from "./mail-content";
import { MINOR_DIGITS, MONEY_STYLES, decimalAmount, formatDate, formatMoney, isoDay } from "./money-format";
import type { SeededRandom } from "./random";
import type { VendorTemplate } from "./vendors";

export interface ReceiptFacts {
  vendor: string;
  amount: string;
  currency: string;
  date: string;
  source: "body" | "attachment";
}

const DAY = 86_400_000;

const TOTAL_LABELS = {
  en: ["Total", "Amount paid", "Total charged", "Grand total", "Total paid", "Order total", "Total (incl. tax)"],
  de: ["Gesamtbetrag", "Rechnungsbetrag", "Total"],
  fr: ["Total TTC", "Montant total", "Total"],
} as const;
const DATE_LABELS = {
  en: ["Date", "Invoice date", "Date paid", "Receipt date", "Billed on", "Issued", "Payment date"],
  de: ["Rechnungsdatum", "Datum", "Date"],
  fr: ["Date de facture", "Date"],
} as const;
const SUBTOTAL = { en: "Subtotal", de: "Zwischensumme", fr: "Sous-total" } as const;

function subjectFor(v: VendorTemplate, rng: SeededRandom, number: string, pdfOnly: boolean): string {
  if (pdfOnly) return rng.pick([`Your ${v.vendor} invoice ${number}`, `Invoice ${number} from ${v.vendor}`, `${v.vendor}: new invoice available`, `Rechnung ${number}`].slice(0, v.lang === "de" ? 4 : 3));
  switch (v.kind) {
    case "ride": return rng.pick([`Your ${rng.pick(["Monday", "Tuesday", "Friday", "Saturday"])} ${rng.pick(["morning", "evening"])} trip with ${v.vendor}`, `Your ride receipt`, `${v.vendor} trip receipt`]);
    case "restaurant": return rng.pick([`Receipt from ${v.vendor}`, `Your receipt from ${v.vendor}`, `${v.vendor} – receipt #${number}`]);
    case "airline": return rng.pick([`Your booking confirmation and receipt ${number}`, `${v.vendor} e-ticket receipt`, `Payment receipt for booking ${number}`]);
    case "hotel": return rng.pick([`Your folio from ${v.vendor}`, `Receipt for your stay at ${v.vendor}`, `${v.vendor} invoice ${number}`]);
    default: return rng.pick([`Your receipt from ${v.vendor}`, `[${v.vendor}] Payment receipt`, `Payment received – thank you`, `Your ${v.vendor} invoice ${number}`, `Receipt for your payment to ${v.vendor}`, `Order confirmation #${number}`, `Your ${v.vendor} receipt [#${number}]`]);
  }
}

function introFor(v: VendorTemplate, rng: SeededRandom, pdfOnly: boolean): string[] {
  if (pdfOnly) {
    if (v.lang === "de") return ["Sehr geehrte Damen und Herren,", "anbei erhalten Sie Ihre aktuelle Rechnung als PDF."];
    return [rng.pick(["Hello,", "Hi there,", "Dear customer,"]), rng.pick(["Your invoice is attached.", "Please find your invoice attached to this email.", "Your latest invoice is attached as a PDF. Thank you for your business."])];
  }
  if (v.lang === "de") return ["Vielen Dank für Ihre Zahlung.", "Hier ist Ihre Quittung."];
  if (v.lang === "fr") return ["Merci pour votre paiement.", "Voici votre reçu."];
  switch (v.kind) {
    case "restaurant": return [`Thanks for your purchase at ${v.vendor}!`, "We hope to see you again soon."];
    case "ride": return [rng.pick([`Thanks for riding with ${v.vendor}`, "Thanks for riding, here's your receipt."]), rng.pick(["We hope you enjoyed your ride.", "Your card has been charged."])];
    case "airline": return ["Thank you for booking with us. Your payment has been received and your ticket is issued."];
    case "hotel": return ["Thank you for staying with us. Please find your folio below; your card on file has been charged."];
    default: return [rng.pick(["Thanks for your payment!", "We received your payment. Thank you!", "This is a receipt for your recent payment.", "Your payment was successful.", "Thank you for your order. Your payment has been processed."])];
  }
}

/** Dates that are not the receipt date: trips, stays, the next billing cycle. */
function decoyMeta(v: VendorTemplate, rng: SeededRandom, receiptMs: number, style: Parameters<typeof formatDate>[1]): Row[] {
  const at = (days: number) => formatDate(isoDay(receiptMs + days * DAY), style);
  if (v.kind === "airline") return [{ label: "Departure", value: at(rng.int(3, 90)) }];
  if (v.kind === "hotel") return [{ label: "Check-in", value: at(-rng.int(1, 5)) }, { label: "Check-out", value: at(0) }];
  if (v.kind === "saas" && rng.chance(0.5)) return [{ label: "Next billing date", value: at(30) }];
  if (v.kind === "telecom") return [{ label: "Billing period", value: `${at(-30)} – ${at(-1)}` }];
  return [];
}

export function receiptMail(v: VendorTemplate, rng: SeededRandom, receivedMs: number): { content: MailContent; facts: ReceiptFacts } {
  const pdfOnly = rng.chance(v.pdfOnly);
  // Invoice software often prints bare numbers under a "Total (EUR)" heading.
  const bare = pdfOnly && rng.chance(0.3);
  const picked = rng.pick(MONEY_STYLES[v.currency]);
  const style = bare ? { ...picked, prefix: "", suffix: "" } : picked;
  const inCurrency = (label: string) => (bare ? `${label} (${v.currency})` : label);
  const money = (minor: number) => formatMoney(minor, v.currency, style).replace(/^([^\d\s]+) (?=\d)/, "$1\u00a0");
  const unit = 10 ** MINOR_DIGITS[v.currency];
  const lagDays = ["hotel", "telecom", "cloud"].includes(v.kind) ? rng.int(0, 6) : rng.chance(0.2) ? 1 : 0;
  const receiptMs = receivedMs - lagDays * DAY;
  // Helvetica cannot print 年月日, so Japanese PDF invoices carry ISO dates.
  const dateStyle = pdfOnly ? rng.pick(v.dateStyles.filter((d) => d !== "japanese")) : rng.pick(v.dateStyles);
  const dateInBody = pdfOnly || rng.chance(0.85);
  const number = `${rng.pick(["INV-", "", "R-", "#"]).replace("#", "")}${rng.int(10000, 9999999)}`;

  // Line items first, then tax; the grand total is what gets extracted.
  const itemCount = rng.int(1, 4);
  const target = rng.int(v.range[0] * unit, v.range[1] * unit);
  const rows: Row[] = [];
  let subtotal = 0;
  for (let i = 0; i < itemCount; i++) {
    const share = i === itemCount - 1 ? Math.max(unit, Math.round(target / (1 + v.taxRate)) - subtotal) : Math.round((target / (1 + v.taxRate) / itemCount) * (0.5 + rng.float()));
    const minor = v.currency === "JPY" ? share : share - (share % 5);
    subtotal += minor;
    const qty = rng.chance(0.3) ? `${rng.int(2, 9)} × ` : "";
    rows.push({ label: `${qty}${rng.pick(v.items)}`, value: money(minor) });
  }
  const discount = rng.chance(0.1) ? Math.round(subtotal * 0.1) : 0;
  if (discount) rows.push({ label: "Discount", value: `-${money(discount)}` });
  const tax = Math.round((subtotal - discount) * v.taxRate);
  const total = subtotal - discount + tax;
  rows.push({ label: inCurrency(SUBTOTAL[v.lang]), value: money(subtotal - discount) });
  if (tax > 0) rows.push({ label: v.taxLabel, value: money(tax) });
  const totalLabel = pdfOnly && v.lang === "en" && rng.chance(0.5) ? "Amount due" : rng.pick(TOTAL_LABELS[v.lang]);
  rows.push({ label: inCurrency(totalLabel), value: money(total), strong: true });
  if (rng.chance(0.15)) rows.push({ label: "Amount remaining", value: money(0) });

  const meta: Row[] = [];
  if (dateInBody) meta.push({ label: rng.pick(DATE_LABELS[v.lang]), value: formatDate(isoDay(receiptMs), dateStyle) });
  meta.push({ label: v.lang === "de" ? "Rechnungsnummer" : rng.pick(["Invoice number", "Receipt #", "Order number", "Reference"]), value: number });
  meta.push(...decoyMeta(v, rng, receiptMs, dateStyle));
  if (rng.chance(0.6)) meta.push({ label: "Payment method", value: `${rng.pick(["Visa", "Mastercard", "Amex"])} ending in ${rng.int(1000, 9999)}` });

  // Some senders lead with the charge (Stripe-style summary), some show a converted amount.
  if (rng.chance(0.2)) meta.unshift({ label: rng.pick(["Amount paid", "Total charged", "Amount"]), value: money(total) });
  const last = rows[rows.length - 1];
  if (last && v.currency !== "USD" && ["airline", "hotel"].includes(v.kind) && rng.chance(0.3)) {
    last.value = `${last.value} (approx. US$${Math.max(1, Math.round(total / unit))}.00)`;
  }
  const outro = [rng.pick(["Questions? Reply to this email or visit our help centre.", "Keep this receipt for your records.", "Thank you for your business.", "Need help? Contact support."])];
  if (v.kind === "saas" && rng.chance(0.2)) outro.push(`Your plan renews automatically on ${formatDate(isoDay(receiptMs + 30 * DAY), dateStyle)}. Cancel anytime.`);
  // Receipts carry marketing too; a promo line must not turn a receipt into a non-receipt.
  if (rng.chance(0.15)) outro.push(rng.pick(["Get 20% off your next order with code THANKS20.", "Unsubscribe from marketing emails.", `Refer a friend and you both save ${money(500 * (v.currency === "JPY" ? 100 : 1))}.`]));
  const doc: MailDocument = { intro: introFor(v, rng, pdfOnly), meta, rows, outro };
  const from = rng.pick(v.senders);
  const subject = subjectFor(v, rng, number, pdfOnly);
  const facts: ReceiptFacts = {
    vendor: v.vendor,
    amount: decimalAmount(total, v.currency),
    currency: v.currency,
    date: isoDay(dateInBody ? receiptMs : receivedMs),
    source: pdfOnly ? "attachment" : "body",
  };

  const withPdf = pdfOnly || rng.chance(0.15);
  const pdf = withPdf ? { filename: `${v.lang === "de" ? "Rechnung" : "invoice"}-${number}.pdf`, bytes: invoicePdf(renderPdfLines(doc, `${v.vendor} — ${v.lang === "de" ? "Rechnung" : "Invoice"} ${number}`), `Invoice ${number}`) } : undefined;
  if (pdfOnly) {
    const shortDoc: MailDocument = { intro: doc.intro, meta: [], rows: [], outro: [`Invoice number: ${number}`, "Kind regards,", `${v.vendor} Billing`] };
    return { content: { from, subject, text: renderText(shortDoc, false), ...(rng.chance(0.5) ? { html: renderHtml(shortDoc, v.vendor) } : {}), ...(pdf ? { pdf } : {}), category: "CATEGORY_UPDATES" }, facts };
  }
  const layout = rng.pick(["alternative", "alternative", "alternative", "plain", "html", "stacked"] as const);
  const content: MailContent = {
    from,
    subject,
    ...(layout === "alternative" || layout === "plain" ? { text: renderText(doc, rng.chance(0.5)) } : {}),
    ...(layout === "alternative" || layout === "html" ? { html: renderHtml(doc, v.vendor) } : {}),
    ...(layout === "stacked" ? { html: renderStackedHtml(doc, v.vendor) } : {}),
    ...(pdf ? { pdf } : {}),
    category: "CATEGORY_UPDATES",
  };
  // Staff forward receipts they got elsewhere; the vendor is then the forwarded sender.
  if (rng.chance(0.06)) {
    const sentMs = receivedMs - rng.int(1, 20) * 3_600_000;
    return { content: forwarded(content, doc, sentMs, rng), facts: dateInBody ? facts : { ...facts, date: isoDay(sentMs) } };
  }
  return { content, facts };
}

const STAFF = ['"Tom Becker" <tom@northwind-studio.com>', '"Priya Shah" <priya@northwind-studio.com>'];

function forwarded(original: MailContent, doc: MailDocument, sentMs: number, rng: SeededRandom): MailContent {
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
    renderText(doc, false),
  ].join("\n");
  return { from: rng.pick(STAFF), subject: `Fwd: ${original.subject}`, text: quoted, category: "CATEGORY_PERSONAL" };
}
