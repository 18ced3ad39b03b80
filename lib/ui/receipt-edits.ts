// A receipt's edit form as data: the draft a form starts from, and the PATCH body of what the person
// changed. Only changed fields are sent, so saving never writes back a value someone else just changed;
// values go as typed, so the API's 400 names a bad one. A near miss's promotion is built the same way.
import type { Candidate, Receipt } from "./api-types";

export interface ReceiptDraft {
  vendor: string;
  amount: string;
  currency: string;
  receipt_date: string;
  kind: Receipt["kind"];
  note: string;
}

export type ReceiptEdit = Partial<Omit<ReceiptDraft, "note">> & { note?: string | null };

export function draftOf(receipt: Receipt): ReceiptDraft {
  return {
    vendor: receipt.vendor,
    amount: receipt.amount,
    currency: receipt.currency,
    receipt_date: receipt.receipt_date,
    kind: receipt.kind,
    note: receipt.note ?? "",
  };
}

/** The fields whose draft differs from the receipt; a blank note clears it (null). Empty: nothing to save. */
export function editOf(receipt: Receipt, draft: ReceiptDraft): ReceiptEdit {
  const before = draftOf(receipt);
  const edit: ReceiptEdit = {};
  for (const field of ["vendor", "amount", "currency", "receipt_date", "kind"] as const) {
    if (draft[field] !== before[field]) Object.assign(edit, { [field]: draft[field] });
  }
  if (draft.note.trim() !== before.note.trim()) edit.note = draft.note.trim() === "" ? null : draft.note;
  return edit;
}

/** A near miss as the review page offers it for promotion: recognition's guess, blank where it found none. */
export function draftOfCandidate(candidate: Candidate): ReceiptDraft {
  return {
    vendor: candidate.vendor ?? "",
    amount: candidate.amount ?? "",
    currency: candidate.currency ?? "",
    receipt_date: candidate.receipt_date ?? "",
    kind: "receipt",
    note: "",
  };
}

/**
 * The promotion body: what the person changed from the guess (a field left blank without a guess is
 * left out, so the API's 400 names it). Kind goes only when not the default receipt.
 */
export function promotionOf(candidate: Candidate, draft: ReceiptDraft): ReceiptEdit {
  const guess = draftOfCandidate(candidate);
  const body: ReceiptEdit = {};
  for (const field of ["vendor", "amount", "currency", "receipt_date"] as const) {
    const value = draft[field].trim();
    if (value !== "" && value !== guess[field]) body[field] = value;
  }
  if (draft.kind !== "receipt") body.kind = draft.kind;
  if (draft.note.trim() !== "") body.note = draft.note.trim();
  return body;
}
