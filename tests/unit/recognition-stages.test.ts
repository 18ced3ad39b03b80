// Each recognition stage on its own: money and currencies, dates, reading HTML and text into rows of
// cells, labels and totals, forwarded headers, schema.org markup, vendors and phrase matching.
import { describe, expect, it } from "vitest";
import { resolveMark, type CurrencyContext } from "@/lib/receipts/recognition/currency";
import { findDates } from "@/lib/receipts/recognition/dates";
import { normaliseText } from "@/lib/receipts/recognition/document";
import { findForwarded } from "@/lib/receipts/recognition/forwarded";
import { findMoney } from "@/lib/receipts/recognition/money";
import { fold, phraseList } from "@/lib/receipts/recognition/phrases";
import { htmlLines, parseHtml, readHtml } from "@/lib/receipts/recognition/read/html-document";
import { textLines } from "@/lib/receipts/recognition/read/text-document";
import { dateLabelKind, labelledReceiptDate } from "@/lib/receipts/recognition/receipt-date";
import { structuredFacts } from "@/lib/receipts/recognition/structured-data";
import { chooseTotal, findTotals, tierOf } from "@/lib/receipts/recognition/totals";
import { isPersonSender, letterheadOf, parseSender, vendorFromDisplayName } from "@/lib/receipts/recognition/vendor";

const context = (over: Partial<CurrencyContext> = {}): CurrencyContext => ({
  statedCodes: new Set(),
  senderDomain: "",
  language: undefined,
  languageCurrency: undefined,
  ...over,
});
const money = (text: string) => findMoney(normaliseText(text)).map((m) => [m.amount, m.negative, m.mark ?? null]);

describe("money as printed", () => {
  it.each([
    ["$1,234.56", [["1234.56", false, "$"]]],
    ["1 249,00 kr", [["1249.00", false, "kr"]]],
    ["1\u202f249,00\u00a0€", [["1249.00", false, "€"]]],
    ["CHF 1'234.50", [["1234.50", false, "CHF"]]],
    ["₹1,23,456.00", [["123456.00", false, "₹"]]],
    ["R$ 1.249,90", [["1249.90", false, "R$"]]],
    ["１，２８０円", [["1280.00", false, "円"]]],
    ["4,090(円)", [["4090.00", false, "円"]]],
    ["249:-", [["249.00", false, ":-"]]],
    ["49,90- EUR", [["49.90", true, "EUR"]]],
    ["¥5,000-", [["5000.00", false, "¥"]]],
    ["(£5.00)", [["5.00", true, "£"]]],
    ["Pro plan – $20.00", [["20.00", false, "$"]]],
    ["MwSt 19 %", []],
  ])("%s", (text, expected) => {
    expect(money(text).filter((m) => m[2] !== null || expected.length === 0 || m[0] !== "19.00")).toEqual(expected);
  });

  it("settles marks that name several currencies by the document, the sender's country and the language", () => {
    expect(resolveMark("kr", context({ statedCodes: new Set(["NOK"]) }))).toBe("NOK");
    expect(resolveMark("kr", context({ senderDomain: "elgiganten.dk" }))).toBe("DKK");
    expect(resolveMark("kr", context({ language: "sv", languageCurrency: "SEK" }))).toBe("SEK");
    expect(resolveMark("$", context({ senderDomain: "lyft.ca" }))).toBe("CAD");
    expect(resolveMark("$", context())).toBe("USD");
    expect(resolveMark("¥", context({ language: "ja", languageCurrency: "JPY" }))).toBe("JPY");
    expect(resolveMark("zł", context())).toBe("PLN");
  });
});

describe("dates as printed", () => {
  it.each([
    ["4. März 2026", "2026-03-04"],
    ["4 de marzo de 2026", "2026-03-04"],
    ["4 marca 2026", "2026-03-04"],
    ["2026年3月4日", "2026-03-04"],
    ["４ mars 2026", "2026-03-04"],
    ["4. marts 2026", "2026-03-04"],
    ["March 4, 2026", "2026-03-04"],
    ["04.03.26", "2026-03-04"],
    ["12 września 2026", "2026-09-12"],
    ["13/04/2026", "2026-04-13"],
  ])("%s", (text, date) => {
    expect(findDates(normaliseText(text), "day-first")[0]?.date).toBe(date);
  });

  it("reads an ambiguous numeric date the document's way", () => {
    expect(findDates("03/04/2026", "month-first")[0]?.date).toBe("2026-03-04");
    expect(findDates("03/04/2026", "day-first")[0]?.date).toBe("2026-04-03");
  });

  it.each([
    ["Rechnungsdatum", "own"],
    ["Fälligkeitsdatum", "other"],
    ["Next billing date", "other"],
    ["Date paid", "own"],
    ["Check-out", "other"],
    ["Data wystawienia", "own"],
    ["Termin płatności", "other"],
    ["Llegada el", "other"],
  ])("a date labelled %s is %s", (label, kind) => {
    expect(dateLabelKind(label)?.kind).toBe(kind);
  });

  it("prefers the refund date on a refund, and the invoice date over a generic date", () => {
    const lines = textLines("Bestelldatum: 11.02.2026\nErstattet am: 24.02.2026");
    expect(labelledReceiptDate(lines, "day-first", "refund")?.date).toBe("2026-02-24");
    expect(labelledReceiptDate(textLines("Datum: 01.03.2026\nRechnungsdatum: 02.03.2026"), "day-first")?.date).toBe(
      "2026-03-02",
    );
  });
});

describe("reading HTML into rows of cells", () => {
  it("keeps a table row's cells together and skips hidden preheaders, styles and scripts", () => {
    const doc = readHtml(`<html><head><style>td{color:red}</style></head><body>
      <div style="display:none">Your order has shipped! preheader</div>
      <table><tr><td><table><tr><td>Subtotal</td><td>80,00 €</td></tr><tr><td><b>Total</b></td><td>96,00 €</td></tr></table></td></tr></table>
      <script>var total = 1;</script><p>Thanks</p></body></html>`);
    expect(doc.lines.map((l) => l.text)).toEqual(["Subtotal | 80,00 €", "Total | 96,00 €", "Thanks"]);
    expect(doc.lines[1]?.strong).toBe(true);
  });

  it("zips cells that stack several lines side by side into rows", () => {
    const lines = htmlLines(
      parseHtml("<table><tr><td>Subtotal<br>Shipping<br>Total</td><td>$10.00<br>$5.00<br>$15.00</td></tr></table>"),
    );
    expect(lines.map((l) => l.cells)).toEqual([
      ["Subtotal", "$10.00"],
      ["Shipping", "$5.00"],
      ["Total", "$15.00"],
    ]);
  });

  it("survives deep nesting without recursion limits", () => {
    const html = `${"<div>".repeat(5000)}Total 5,00 €${"</div>".repeat(5000)}`;
    expect(() => readHtml(html)).not.toThrow();
  });

  it("splits plain-text columns on runs of spaces", () => {
    expect(textLines("Total                 €49.95\n> quoted line")[0]?.cells).toEqual(["Total", "€49.95"]);
    expect(textLines("> quoted line")[0]?.text).toBe("quoted line");
  });
});

describe("labels and totals", () => {
  it.each([
    ["Gesamtbetrag", "grand"],
    ["Total TTC", "grand"],
    ["Amount paid", "paid"],
    ["Do zapłaty", "due"],
    ["Rimborso totale", "refund"],
    ["Subtotal", undefined],
    ["Total tax", undefined],
    ["Zwischensumme inkl. MwSt.", undefined],
    ["dont TVA", undefined],
    ["Versandkosten", undefined],
    ["Total (incl. shipping & VAT)", "plain"],
    ["I alt DKK", "grand"],
    ["合計", "plain"],
    ["小計", undefined],
  ])("%s → %s", (label, tier) => {
    expect(tierOf(label)?.tier).toBe(tier);
  });

  it("takes the label from the left cell, the line above, or the column heading", () => {
    const ctx = context();
    const totals = (text: string) => findTotals(textLines(text), ctx).map((c) => [c.label, c.amount, c.labelFrom]);
    expect(totals("Total  |  96,00 €")).toEqual([["Total", "96.00", "cell"]]);
    expect(totals("Total charged\nCA$31.18")).toEqual([["Total charged", "31.18", "above"]]);
    expect(totals("TOTAL AMOUNT  SGD  536.20").map((t) => t[1])).toEqual(["536.20"]);
  });

  it("a row label over several amounts: the column headings decide which is the total", () => {
    const lines = textLines(
      "Stawka VAT  Wartość netto  Kwota VAT  Wartość brutto\n23%  737,00  169,51  906,51\nRazem:  737,00  169,51  906,51",
    );
    const best = chooseTotal(findTotals(lines, context()), "PLN");
    expect(best?.amount).toBe("906.51");
  });

  it("never takes a card number or a year beside a currency as the total", () => {
    const lines = textLines("Forma de pago: Tarjeta **** 5209\nInvoice 2026 €\nTotal: 19,35 €");
    expect(chooseTotal(findTotals(lines, context()), "EUR")?.amount).toBe("19.35");
  });
});

describe("forwarded messages", () => {
  it.each([
    [
      "Fwd: Your receipt",
      "---------- Forwarded message ---------\nFrom: Slack <feedback@slack.com>\nDate: Tue, Mar 3, 2026 at 9:14 AM\nSubject: Your receipt from Slack\nTo: <tom@example.com>\n\nThanks for your payment!",
    ],
    [
      "WG: Ihre Rechnung",
      "Von: Conrad Electronic <rechnung@conrad.de>\nGesendet: Montag, 2. März 2026 10:12\nAn: Anna\nBetreff: Ihre Rechnung 123\n\nVielen Dank",
    ],
    [
      "TR: Facture",
      "-------- Message transféré --------\nSujet : Votre facture\nDate : Mon, 2 Mar 2026 10:00:00 +0100\nDe : OVHcloud <facturation@ovh.com>\nPour : moi\n\nBonjour",
    ],
  ])("%s", (subject, body) => {
    const lines = textLines(body);
    const fwd = findForwarded(lines, subject);
    expect(fwd?.from).toMatch(/@/);
    expect(fwd?.subject).toBeTruthy();
    expect(lines[fwd?.bodyStart ?? 0]?.text).not.toMatch(/:\s/);
  });
});

describe("schema.org markup", () => {
  it("reads a JSON-LD Order with its status", () => {
    const dom = parseHtml(
      `<script type="application/ld+json">{"@context":"http://schema.org","@type":"Order","merchant":{"@type":"Organization","name":"Hollow Oak Tea"},"orderNumber":"A1","orderStatus":"http://schema.org/OrderPaymentDue","price":"42.50","priceCurrency":"EUR","orderDate":"2026-03-04T10:00:00+01:00"}</script>`,
    );
    expect(structuredFacts(dom)).toMatchObject({
      type: "order",
      standing: "unpaid",
      vendor: "Hollow Oak Tea",
      amount: "42.50",
      currency: "EUR",
      date: "2026-03-04",
    });
  });

  it("reads microdata and ignores broken JSON", () => {
    const dom = parseHtml(
      `<script type="application/ld+json">{broken</script><div itemscope itemtype="http://schema.org/Invoice"><span itemprop="provider" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Acme</span></span><meta itemprop="paymentStatus" content="http://schema.org/PaymentComplete"><div itemprop="totalPaymentDue" itemscope itemtype="http://schema.org/PriceSpecification"><meta itemprop="price" content="10.00"><meta itemprop="priceCurrency" content="USD"></div></div>`,
    );
    expect(structuredFacts(dom)).toMatchObject({
      type: "invoice",
      standing: "paid",
      vendor: "Acme",
      amount: "10.00",
      currency: "USD",
    });
  });
});

describe("vendors", () => {
  it.each([
    ["Zalando Kundenservice", "Zalando"],
    ["IKEA Deutschland GmbH & Co. KG", "IKEA"],
    ["Air Canada", "Air Canada"],
    ["Amazon.de", "Amazon"],
    ["Swisscom (Schweiz) AG", "Swisscom"],
    ["Blue Door Bakery", "Blue Door Bakery"],
    ["Uber Recibos", "Uber"],
    ["株式会社ヨドバシカメラ", "ヨドバシカメラ"],
    ["Acme Ltd via QuickBooks", "Acme"],
  ])("%s → %s", (name, vendor) => {
    expect(vendorFromDisplayName(name)).toBe(vendor);
  });

  it("tells a person from a business", () => {
    expect(isPersonSender(parseSender('"Tobias Brandt" <t.brandt@schreinerei-koenig.de>'))).toBe(true);
    expect(isPersonSender(parseSender('"Orange Pro" <facture-pro@orange-business.fr>'))).toBe(false);
    expect(isPersonSender(parseSender('"Blue Door" <info@bluedoor.com>'))).toBe(false);
  });

  it("reads a letterhead past OCR debris and tax numbers", () => {
    expect(letterheadOf(textLines("San\nNIP 774-00-01-454\nORLEN S.A. Stacja nr 4417"))).toBe("ORLEN");
    expect(letterheadOf(textLines("08:07 5G 78%\n< Detalhes da viagem\nBolt - Toyota Corolla"))).toBe("Bolt");
  });
});

describe("phrase lists", () => {
  it("match whole words, ignoring case and accents, with * for word parts", () => {
    const list = phraseList(["bestellbestätigung", "total", "rechnung*", "*rechnung"]);
    expect(list.matches(fold("Ihre BESTELLBESTATIGUNG")).map((m) => m.phrase)).toEqual(["bestellbestatigung"]);
    expect(list.test(fold("Subtotal"))).toBe(false);
    expect(list.test(fold("Rechnungsnummer"))).toBe(true);
    expect(list.test(fold("Telefonrechnung"))).toBe(true);
    expect(list.identify(fold("Total:"))[0]?.phrase).toBe("total");
  });
});
