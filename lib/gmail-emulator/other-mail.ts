// Everything that is not a receipt — including mail that mentions money but documents no charge:
// shipping notices, orders not yet charged, promotions, failed payments, renewal reminders.
import type { MailContent, MailDocument } from "./mail-content";
import { renderHtml, renderText } from "./mail-content";
import { MINOR_DIGITS, MONEY_STYLES, formatDate, formatMoney, isoDay } from "./money-format";
import type { SeededRandom } from "./random";
import type { VendorTemplate } from "./vendors";

export type OtherKind =
  | "shipping" | "order-pending" | "newsletter" | "promotion" | "personal"
  | "calendar" | "password-reset" | "payment-failed" | "renewal-reminder" | "refund" | "statement";

export const OTHER_KINDS: OtherKind[] = [
  "shipping", "order-pending", "newsletter", "newsletter", "promotion", "promotion", "personal", "personal",
  "calendar", "password-reset", "payment-failed", "renewal-reminder", "refund", "statement",
];

const PEOPLE = ['"Maria Lopez" <maria.lopez@gmail.com>', '"Tom Becker" <tom@becker-design.de>', '"Priya Shah" <priya.shah@outlook.com>', '"Accountant – Jane Wu" <jane@wu-cpa.com>', '"Kenji Sato" <kenji.sato@yahoo.co.jp>'];
const SHOPS = ['"Acme Store" <orders@acme-store.com>', '"Amazon.com" <shipment-tracking@amazon.com>', '"Staples" <orders@staples.com>', '"Officeworks" <noreply@officeworks.com.au>', '"Etsy" <transaction@etsy.com>'];

function money(v: VendorTemplate, rng: SeededRandom, majorMax?: number): string {
  const unit = 10 ** MINOR_DIGITS[v.currency];
  const max = majorMax ?? v.range[1];
  return formatMoney(rng.int(v.range[0] * unit, max * unit), v.currency, rng.pick(MONEY_STYLES[v.currency]));
}

function content(from: string, subject: string, doc: MailDocument, brand: string, rng: SeededRandom, category: string): MailContent {
  const layout = rng.pick(["alternative", "plain", "html"] as const);
  return {
    from, subject, category,
    ...(layout !== "html" ? { text: renderText(doc, false) } : {}),
    ...(layout !== "plain" ? { html: renderHtml(doc, brand) } : {}),
  };
}

export function otherMail(kind: OtherKind, v: VendorTemplate, rng: SeededRandom, receivedMs: number): MailContent {
  const from = rng.pick(v.senders);
  const day = (offset: number) => formatDate(isoDay(receivedMs + offset * 86_400_000), rng.pick(v.dateStyles));
  const order = String(rng.int(100000, 999999999));
  switch (kind) {
    case "shipping": {
      const shop = rng.pick(SHOPS);
      const doc: MailDocument = {
        intro: [rng.pick(["Good news! Your order has shipped.", "Your package is on its way.", "Your order is out for delivery."])],
        meta: [{ label: "Order", value: `#${order}` }, { label: "Estimated delivery", value: day(rng.int(1, 6)) }, { label: "Carrier", value: rng.pick(["UPS", "DHL", "FedEx", "Royal Mail"]) }],
        rows: rng.chance(0.5) ? [{ label: "Item value", value: money(v, rng) }] : [],
        outro: ["Track your package in your account."],
      };
      return content(shop, rng.pick([`Your order #${order} has shipped`, "Shipped: your package is on the way", `Delivery update for order ${order}`]), doc, "Your order", rng, "CATEGORY_UPDATES");
    }
    case "order-pending": {
      const doc: MailDocument = {
        intro: ["Thanks for your order! We've received it and will let you know when it ships.", rng.pick(["You won't be charged until your order ships.", "Your card will be charged when the items ship.", "Payment will be collected at dispatch."])],
        meta: [{ label: "Order number", value: order }, { label: "Order date", value: day(0) }],
        rows: [{ label: "Estimated total", value: money(v, rng) }],
        outro: ["You can cancel at any time before dispatch."],
      };
      return content(rng.pick(SHOPS), rng.pick(["Order received", `We've received your order #${order}`, "Thanks for your order"]), doc, "Your order", rng, "CATEGORY_UPDATES");
    }
    case "newsletter": {
      const doc: MailDocument = {
        intro: [`What's new at ${v.vendor} this ${rng.pick(["week", "month", "season"])}`, rng.pick([`Plans now start from ${money(v, rng, v.range[0] + 5)}/month.`, `Our customers saved an average of ${money(v, rng)} last year.`, `New: annual billing from ${money(v, rng, v.range[0] + 20)}.`])],
        meta: [],
        rows: [],
        outro: ["Read more on our blog.", "Unsubscribe | Manage preferences"],
      };
      return content(from, rng.pick([`${v.vendor} Monthly: product updates`, `What's new in ${v.vendor}`, `Your ${rng.pick(["March", "autumn", "year-end"])} digest from ${v.vendor}`]), doc, v.vendor, rng, "CATEGORY_PROMOTIONS");
    }
    case "promotion": {
      const price = money(v, rng, v.range[0] + 30);
      const doc: MailDocument = {
        intro: [rng.pick([`Save ${money(v, rng, v.range[0] + 10)} on your next booking`, `Limited offer: ${rng.int(10, 50)}% off`, "Flash sale ends tonight"]), `Deals from ${price}. Offer ends ${day(rng.int(2, 10))}.`],
        meta: [],
        rows: [{ label: "Was", value: money(v, rng) }, { label: "Now only", value: price }],
        outro: ["Terms apply. Unsubscribe."],
      };
      return content(from, rng.pick([`Save big: deals from ${price}`, `${v.vendor}: ${rng.int(10, 50)}% off this weekend`, "Don't miss out – offer ends soon"]), doc, v.vendor, rng, "CATEGORY_PROMOTIONS");
    }
    case "personal": {
      const person = rng.pick(PEOPLE);
      const text = rng.pick([
        `Hi,\n\nDinner last night came to ${money(v, rng, v.range[0] + 80)} in total — can you send me your half?\n\nCheers`,
        `Hey,\n\nAre we still on for Thursday? Let me know.\n\nBest`,
        `Hi,\n\nAttached are my notes from the meeting. The quote they gave us was ${money(v, rng)}, which seems high.\n\nThanks`,
        `Hello,\n\nCould you send me the receipts for last quarter by Friday? I need them for the VAT return.\n\nJane`,
      ]);
      return { from: person, subject: rng.pick(["Re: Thursday", "quick question", "Notes from today", "Receipts for Q3", "Dinner"]), text, category: "CATEGORY_PERSONAL" };
    }
    case "calendar": {
      const doc: MailDocument = {
        intro: [`You have been invited to the following event.`],
        meta: [{ label: "When", value: `${day(rng.int(1, 14))} 10:00 – 11:00` }, { label: "Where", value: rng.pick(["Google Meet", "Office, room 2", "Zoom"]) }],
        rows: [],
        outro: ["Going? Yes - Maybe - No", "Invitation from Google Calendar"],
      };
      return content('"Google Calendar" <calendar-notification@google.com>', `Invitation: ${rng.pick(["Q3 planning", "Budget review", "1:1", "Supplier call"])} @ ${day(rng.int(1, 14))}`, doc, "Google Calendar", rng, "CATEGORY_PERSONAL");
    }
    case "password-reset": {
      const doc: MailDocument = {
        intro: [rng.pick(["We received a request to reset your password.", "A new sign-in to your account was detected."]), "If this wasn't you, please contact support."],
        meta: [], rows: [], outro: [`The ${v.vendor} team`],
      };
      return content(from, rng.pick(["Reset your password", `Security alert for your ${v.vendor} account`, "Your verification code"]), doc, v.vendor, rng, "CATEGORY_UPDATES");
    }
    case "payment-failed": {
      const doc: MailDocument = {
        intro: [`We couldn't process your payment of ${money(v, rng)}.`, "Please update your payment method to avoid interruption."],
        meta: [{ label: "Next attempt", value: day(3) }], rows: [], outro: [`The ${v.vendor} team`],
      };
      return content(from, rng.pick(["Payment failed – action required", `Your ${v.vendor} payment was declined`, "We couldn't charge your card"]), doc, v.vendor, rng, "CATEGORY_UPDATES");
    }
    case "refund": {
      // Refunds credit money back; the ledger records charges, so they are not receipts here.
      const amount = money(v, rng);
      const doc: MailDocument = {
        intro: [`We've processed your refund of ${amount}.`, "It may take 5–10 business days to appear on your statement."],
        meta: [{ label: "Refund date", value: day(0) }], rows: [{ label: "Total refunded", value: amount }], outro: [`The ${v.vendor} team`],
      };
      return content(from, rng.pick([`Your refund from ${v.vendor}`, "Refund processed", `We've refunded your ${v.vendor} order`]), doc, v.vendor, rng, "CATEGORY_UPDATES");
    }
    case "statement": {
      const doc: MailDocument = {
        intro: ["Your monthly account statement is now available online."],
        meta: [{ label: "Statement date", value: day(0) }],
        rows: [{ label: "Statement balance", value: money(v, rng) }, { label: "Minimum payment", value: money(v, rng, v.range[0] + 1) }],
        outro: ["Sign in to view the full statement."],
      };
      return content('"Northwind Bank" <statements@northwindbank.com>', rng.pick(["Your statement is ready", "Your March statement is available", "New statement available"]), doc, "Northwind Bank", rng, "CATEGORY_UPDATES");
    }
    case "renewal-reminder": {
      const doc: MailDocument = {
        intro: [`Your subscription will renew automatically on ${day(7)}.`, `You will be charged ${money(v, rng)} to your card on file.`],
        meta: [], rows: [{ label: "Upcoming charge", value: money(v, rng) }], outro: ["No action is needed. Manage your plan in settings."],
      };
      return content(from, rng.pick(["Your subscription renews soon", `Upcoming invoice from ${v.vendor}`, "Reminder: renewal in 7 days"]), doc, v.vendor, rng, "CATEGORY_UPDATES");
    }
  }
}
