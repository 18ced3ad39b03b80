// The edit form sends only what the person changed, as typed, and a blanked note as null.
import { describe, expect, it } from "vitest";
import type { Receipt } from "@/lib/ui/api-types";
import { draftOf, editOf } from "@/lib/ui/receipt-edits";

const receipt = {
  id: "5b1f3f9e-8f55-4c3e-9d59-0a3f3e2f1c11",
  vendor: "Acme",
  amount: "12.50",
  currency: "EUR",
  receipt_date: "2026-03-04",
  kind: "receipt",
  note: null,
} as Receipt;

describe("editOf", () => {
  it("is empty when nothing changed", () => {
    expect(editOf(receipt, draftOf(receipt))).toEqual({});
  });

  it("holds only the changed fields, with values as typed", () => {
    const draft = { ...draftOf(receipt), vendor: "Acme GmbH", amount: "12,50", kind: "invoice" as const };
    expect(editOf(receipt, draft)).toEqual({ vendor: "Acme GmbH", amount: "12,50", kind: "invoice" });
  });

  it("sends a new note, and a blanked one as null; blanks around an unchanged note are no change", () => {
    expect(editOf(receipt, { ...draftOf(receipt), note: "paid by card" })).toEqual({ note: "paid by card" });
    const noted = { ...receipt, note: "paid by card" };
    expect(editOf(noted, { ...draftOf(noted), note: "  " })).toEqual({ note: null });
    expect(editOf(noted, { ...draftOf(noted), note: "paid by card " })).toEqual({});
  });
});
