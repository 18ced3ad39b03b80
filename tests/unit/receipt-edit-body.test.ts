// The edit form sends only what the person changed, as typed, and a blanked note as null; a near
// miss's promotion sends only what differs from recognition's guess; ?show= picks a review section.
import { describe, expect, it } from "vitest";
import type { Candidate, Receipt } from "@/lib/ui/api-types";
import { draftOf, draftOfCandidate, editOf, promotionOf } from "@/lib/ui/receipt-edits";
import { reviewTabOf } from "@/lib/ui/review-tabs";

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

describe("promotionOf (a near miss imported as a receipt)", () => {
  const candidate = {
    id: "0d6c1f4a-3b9e-4f61-8a0e-6f1d2c3b4a59",
    vendor: "Northwind",
    amount: "42.50",
    currency: "EUR",
    receipt_date: null,
    confidence: 0.6,
    reasons: [],
  } as unknown as Candidate;

  it("starts from recognition's guess, blank where it found none", () => {
    expect(draftOfCandidate(candidate)).toEqual({
      vendor: "Northwind",
      amount: "42.50",
      currency: "EUR",
      receipt_date: "",
      kind: "receipt",
      note: "",
    });
  });

  it("is empty when the person takes the guess as it stands", () => {
    expect(promotionOf(candidate, draftOfCandidate(candidate))).toEqual({});
  });

  it("sends what was corrected or filled in, trimmed; a kind other than receipt; a note", () => {
    const draft = {
      ...draftOfCandidate(candidate),
      amount: " 45.00 ",
      receipt_date: "2026-02-03",
      kind: "invoice" as const,
      note: " from the PDF ",
    };
    expect(promotionOf(candidate, draft)).toEqual({
      amount: "45.00",
      receipt_date: "2026-02-03",
      kind: "invoice",
      note: "from the PDF",
    });
  });

  it("leaves out a field the person blanked, so the API names it when there is no guess either", () => {
    const blank = { ...draftOfCandidate(candidate), vendor: "  ", receipt_date: "" };
    expect(promotionOf(candidate, blank)).toEqual({});
  });
});

describe("reviewTabOf", () => {
  it("names the section ?show= asks for, and the needs-review queue for anything else", () => {
    expect(reviewTabOf("candidates")).toBe("candidates");
    expect(reviewTabOf("duplicates")).toBe("duplicates");
    expect(reviewTabOf(undefined)).toBe("needs_review");
    expect(reviewTabOf("everything")).toBe("needs_review");
    expect(reviewTabOf(["candidates", "duplicates"])).toBe("needs_review");
  });
});
