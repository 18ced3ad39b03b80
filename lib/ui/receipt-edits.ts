// A receipt's edit form as data: the draft a form starts from, and the PATCH body of what the person
// changed. Only changed fields are sent, so saving never writes back a value someone else just changed;
// values go as typed, so the API's 400 names a bad one.
import type { Receipt } from "./api-types";

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
