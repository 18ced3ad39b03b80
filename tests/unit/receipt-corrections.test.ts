// The rule for each field a person may correct, without a database: what is stored for a good value
// and what a bad one is told; and how history writes an amount.
import { describe, expect, it } from "vitest";
import { CORRECTION_RULES } from "@/lib/receipts/corrections";
import { exactAmount } from "@/lib/receipts/view";

describe("correction rules", () => {
  it.each([
    ["vendor", "  Acme GmbH ", "Acme GmbH"],
    ["amount", "12.5", "12.5"],
    ["amount", "+12.50", "12.50"],
    ["amount", "-25.0000", "-25.0000"],
    ["amount", "99999999999999.9999", "99999999999999.9999"],
    ["currency", "eur", "EUR"],
    ["currency", "Jpy", "JPY"],
    ["receipt_date", "2024-02-29", "2024-02-29"],
    ["kind", "refund", "refund"],
    ["note", "  paid by card ", "paid by card"],
    ["note", "   ", null],
    ["note", null, null],
  ] as const)("%s %j is stored as %j", (field, value, stored) => {
    expect((CORRECTION_RULES[field] as (v: unknown) => unknown)(value)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ["vendor", "", "must not be empty"],
    ["vendor", "x".repeat(201), "must be at most 200 characters"],
    ["amount", "12,50", "'12,50' is not an amount: use digits, a dot and at most 4 decimals, such as 12.50 or -25.00"],
    ["amount", "1e3", "'1e3' is not an amount: use digits, a dot and at most 4 decimals, such as 12.50 or -25.00"],
    ["amount", "12.", "'12.' is not an amount: use digits, a dot and at most 4 decimals, such as 12.50 or -25.00"],
    ["amount", " 12", "' 12' is not an amount: use digits, a dot and at most 4 decimals, such as 12.50 or -25.00"],
    ["amount", "١٢", "'١٢' is not an amount: use digits, a dot and at most 4 decimals, such as 12.50 or -25.00"],
    ["currency", "EU", "'EU' is not a 3-letter ISO 4217 code such as EUR"],
    ["currency", "€UR", "'€UR' is not a 3-letter ISO 4217 code such as EUR"],
    ["currency", "xyz", "'XYZ' is not an ISO 4217 currency code"],
    ["receipt_date", "2026-02-30", "'2026-02-30' is not a calendar day: use YYYY-MM-DD"],
    ["receipt_date", "2026-2-3", "'2026-2-3' is not a calendar day: use YYYY-MM-DD"],
    ["kind", "gift", "must be receipt, invoice or refund"],
    ["note", "x".repeat(2001), "must be at most 2000 characters"],
    ["note", "a\u0000b", "must not contain NUL characters"],
  ] as const)("%s %j is refused: %s", (field, value, problem) => {
    expect((CORRECTION_RULES[field] as (v: unknown) => unknown)(value)).toEqual({ ok: false, problem });
  });
});

describe("exactAmount", () => {
  it.each([
    ["12.5000", "USD", "12.50"],
    ["12.3456", "USD", "12.3456"],
    ["1200.0000", "JPY", "1200"],
    ["1.2500", "KWD", "1.250"],
    ["-25.0000", "EUR", "-25.00"],
  ])("%s %s reads %s", (amount, currency, shown) => {
    expect(exactAmount(amount, currency)).toBe(shown);
  });
});
