// The words a vendor writing in one language uses: subjects, thank-you lines, labels, and the mail
// that mentions money without being a receipt. Placeholders in braces are filled per message:
// {vendor} {number} {amount} {date} {due} {brand} {last4} {days} {code} {order} {month} {rate}.

export type Sector =
  | "saas"
  | "cloud"
  | "airline"
  | "ride"
  | "restaurant"
  | "office"
  | "hotel"
  | "telecom"
  | "rail"
  | "grocery"
  | "shop"
  | "food";

/** Alternatives; each alternative is one or more paragraphs. */
export type Paragraphs = string[][];

export interface NegativeText {
  subjects: string[];
  lines: Paragraphs;
}

export type NegativeKind =
  | "shipping"
  | "newsletter"
  | "promotion"
  | "passwordReset"
  | "paymentFailed"
  | "awaitingPayment"
  | "upcomingInvoice"
  | "quote"
  | "renewalReminder";

export interface Lexicon {
  receipt: {
    subjects: string[];
    bySector?: Partial<Record<Sector, string[]>>;
    intros: Paragraphs;
    introsBySector?: Partial<Record<Sector, Paragraphs>>;
    /** Heading of a receipt mail or document. */
    titles: string[];
  };
  invoice: {
    subjects: string[];
    /** Subjects of mail whose invoice is only in the attached PDF. */
    pdfSubjects: string[];
    intros: Paragraphs;
    pdfIntros: Paragraphs;
    /** "The amount will be debited…" — an invoice, not a payment receipt. */
    debitNotes: string[];
    /** PDF heading, e.g. RECHNUNG. */
    title: string;
    /** File name stem, e.g. Rechnung. */
    file: string;
  };
  refund: {
    subjects: string[];
    intros: Paragraphs;
    titles: string[];
    /** Credit notes: formal documents, often only as a PDF. */
    creditSubjects: string[];
    creditIntros: Paragraphs;
    creditTitle: string;
    creditFile: string;
    reasons: string[];
  };
  labels: {
    total: string[];
    amountDue: string[];
    refundTotal: string[];
    subtotal: string[];
    net: string;
    discount: string;
    shipping: string;
    date: string[];
    invoiceDate: string[];
    dueDate: string[];
    refundDate: string[];
    orderDate: string;
    receiptNo: string[];
    invoiceNo: string[];
    orderNo: string[];
    customerNo: string;
    vatId: string;
    paymentMethod: string;
    /** "{brand} ending in {last4}" */
    card: string;
    period: string;
    nextBilling: string;
    description: string;
    qty: string;
    unitPrice: string;
    amount: string;
    originalInvoice: string;
    /** Payment terms with {due} or {days}. */
    terms: string[];
    bank: string;
    page: string;
    paid: string;
    /** Tax already inside the total: "of which VAT {rate}". */
    taxIncluded: string;
    billTo: string;
  };
  outros: string[];
  greetings: string[];
  regards: string[];
  /** Paper till receipts (read from images). */
  till: {
    total: string[];
    card: string[];
    cash: string;
    change: string;
    vat: string;
    net: string;
    gross: string;
    thanks: string[];
    receiptNo: string;
    cashier: string;
    items: string[];
    /** Subjects and body lines of an e-receipt mail carrying the till receipt as an image. */
    subjects: string[];
    lines: Paragraphs;
    file: string;
  };
  neg: Record<NegativeKind, NegativeText> & {
    quoteDoc: { title: string; total: string[]; validUntil: string; file: string };
  };
  /** What a colleague writes when sending a photo of a paper receipt. */
  staffPhoto: { subjects: string[]; lines: Paragraphs };
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
