// What a person may correct on a receipt, and the rule each new value must meet. One rule per field,
// read by the API's body schema and by the domain alike, so both refuse a value with the same words.
// It imports only base code (the calendar rule, message helpers), so a browser form could use it too.
import { oneOf, shown } from "../errors";
import { isCalendarDate } from "../shared/calendar";
import { isReceiptKind, RECEIPT_KINDS, type ReceiptKind } from "./kind";

/**
 * The fields recognition fills in. Once a person changes one, it goes into edited_fields and a later
 * sync leaves it as the person wrote it. The note is a person's own: recognition never writes it, so
 * it is recorded in the history but has nothing to protect in edited_fields.
 */
export const RECOGNISED_FIELDS = ["vendor", "amount", "currency", "receipt_date", "kind"] as const;
export type RecognisedField = (typeof RECOGNISED_FIELDS)[number];

export const CORRECTABLE_FIELDS = [...RECOGNISED_FIELDS, "note"] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export interface ReceiptCorrection {
  vendor?: string;
  /** Decimal string with a dot, at most 4 decimals, signed ("-25.00" for a refund). */
  amount?: string;
  /** ISO 4217; any case, stored upper-case. */
  currency?: string;
  /** YYYY-MM-DD. */
  receipt_date?: string;
  kind?: ReceiptKind;
  /** null (or only blanks) clears it. */
  note?: string | null;
  /**
   * One of the business's categories, null for none. The database knows which ids are the business's,
   * so editReceipt checks it; edited_fields and the history call the field "category" (by name).
   */
  category_id?: string | null;
}

/** What an edit with no field at all is told. */
export const NOTHING_TO_CHANGE = `Send at least one field to change: ${[...CORRECTABLE_FIELDS, "category_id"].join(", ")}`;

export const MAX_VENDOR_LENGTH = 200;
export const MAX_NOTE_LENGTH = 2000;

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const problem = <T>(text: string): Checked<T> => ({ ok: false, problem: text });

// numeric(18, 4): at most 14 digits before the point and 4 after. A dot, never a comma or an exponent:
// "12,50" and "1e3" mean different amounts in different places, so neither is guessed at.
const AMOUNT = /^[+-]?[0-9]{1,14}(\.[0-9]{1,4})?$/;

let currencies: Set<string> | undefined;
const knownCurrency = (code: string) => (currencies ??= new Set(Intl.supportedValuesOf("currency"))).has(code);

// PostgreSQL text cannot hold NUL: the update would fail in the database (a 500).
const hasNul = (text: string) => text.includes("\u0000");

/** What is wrong with a kind, in the words of the body schema's enum too. */
export const KIND_PROBLEM = `must be ${oneOf(RECEIPT_KINDS)}`;

/** Each field's rule: the value to store, or what is wrong with it (the caller names the field). */
export const CORRECTION_RULES = {
  vendor(value: string): Checked<string> {
    const vendor = value.trim();
    if (vendor === "") return problem("must not be empty");
    if (vendor.length > MAX_VENDOR_LENGTH) return problem(`must be at most ${MAX_VENDOR_LENGTH} characters`);
    if (hasNul(vendor)) return problem("must not contain NUL characters");
    return ok(vendor);
  },
  amount(value: string): Checked<string> {
    if (!AMOUNT.test(value))
      return problem(
        `'${shown(value)}' is not an amount: use digits, a dot and at most 4 decimals, such as 12.50 or -25.00`,
      );
    return ok(value.replace(/^\+/, ""));
  },
  currency(value: string): Checked<string> {
    if (!/^[A-Za-z]{3}$/.test(value)) return problem(`'${shown(value)}' is not a 3-letter ISO 4217 code such as EUR`);
    const code = value.toUpperCase();
    if (!knownCurrency(code)) return problem(`'${code}' is not an ISO 4217 currency code`);
    return ok(code);
  },
  receipt_date(value: string): Checked<string> {
    if (!isCalendarDate(value)) return problem(`'${shown(value)}' is not a calendar day: use YYYY-MM-DD`);
    return ok(value);
  },
  kind(value: string): Checked<ReceiptKind> {
    return isReceiptKind(value) ? ok(value) : problem(KIND_PROBLEM);
  },
  note(value: string | null): Checked<string | null> {
    const note = value?.trim() ?? "";
    if (note.length > MAX_NOTE_LENGTH) return problem(`must be at most ${MAX_NOTE_LENGTH} characters`);
    if (hasNul(note)) return problem("must not contain NUL characters");
    return ok(note === "" ? null : note);
  },
} satisfies { [F in CorrectableField]: (value: never) => Checked<ReceiptCorrection[F]> };
