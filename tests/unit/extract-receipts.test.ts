// Whole-message extraction on hand-written emails shaped like real senders' mail (none of them
// comes from the generator), plus the vendor naming rule.
import { describe, expect, it } from "vitest";
import type { MailMessage } from "@/lib/mail/message";
import { extractReceipt } from "@/lib/receipts/recognition/extract";
import { vendorOf } from "@/lib/receipts/recognition/vendor";

const mail = (
  from: string,
  subject: string,
  body: { text?: string; html?: string },
  receivedAt = "2026-03-05T12:00:00Z",
): MailMessage => ({
  id: "m1",
  from,
  subject,
  receivedAt: new Date(receivedAt),
  attachments: [],
  ...body,
});

const receipts: Array<[string, MailMessage, { vendor: string; amount: string; currency: string; date: string }]> = [
  [
    "a Stripe receipt sent for a SaaS",
    mail('"Vercel Inc." <invoice+statements@stripe.com>', "Your receipt from Vercel Inc. #2211-4431", {
      text: "Receipt from Vercel Inc.\nReceipt #2211-4431\n\nAMOUNT PAID\n$20.00\n\nDATE PAID\nMar 5, 2026\n\nPAYMENT METHOD\nVisa - 4242\n\nSUMMARY\nPro plan × 1   $20.00\nAmount paid   $20.00\n",
    }),
    { vendor: "Vercel", amount: "20.00", currency: "USD", date: "2026-03-05" },
  ],
  [
    "a ride receipt in Canadian dollars",
    mail(
      '"Uber Receipts" <noreply@uber.com>',
      "Your Sunday evening trip with Uber",
      {
        html: "<h1>Thanks for riding, Anna</h1><p>We hope you enjoyed your ride this evening.</p><table><tr><td>Total</td><td>CA$23.45</td></tr><tr><td>Trip fare</td><td>CA$19.10</td></tr><tr><td>Booking Fee</td><td>CA$2.75</td></tr><tr><td>HST</td><td>CA$1.60</td></tr></table><p>Payments: Visa ••••4242 CA$23.45</p>",
      },
      "2026-03-02T03:10:00Z",
    ),
    { vendor: "Uber", amount: "23.45", currency: "CAD", date: "2026-03-02" },
  ],
  [
    "a Square receipt names the bakery, not Square",
    mail('"Square" <receipts@messaging.squareup.com>', "Receipt from Blue Door Bakery", {
      text: "Blue Door Bakery\n\n2 × Cinnamon bun   $9.00\nOat latte   $5.25\nSubtotal   $14.25\nSales Tax   $1.27\nTip   $2.00\nTotal   $17.52\n\nMar 4 2026 at 8:12 AM\nThank you for your purchase at Blue Door Bakery!",
    }),
    { vendor: "Blue Door Bakery", amount: "17.52", currency: "USD", date: "2026-03-04" },
  ],
  [
    "a German invoice with a dotted date",
    mail('"IONOS" <rechnung@ionos.de>', "Ihre Rechnung 202600123", {
      text: "Sehr geehrter Kunde,\n\nvielen Dank für Ihre Zahlung.\n\nRechnungsnummer: 202600123\nRechnungsdatum: 02.03.2026\n\nWebhosting Business   20,00 €\nUSt. 19 %   3,80 €\nRechnungsbetrag: 23,80 €\n",
    }),
    { vendor: "IONOS", amount: "23.80", currency: "EUR", date: "2026-03-02" },
  ],
  [
    "a Japanese hotel folio without decimals",
    mail('"Hotel Gracery Shinjuku" <info@gracery.com>', "Receipt for your stay", {
      text: "Thank you for staying with us.\nDate: 2026年2月20日\nCheck-in: 2026年2月18日\nRoom 2 nights ￥34,910\nConsumption tax ￥3,490\nTotal charged: ￥38,400",
    }),
    { vendor: "Hotel Gracery Shinjuku", amount: "38400", currency: "JPY", date: "2026-02-20" },
  ],
  [
    "an app store receipt with capitalised labels",
    mail('"Apple" <no_reply@email.apple.com>', "Your receipt from Apple.", {
      html: "<table><tr><td>DATE</td><td>05 Mar 2026</td></tr><tr><td>ORDER ID</td><td>MT3K9ZQ1</td></tr></table><table><tr><td>iCloud+ 200GB Monthly</td><td>£2.99</td></tr><tr><td>TOTAL</td><td>£2.99</td></tr></table><p>Billed to Visa .... 1234</p>",
    }),
    { vendor: "Apple", amount: "2.99", currency: "GBP", date: "2026-03-05" },
  ],
  [
    "an Indian invoice with lakh grouping",
    mail('"Zoho Billing" <billing@zohocorp.com>', "Payment received for invoice INV-88231", {
      text: "Hi,\n\nWe have received your payment. Thank you!\n\nInvoice date: 01/03/2026\nZoho One (25 users)   ₹1,05,000.00\nIGST 18%   ₹18,900.00\nTotal paid   ₹1,23,900.00",
    }),
    { vendor: "Zoho", amount: "123900.00", currency: "INR", date: "2026-03-01" },
  ],
  [
    "a Swiss invoice with apostrophes",
    mail('"Swisscom (Schweiz) AG" <billing@swisscom.ch>', "Ihre Rechnung März 2026", {
      text: "Ihre aktuelle Rechnung\nRechnungsdatum: 4. März 2026\nFällig bis: 3. April 2026\nMobile Business   CHF 1'020.00\nMWST 8.1%   CHF 82.62\nTotal   CHF 1'102.62",
    }),
    { vendor: "Swisscom", amount: "1102.62", currency: "CHF", date: "2026-03-04" },
  ],
  [
    "a subscription receipt titled as an order, with a renewal footer",
    mail('"Linear Billing" <billing@linear.app>', "Order confirmation #LN-20931", {
      text: "Thank you for your order. Your payment has been processed.\n\nReceipt number: LN-20931\nDate paid: March 1, 2026\n\nBusiness plan (8 seats)   $96.00\nTotal   $96.00\n\nYour plan renews automatically on April 1, 2026.",
    }),
    { vendor: "Linear", amount: "96.00", currency: "USD", date: "2026-03-01" },
  ],
  [
    "a receipt a colleague forwarded from Gmail",
    mail('"Tom Becker" <tom@northwind-studio.com>', "Fwd: Your receipt from Slack", {
      text: "for the books\n\n---------- Forwarded message ---------\nFrom: Slack <feedback@slack.com>\nDate: Tue, Mar 3, 2026 at 9:14 AM\nSubject: Your receipt from Slack\nTo: <tom.becker@gmail.com>\n\nThanks for your payment!\nPro plan, 3 members   $26.25\nTotal   $26.25\n",
    }),
    { vendor: "Slack", amount: "26.25", currency: "USD", date: "2026-03-03" },
  ],
  [
    "a receipt forwarded from Outlook",
    mail('"Priya Shah" <priya@northwind-studio.com>', "FW: Your Premier Inn booking receipt", {
      text: "-----Original Message-----\nFrom: Premier Inn <reservations@premierinn.com>\nSent: 02 March 2026 18:02\nSubject: Your Premier Inn booking receipt\n\nThank you for your booking.\nRoom (1 night)   £89.00\nBreakfast   £10.99\nTotal paid   £99.99\n",
    }),
    { vendor: "Premier Inn", amount: "99.99", currency: "GBP", date: "2026-03-02" },
  ],
];

describe("extractReceipt on real-world shaped receipts", () => {
  it.each(receipts)("%s", (_name, message, expected) => {
    const result = extractReceipt(message);
    expect(result.isReceipt, result.reasons.join("; ")).toBe(true);
    expect({ vendor: result.vendor, amount: result.amount, currency: result.currency, date: result.date }).toEqual(
      expected,
    );
    expect(result.source).toBe("body");
  });

  it("falls back to the received day in the business's time zone", () => {
    const message = mail(
      '"Bolt" <receipts@bolt.eu>',
      "Your Bolt ride receipt",
      { text: "Thanks for riding with Bolt\nTotal: 12,40 €" },
      "2026-03-05T23:30:00Z",
    );
    expect(extractReceipt(message).date).toBe("2026-03-05");
    expect(extractReceipt(message, { timeZone: "Europe/Berlin" }).date).toBe("2026-03-06");
  });
});

const notReceipts: Array<[string, MailMessage]> = [
  [
    "a renewal reminder",
    mail('"Vercel Inc." <invoice+statements@stripe.com>', "Your upcoming invoice from Vercel", {
      text: "Your subscription will renew on April 5, 2026.\nAmount due: $20.00\nNo action is needed.",
    }),
  ],
  [
    "a failed payment",
    mail('"Netflix" <info@account.netflix.com>', "Your payment was declined", {
      text: "We couldn't process your payment of €13,99.\nTotal: €13,99\nPlease update your payment method.",
    }),
  ],
  [
    "an order not charged yet",
    mail('"Etsy" <transaction@etsy.com>', "Order received #3312", {
      text: "Thanks for your order! You won't be charged until your order ships.\nOrder total: $64.37",
    }),
  ],
  [
    "a shipping notice with an order total",
    mail('"Amazon.com" <shipment-tracking@amazon.com>', "Your order has shipped", {
      text: "Your package is on its way.\nOrder total: $64.37\nTrack your package",
    }),
  ],
  [
    "a promotion with a total",
    mail('"Adobe" <mail@mail.adobe.com>', "Save 40% on Creative Cloud", {
      html: "<p>Limited offer: save 40%.</p><table><tr><td>Total</td><td>US$35.99/mo</td></tr></table><p>Unsubscribe</p>",
    }),
  ],
  [
    "a personal mail about a bill",
    mail('"Maria Lopez" <maria.lopez@gmail.com>', "Dinner", {
      text: "Hi! The total was $80.00, can you send me $40?\nCheers",
    }),
  ],
  [
    "a quote",
    mail('"Acme Print" <sales@acmeprint.com>', "Quote #5521 for business cards", {
      text: "Here is your quote #5521.\nTotal: $120.00\nValid for 30 days.",
    }),
  ],
  [
    "an invoice mail without any amount",
    mail('"Xero" <messaging-service@post.xero.com>', "Invoice INV-0042 from Northwind", {
      text: "Hi,\n\nPlease see the invoice online at the link below.\n\nThanks",
    }),
  ],
];

describe("extractReceipt leaves other mail alone", () => {
  it.each(notReceipts)("%s", (_name, message) => {
    const result = extractReceipt(message);
    expect(result.isReceipt, result.reasons.join("; ")).toBe(false);
    expect(result).toMatchObject({ vendor: null, amount: null, currency: null, date: null });
  });
});

describe("extractReceipt reads money going back as a refund", () => {
  it("a refund is a refund with a negative amount", () => {
    const result = extractReceipt(
      mail('"Uber Receipts" <noreply@uber.com>', "Your refund from Uber", {
        text: "We've refunded your trip.\nTotal refunded: $12.00",
      }),
    );
    expect(result.reasons.join("; ")).toContain("refund");
    expect({
      isReceipt: result.isReceipt,
      kind: result.kind,
      vendor: result.vendor,
      amount: result.amount,
      currency: result.currency,
    }).toEqual({ isReceipt: true, kind: "refund", vendor: "Uber", amount: "-12.00", currency: "USD" });
  });
});

describe("vendorOf", () => {
  it.each([
    ['"Acme Billing" <billing@acme.com>', "Acme"],
    ['"Figma, Inc." <invoice+statements@stripe.com>', "Figma"],
    ['"Hetzner Online GmbH" <info@hetzner.de>', "Hetzner Online"],
    ['"Uber Receipts" <noreply@uber.com>', "Uber"],
    ['"Billing" <billing@notion.so>', "Notion"],
    ["<no-reply@qantas.com.au>", "Qantas"],
    ['"Receipts" <receipts@post.xero.com>', "Xero"],
    ['"Shopify via Stripe" <x@stripe.com>', "Shopify"],
    ["billing@digitalocean.com", "Digitalocean"],
  ])("%s → %s", (from, expected) => {
    expect(vendorOf({ from, subject: "", bodyText: "" })).toBe(expected);
  });
});
