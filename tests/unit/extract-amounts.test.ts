// Money as receipts print it becomes a decimal string and an ISO currency, never a float.
import { describe, expect, it } from "vitest";
import { findMoney, normaliseAmount } from "@/lib/receipts/amount";
import { grandTotal } from "@/lib/receipts/total";

const mentions: Array<[string, string, string]> = [
  ["$1,234.56", "1234.56", "USD"],
  ["$0.99", "0.99", "USD"],
  ["$12", "12.00", "USD"],
  ["US$45.00", "45.00", "USD"],
  ["USD 45.00", "45.00", "USD"],
  ["45.00 USD", "45.00", "USD"],
  ["€ 12,50", "12.50", "EUR"],
  ["12,50 €", "12.50", "EUR"],
  ["€12.50", "12.50", "EUR"],
  ["1.234,56 EUR", "1234.56", "EUR"],
  ["EUR 1,234.56", "1234.56", "EUR"],
  ["€1.234", "1234.00", "EUR"],
  ["12,5 €", "12.50", "EUR"],
  ["1 234,56 €", "1234.56", "EUR"],
  ["£9.99", "9.99", "GBP"],
  ["£1,250.00", "1250.00", "GBP"],
  ["GBP 9.99", "9.99", "GBP"],
  ["¥1,200", "1200", "JPY"],
  ["￥98,000", "98000", "JPY"],
  ["JPY 1200", "1200", "JPY"],
  ["1,200円", "1200", "JPY"],
  ["CN¥88.00", "88.00", "CNY"],
  ["CA$9.00", "9.00", "CAD"],
  ["C$1,000.10", "1000.10", "CAD"],
  ["$12.50 CAD", "12.50", "CAD"],
  ["CAD 12.50", "12.50", "CAD"],
  ["A$1,000", "1000.00", "AUD"],
  ["AU$19.95", "19.95", "AUD"],
  ["$19.95 AUD", "19.95", "AUD"],
  ["NZ$20.00", "20.00", "NZD"],
  ["CHF 1'234.50", "1234.50", "CHF"],
  ["CHF 1’234.50", "1234.50", "CHF"],
  ["1'234.50 CHF", "1234.50", "CHF"],
  ["Fr. 12.50", "12.50", "CHF"],
  ["₹1,23,456.00", "123456.00", "INR"],
  ["Rs. 500", "500.00", "INR"],
  ["INR 2,499.00", "2499.00", "INR"],
  ["kr 100 SEK", "100.00", "SEK"],
  ["R$ 59,90", "59.90", "BRL"],
  ["HK$388.00", "388.00", "HKD"],
  ["S$12.80", "12.80", "SGD"],
  ["₩15,000", "15000", "KRW"],
];

describe("findMoney", () => {
  it.each(mentions)("%s → %s %s", (printed, amount, currency) => {
    const [mention] = findMoney(`Total: ${printed}`);
    expect(mention).toMatchObject({ amount, currency });
  });

  it.each(["Visa ending in 4242", "Order 1234.56", "TOTAL 5", "Call 0800 123 456", "Room 12,50"])("finds no money in %s", (text) => {
    expect(findMoney(text)).toEqual([]);
  });

  it("reads a discount as negative", () => {
    expect(findMoney("Discount -$5.00")[0]?.amount).toBe("-5.00");
  });
});

describe("normaliseAmount", () => {
  it.each([
    ["1,234", "USD", "1234.00"],
    ["1.234", "EUR", "1234.00"],
    ["1.234.567,8", "EUR", "1234567.80"],
    ["007.50", "USD", "7.50"],
    ["1,200", "JPY", "1200"],
    ["1200.00", "JPY", "1200"],
  ])("%s (%s) → %s", (printed, currency, expected) => {
    expect(normaliseAmount(printed, currency)).toBe(expected);
  });

  it("refuses a fractional yen amount", () => {
    expect(normaliseAmount("12.50", "JPY")).toBeUndefined();
  });
});

describe("grandTotal", () => {
  const cases: Array<[string, string, string, string]> = [
    ["subtotal and tax come before the total", "Subtotal $10.00\nTax $0.80\nTotal $10.80", "10.80", "USD"],
    ["amount paid beats a plain total", "Total $50.00\nAmount paid $45.00\nAmount remaining $0.00", "45.00", "USD"],
    ["a grand total in a sentence", "Your grand total was £23.10 today.", "23.10", "GBP"],
    ["German labels", "Zwischensumme 100,00 €\nMwSt. 19% 19,00 €\nGesamtbetrag 119,00 €", "119.00", "EUR"],
    ["French labels", "Sous-total 50,00 €\nTVA 20% 10,00 €\nTotal TTC 60,00 €", "60.00", "EUR"],
    ["value on the line under its label", "Total charged\n¥12,800\nThank you", "12800", "JPY"],
    ["amount due on an invoice", "Net total £1,041.67\nVAT £208.33\nAmount due £1,250.00", "1250.00", "GBP"],
    ["total including tax", "Total (incl. tax)   CHF 1'080.00", "1080.00", "CHF"],
    ["a bare number under a currency heading", "Subtotal (EUR)   1.037,45\nTotal (EUR)   1.234,56", "1234.56", "EUR"],
    ["a conversion after the total", "Total   ₹1,45,352.81 (approx. US$1,745.00)", "145352.81", "INR"],
    ["a bare yen total with a conversion", "Total (JPY)   54,360 (approx. US$362.00)", "54360", "JPY"],
  ];
  it.each(cases)("%s", (_name, text, amount, currency) => {
    expect(grandTotal(text)).toMatchObject({ amount, currency });
  });

  it.each([
    ["subtotal only", "Subtotal $10.00"],
    ["an estimate", "Estimated total: $45.00"],
    ["tax only", "Sales tax $3.20"],
    ["a price in prose", "Plans start at $8 per month"],
  ])("finds no grand total in %s", (_name, text) => {
    expect(grandTotal(text)).toBeUndefined();
  });
});
