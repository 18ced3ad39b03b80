// Everything that is not a receipt — including mail that mentions money but documents no charge:
// shipping notices, orders not yet paid or charged, promotions, failed payments, upcoming invoices,
// quotes, renewal reminders — in the vendor's language and in the same layouts receipts use.
import { invoiceDocumentPdf } from "./invoice-pdf";
import { LEXICON, fill, monthName, type NegativeKind } from "./lexicon";
import type { BodyLayout, MailContent, MailDocument, Row } from "./mail-content";
import { renderBody } from "./mail-content";
import { MINOR_DIGITS, formatDate, formatMoney, isoDay, moneyStylesFor, type Lang } from "./money-format";
import type { SeededRandom } from "./random";
import { vatIdOf, type VendorTemplate } from "./vendors";

export type OtherKind =
  | "shipping"
  | "order-pending"
  | "newsletter"
  | "promotion"
  | "personal"
  | "calendar"
  | "password-reset"
  | "payment-failed"
  | "awaiting-payment"
  | "upcoming-invoice"
  | "quote"
  | "renewal-reminder"
  | "statement";

export const OTHER_KINDS: OtherKind[] = [
  "shipping",
  "shipping",
  "order-pending",
  "newsletter",
  "newsletter",
  "promotion",
  "promotion",
  "personal",
  "personal",
  "calendar",
  "password-reset",
  "payment-failed",
  "awaiting-payment",
  "upcoming-invoice",
  "quote",
  "renewal-reminder",
  "statement",
];

const PEOPLE = [
  '"Maria Lopez" <maria.lopez@gmail.com>',
  '"Tom Becker" <tom@becker-design.de>',
  '"Priya Shah" <priya.shah@outlook.com>',
  '"Accountant – Jane Wu" <jane@wu-cpa.com>',
  '"Kenji Sato" <kenji.sato@yahoo.co.jp>',
];
const SHOPS = [
  '"Acme Store" <orders@acme-store.com>',
  '"Amazon.com" <shipment-tracking@amazon.com>',
  '"Staples" <orders@staples.com>',
  '"Officeworks" <noreply@officeworks.com.au>',
  '"Etsy" <transaction@etsy.com>',
];
const SHIPPERS: Record<Lang, string[]> = {
  en: SHOPS,
  de: ['"DHL Paket" <noreply@dhl.de>', '"Amazon.de" <versandbestaetigung@amazon.de>', '"Otto" <service@otto.de>'],
  fr: ['"Colissimo" <noreply@colissimo.fr>', '"Cdiscount" <commande@cdiscount.com>', '"Fnac" <commande@fnac.com>'],
  es: ['"Correos" <notificaciones@correos.es>', '"PcComponentes" <pedidos@pccomponentes.com>'],
  it: ['"Poste Italiane" <noreply@posteitaliane.it>', '"Amazon.it" <spedizioni@amazon.it>'],
  nl: ['"PostNL" <noreply@postnl.nl>', '"Coolblue" <bestelling@coolblue.nl>'],
  pt: [
    '"Correios" <rastreamento@correios.com.br>',
    '"Magalu" <pedidos@magazineluiza.com.br>',
    '"CTT" <notificacoes@ctt.pt>',
  ],
  pl: ['"InPost" <powiadomienia@inpost.pl>', '"x-kom" <zamowienia@x-kom.pl>'],
  sv: ['"PostNord" <noreply@postnord.se>', '"Webhallen" <order@webhallen.com>'],
  nb: ['"Posten" <varsel@posten.no>', '"Komplett" <ordre@komplett.no>'],
  da: ['"PostNord" <noreply@postnord.dk>', '"Proshop" <ordre@proshop.dk>'],
  ja: ['"ヤマト運輸" <info@kuronekoyamato.co.jp>', '"ヨドバシ・ドット・コム" <info@yodobashi.com>'],
};
const LAYOUTS: BodyLayout[] = ["html-table", "html-table", "html-split", "html-stacked", "text", "text", "text-below"];

function content(
  from: string,
  subject: string,
  doc: MailDocument,
  brand: string,
  rng: SeededRandom,
  category: string,
): MailContent {
  return { from, subject, category, ...renderBody(doc, brand, rng.pick(LAYOUTS), rng) };
}

export function otherMail(kind: OtherKind, v: VendorTemplate, rng: SeededRandom, receivedMs: number): MailContent {
  const lex = LEXICON[v.lang];
  const labels = lex.labels;
  const from = rng.pick(v.senders);
  const style = rng.pick(moneyStylesFor(v.currency, v.lang));
  const unit = 10 ** MINOR_DIGITS[v.currency];
  const money = (majorMax?: number) =>
    formatMoney(rng.int(Math.round(v.range[0] * unit), Math.round((majorMax ?? v.range[1]) * unit)), v.currency, style);
  const dateStyle = rng.pick(v.dateStyles);
  const day = (offset: number) => formatDate(isoDay(receivedMs + offset * 86_400_000), dateStyle);
  const order = String(rng.int(100000, 999999999));
  const number = `${rng.int(1000, 99999)}`;
  const values = (extra: Record<string, string> = {}) => ({
    vendor: v.vendor,
    order,
    number,
    amount: money(),
    date: day(rng.int(2, 14)),
    days: String(rng.int(10, 50)),
    month: monthName(isoDay(receivedMs), v.lang),
    code: String(rng.int(100000, 999999)),
    ...extra,
  });
  const localized = (neg: NegativeKind, vals = values()) => ({
    subject: fill(rng.pick(lex.neg[neg].subjects), vals),
    intro: rng.pick(lex.neg[neg].lines).map((p) => fill(p, vals)),
  });
  switch (kind) {
    case "shipping": {
      const vals = values({ date: day(rng.int(1, 6)) });
      const { subject, intro } = localized("shipping", vals);
      const rows: Row[] = rng.chance(0.4) ? [{ label: rng.pick(labels.total), value: money() }] : [];
      const sender = v.sector === "shop" && rng.chance(0.5) ? from : rng.pick(SHIPPERS[v.lang]);
      const doc: MailDocument = {
        intro,
        meta: [{ label: rng.pick(labels.orderNo), value: `#${order}` }],
        rows,
        outro: [],
      };
      return content(sender, subject, doc, sender.replace(/^"([^"]+)".*$/, "$1"), rng, "CATEGORY_UPDATES");
    }
    case "order-pending": {
      const doc: MailDocument = {
        intro: [
          "Thanks for your order! We've received it and will let you know when it ships.",
          rng.pick([
            "You won't be charged until your order ships.",
            "Your card will be charged when the items ship.",
            "Payment will be collected at dispatch.",
          ]),
        ],
        meta: [
          { label: "Order number", value: order },
          { label: "Order date", value: day(0) },
        ],
        rows: [
          {
            label: "Estimated total",
            value: formatMoney(rng.int(500, 90000), "USD", { prefix: "$", suffix: "", group: ",", decimal: "." }),
          },
        ],
        outro: ["You can cancel at any time before dispatch."],
      };
      return content(
        rng.pick(SHOPS),
        rng.pick(["Order received", `We've received your order #${order}`, "Thanks for your order"]),
        doc,
        "Your order",
        rng,
        "CATEGORY_UPDATES",
      );
    }
    case "newsletter": {
      const { subject, intro } = localized("newsletter", values({ amount: money(v.range[0] + 20) }));
      return content(
        from,
        subject,
        { intro, meta: [], rows: [], outro: ["Unsubscribe | Manage preferences"] },
        v.vendor,
        rng,
        "CATEGORY_PROMOTIONS",
      );
    }
    case "promotion": {
      const price = money(v.range[0] + 30);
      const { subject, intro } = localized("promotion", values({ amount: price, date: day(rng.int(2, 10)) }));
      const rows: Row[] =
        v.lang === "en"
          ? [
              { label: "Was", value: money() },
              { label: "Now only", value: price },
            ]
          : [];
      return content(
        from,
        subject,
        { intro, meta: [], rows, outro: ["Unsubscribe"] },
        v.vendor,
        rng,
        "CATEGORY_PROMOTIONS",
      );
    }
    case "personal": {
      const person = rng.pick(PEOPLE);
      const amount = formatMoney(
        rng.int(2000, 30000),
        v.currency === "JPY" ? "USD" : v.currency,
        moneyStylesFor(v.currency === "JPY" ? "USD" : v.currency, "en")[0]!,
      );
      const text = rng.pick([
        `Hi,\n\nDinner last night came to ${amount} in total — can you send me your half?\n\nCheers`,
        `Hey,\n\nAre we still on for Thursday? Let me know.\n\nBest`,
        `Hi,\n\nAttached are my notes from the meeting. The quote they gave us was ${amount}, which seems high.\n\nThanks`,
        `Hello,\n\nCould you send me the receipts for last quarter by Friday? I need them for the VAT return.\n\nJane`,
        `Hallo,\n\nkannst du mir die Rechnungen vom März schicken? Danke!\n\nTom`,
      ]);
      return {
        from: person,
        subject: rng.pick([
          "Re: Thursday",
          "quick question",
          "Notes from today",
          "Receipts for Q3",
          "Dinner",
          "Rechnungen März",
        ]),
        text,
        category: "CATEGORY_PERSONAL",
      };
    }
    case "calendar": {
      const doc: MailDocument = {
        intro: [`You have been invited to the following event.`],
        meta: [
          { label: "When", value: `${day(rng.int(1, 14))} 10:00 – 11:00` },
          { label: "Where", value: rng.pick(["Google Meet", "Office, room 2", "Zoom"]) },
        ],
        rows: [],
        outro: ["Going? Yes - Maybe - No", "Invitation from Google Calendar"],
      };
      return content(
        '"Google Calendar" <calendar-notification@google.com>',
        `Invitation: ${rng.pick(["Q3 planning", "Budget review", "1:1", "Supplier call"])} @ ${day(rng.int(1, 14))}`,
        doc,
        "Google Calendar",
        rng,
        "CATEGORY_PERSONAL",
      );
    }
    case "password-reset": {
      const { subject, intro } = localized("passwordReset");
      return content(
        from,
        subject,
        { intro, meta: [], rows: [], outro: [`${v.vendor}`] },
        v.vendor,
        rng,
        "CATEGORY_UPDATES",
      );
    }
    case "payment-failed": {
      const amount = money();
      const { subject, intro } = localized("paymentFailed", values({ amount, date: day(3) }));
      const rows: Row[] = rng.chance(0.5) ? [{ label: labels.amount, value: amount }] : [];
      return content(from, subject, { intro, meta: [], rows, outro: [v.vendor] }, v.vendor, rng, "CATEGORY_UPDATES");
    }
    case "awaiting-payment": {
      const amount = money();
      const { subject, intro } = localized("awaitingPayment", values({ amount, date: day(rng.int(2, 5)) }));
      const doc: MailDocument = {
        intro,
        meta: [
          { label: rng.pick(labels.orderNo), value: order },
          { label: labels.orderDate, value: day(0) },
        ],
        rows: [
          { label: rng.pick(v.items), value: amount },
          { label: rng.pick(labels.total), value: amount, strong: true },
        ],
        outro: [fill(rng.pick(lex.outros), { vendor: v.vendor })],
      };
      return content(from, subject, doc, v.vendor, rng, "CATEGORY_UPDATES");
    }
    case "upcoming-invoice": {
      const amount = money();
      const { subject, intro } = localized("upcomingInvoice", values({ amount, date: day(rng.int(3, 10)) }));
      const doc: MailDocument = {
        intro,
        meta: [{ label: labels.nextBilling, value: day(rng.int(3, 10)) }],
        rows: [{ label: rng.pick(v.items), value: amount }],
        outro: [v.vendor],
      };
      return content(from, subject, doc, v.vendor, rng, "CATEGORY_UPDATES");
    }
    case "quote": {
      const quote = lex.neg.quoteDoc;
      const vals = values();
      const { subject, intro } = localized("quote", vals);
      const totalMinor = rng.int(Math.round(v.range[0] * unit * 2), Math.round(v.range[1] * unit));
      const total = formatMoney(totalMinor, v.currency, style);
      const item = rng.pick(v.items);
      const meta: Row[] = [
        { label: quote.title.charAt(0) + quote.title.slice(1).toLowerCase(), value: number },
        { label: quote.validUntil, value: day(30) },
      ];
      const rows: Row[] = [
        { label: item, value: total },
        { label: rng.pick(quote.total), value: total, strong: true },
      ];
      const withPdf = v.lang !== "ja" && rng.chance(0.5);
      const doc: MailDocument = {
        intro,
        meta: withPdf ? [] : meta,
        rows: withPdf ? [] : rows,
        outro: [rng.pick(lex.regards), v.vendor],
      };
      const mail = content(from, subject, doc, v.vendor, rng, "CATEGORY_UPDATES");
      if (!withPdf) return mail;
      const bytes = invoiceDocumentPdf(
        {
          title: quote.title,
          seller: [v.vendor, ...v.address, `${labels.vatId} ${vatIdOf(v)}`],
          buyerLabel: labels.billTo,
          buyer: ["Northwind Studio Ltd", "12 Harbour Street", "Bristol BS1 4QA"],
          meta: [
            { label: quote.title.charAt(0) + quote.title.slice(1).toLowerCase(), value: number },
            { label: labels.date[0]!, value: day(0) },
            { label: quote.validUntil, value: day(30) },
          ],
          columns: {
            description: labels.description,
            qty: labels.qty,
            unitPrice: labels.unitPrice,
            amount: labels.amount,
          },
          items: [{ description: item, qty: "1", unitPrice: total, amount: total }],
          totals: rows.slice(1),
          notes: [intro[intro.length - 1] ?? ""],
          footer: [`${v.vendor} · ${v.address.join(" · ")}`, labels.page],
        },
        rng.chance(0.6) ? "two-column" : "stacked",
        rng.chance(0.5) ? "beside" : "below",
      );
      return { ...mail, attachment: { filename: `${quote.file}-${number}.pdf`, mimeType: "application/pdf", bytes } };
    }
    case "statement": {
      const doc: MailDocument = {
        intro: ["Your monthly account statement is now available online."],
        meta: [{ label: "Statement date", value: day(0) }],
        rows: [
          {
            label: "Statement balance",
            value: formatMoney(rng.int(10000, 900000), "GBP", { prefix: "£", suffix: "", group: ",", decimal: "." }),
          },
          {
            label: "Minimum payment",
            value: formatMoney(rng.int(2500, 9000), "GBP", { prefix: "£", suffix: "", group: ",", decimal: "." }),
          },
        ],
        outro: ["Sign in to view the full statement."],
      };
      return content(
        '"Northwind Bank" <statements@northwindbank.com>',
        rng.pick(["Your statement is ready", "Your March statement is available", "New statement available"]),
        doc,
        "Northwind Bank",
        rng,
        "CATEGORY_UPDATES",
      );
    }
    case "renewal-reminder": {
      const amount = money();
      const { subject, intro } = localized("renewalReminder", values({ amount, date: day(7) }));
      const doc: MailDocument = {
        intro,
        meta: [{ label: labels.nextBilling, value: day(7) }],
        rows: [{ label: rng.pick(v.items), value: amount }],
        outro: [v.vendor],
      };
      return content(from, subject, doc, v.vendor, rng, "CATEGORY_UPDATES");
    }
  }
}
