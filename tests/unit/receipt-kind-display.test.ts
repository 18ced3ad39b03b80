// How receipts of each kind are shown: the kind badge, refunds' minus sign, and net totals. The demo
// mailbox has no refunds yet, so the browser tests cannot show one; these render the components.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CurrencyTotals } from "@/components/receipts/currency-totals";
import { KindBadge } from "@/components/receipts/kind-badge";
import { ReceiptsTable } from "@/components/receipts/receipts-table";
import type { Receipt } from "@/lib/ui/api-types";
import { formatMoney } from "@/lib/ui/format";

const MINUS = "\u2212";

const receipt = (over: Partial<Receipt>): Receipt => ({
  id: "00000000-0000-4000-8000-000000000001",
  vendor: "Shop",
  amount: "100.00",
  currency: "USD",
  kind: "receipt",
  confidence: 0.9,
  extractor_version: "1.0.0",
  receipt_date: "2026-06-01",
  subject: "Your order",
  sender: "billing@shop.example",
  received_at: "2026-06-01T08:00:00.000Z",
  source: "body",
  filename: null,
  has_file: false,
  gmail_message_id: "m1",
  sync_run_id: null,
  created_at: "2026-06-01T08:00:00.000Z",
  review_status: "auto",
  edited_fields: [],
  note: null,
  dismissed_at: null,
  category: null,
  ...over,
});

/** The text a person (or a screen reader) gets, without markup. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

describe("formatMoney", () => {
  it.each([
    ["100.00", "USD", "$100.00"],
    ["-25.00", "USD", `${MINUS}$25.00`],
    ["-1200", "JPY", `${MINUS}¥1,200`],
    ["-1.250", "KWD", `${MINUS}KWD\u00a01.250`],
    ["-0.00", "USD", "$0.00"],
    ["-5.00", "XYZ1", `${MINUS}5.00 XYZ1`],
  ])("%s %s is %s", (amount, currency, expected) => {
    expect(formatMoney(amount, currency)).toBe(expected);
  });
});

describe("KindBadge", () => {
  it.each([
    ["receipt", "Receipt"],
    ["invoice", "Invoice"],
    ["refund", "Refund"],
  ] as const)("labels a %s in words", (kind, label) => {
    const html = renderToStaticMarkup(createElement(KindBadge, { kind }));
    expect(html).toContain(`data-kind="${kind}"`);
    expect(text(html)).toBe(kind === "refund" ? `↩ ${label}` : label);
  });
  it("hides the refund arrow from screen readers (the word says it)", () => {
    expect(renderToStaticMarkup(createElement(KindBadge, { kind: "refund" }))).toContain(
      '<span aria-hidden="true">↩</span>',
    );
  });
});

describe("ReceiptsTable", () => {
  it("shows each row's kind badge, and a refund with a minus sign, set apart by more than colour", () => {
    const html = renderToStaticMarkup(
      createElement(ReceiptsTable, {
        backQuery: "kind=refund",
        receipts: [
          receipt({}),
          receipt({
            id: "00000000-0000-4000-8000-000000000002",
            kind: "refund",
            amount: "-25.00",
            subject: "Your refund",
          }),
          receipt({ id: "00000000-0000-4000-8000-000000000003", kind: "invoice", amount: "250.00" }),
        ],
      }),
    );
    const rows = html.split("<tr").slice(2);
    expect(rows).toHaveLength(3);
    expect(text(`<tr${rows[0]}`)).toContain("Your order Receipt $100.00");
    expect(text(`<tr${rows[1]}`)).toContain(`Your refund ↩ Refund ${MINUS}$25.00`);
    expect(text(`<tr${rows[2]}`)).toContain("Invoice $250.00");
    expect(rows[1]).toContain('data-kind="refund"');
    expect(rows[1]).toMatch(/class="[^"]*italic[^"]*"[^>]*>−\$25\.00/);
    expect(html).toContain('<th scope="col" class="px-3 py-2 font-medium">Kind</th>');
  });
});

describe("CurrencyTotals", () => {
  it("labels totals as net of refunds and gives the refunds' count and sum", () => {
    const html = renderToStaticMarkup(
      createElement(CurrencyTotals, {
        totals: [
          { currency: "EUR", amount: "80.00", count: 2, refund_count: 1, refund_amount: "-40.00" },
          { currency: "USD", amount: "350.00", count: 1, refund_count: 0, refund_amount: "0.00" },
        ],
      }),
    );
    const t = text(html);
    expect(t).toContain("Totals per currency, net of refunds");
    expect(t).toContain(`Net total EUR · 2 receipts €80.00 incl. 1 refund: ${MINUS}€40.00`);
    expect(t).toContain("Net total USD · 1 receipt $350.00");
    expect(t).not.toContain("incl. 0");
  });
});
