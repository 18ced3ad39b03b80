// The shape of one language's knowledge. Lexicons are data: adding a language is adding a file (and
// fixtures), not editing the algorithm. Phrases are written lower-case; matching ignores case and
// accents ("bestellbestatigung" matches "Bestellbestätigung"). A phrase ending in `*` also matches
// longer words ("rechnung*" matches "Rechnungsnummer"); one starting with `*` matches word endings.
// "…" stands for a few words in between, within one line ("zahlung … abgelehnt").

export type LanguageCode = "en" | "de" | "fr" | "es" | "it" | "nl" | "pt" | "pl" | "sv" | "nb" | "da" | "ja";

/** Ranked wording of a document's grand total: higher tiers name the charge more exactly. */
export interface TotalLabels {
  /** What was paid or charged: "amount paid", "bezahlt", "montant payé". */
  paid: string[];
  /** The whole of the document: "grand total", "gesamtbetrag", "total ttc". */
  grand: string[];
  /** What is to be paid: "amount due", "zu zahlen", "à payer", "do zapłaty". */
  due: string[];
  /** Money going back: "refund total", "erstattungsbetrag", "montant remboursé". */
  refund: string[];
  /** Plain words for a total: "total", "summe", "totale". */
  plain: string[];
  /** Words that name an amount, a total only when nothing better is there: "amount", "betrag", "prix". */
  weak: string[];
  /** Lines that are never the total: subtotal, net, tax, shipping, discount, savings, previous balance. */
  never: string[];
  /** Qualifiers that make a total inclusive ("incl. vat", "ttc"); they do not turn it into a tax line. */
  inclusive: string[];
}

/** Wording that tells what a message is. Each list is matched as phrases. */
export interface Signals extends Record<SignalClass, string[]> {
  /** The document calls itself a receipt, payment confirmation, ticket or folio. */
  receipt: string[];
  /** An order or booking confirmation (a purchase, usually paid). */
  order: string[];
  /** Thank-you lines for a purchase or payment. */
  thanks: string[];
  /** A completed payment: "payment received", "bezahlt", "paiement accepté". */
  paid: string[];
  /** The document calls itself an invoice or bill. */
  invoice: string[];
  /** Money back: refund, credit note, reimbursement, return credited. */
  refund: string[];
  /** An order not yet paid: awaiting bank transfer, cash on delivery, on hold until payment. */
  awaitingPayment: string[];
  /** A charge or invoice still to come: "upcoming invoice", "will be charged". */
  upcoming: string[];
  /** A payment that did not go through. */
  failed: string[];
  /** Shipping, dispatch, delivery and pickup notices. */
  shipping: string[];
  /** Quotes, estimates, offers, pro-forma invoices. */
  quote: string[];
  /** Payment reminders and dunning letters about an earlier invoice. */
  reminder: string[];
  /** Renewal and trial-end reminders. */
  renewal: string[];
  /** Orders that were cancelled (without money going back). */
  cancelled: string[];
  /** Account mail: password resets, verification, welcome. */
  account: string[];
  /** Newsletters, promotions, abandoned carts. */
  marketing: string[];
}

export const SIGNAL_CLASSES = [
  "receipt",
  "order",
  "thanks",
  "paid",
  "invoice",
  "refund",
  "awaitingPayment",
  "upcoming",
  "failed",
  "shipping",
  "quote",
  "reminder",
  "renewal",
  "cancelled",
  "account",
  "marketing",
] as const;
export type SignalClass = (typeof SIGNAL_CLASSES)[number];

export interface Lexicon {
  language: LanguageCode;
  /** Frequent words of the language, to tell which language a message is written in. */
  markers: string[];
  totals: TotalLabels;
  /** Wording that decides on its own. */
  signals: Signals;
  /** Wording that only hints (it also appears in footers and links of other kinds of mail). */
  weakSignals: Partial<Record<SignalClass, string[]>>;
  dates: {
    /** Labels of the document's own date, most specific first. */
    own: string[];
    /** Labels of other dates: due, delivery, travel, stay, period, next billing. */
    other: string[];
    /** Month names and abbreviations (with declined forms), January first. */
    months: string[][];
  };
  /** Where a merchant is named in text: "receipt from {merchant}", "zahlung an {merchant}". */
  merchant: string[];
  /** Words in a sender's display name that name a role, not the vendor ("rechnung", "kundenservice"). */
  roleWords: string[];
  /** Header labels of a forwarded message block, as mail clients write them in this language. */
  forwarded: { markers: string[]; from: string[]; date: string[]; subject: string[] };
  /** The currency a bare "kr" or an unmarked amount means in this language, when one is usual. */
  currency?: string;
}
