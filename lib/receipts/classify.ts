// Is this mail a receipt? A receipt or invoice documents a completed charge or an amount billed.
// Precision first: shipping notices, orders not yet charged, failed payments, renewal reminders,
// refunds, quotes and promotions are not receipts even when they print a price.

export interface Classification {
  isReceipt: boolean;
  score: number;
  reasons: string[];
}

interface Signal {
  pattern: RegExp;
  weight: number;
  reason: string;
}

const phrases = (list: string[]) => new RegExp(`\\b(?:${list.join("|")})\\b`, "i");

const SUBJECT_SIGNALS: Signal[] = [
  { pattern: phrases(["receipts?", "invoices?", "rechnung", "quittung", "facture", "reçu", "folio", "e-ticket", "payment (?:received|confirmation|successful)"]), weight: 3, reason: "subject names a receipt, invoice or payment" },
  { pattern: phrases(["order confirmation", "booking confirmation", "trip with", "your ride", "your order"]), weight: 1, reason: "subject names an order or trip" },
];

const BODY_SIGNALS: Signal[] = [
  {
    pattern: phrases([
      "thanks? (?:you )?for your (?:payment|purchase|order|business|booking|stay)", "thanks for (?:riding|your purchase at)",
      "your (?:receipt|invoice|folio)", "invoice is attached", "invoice attached", "find (?:your|the) invoice",
      "here(?:'s| is) your receipt", "this is a receipt", "(?:we (?:have )?)?received your payment",
      "your payment (?:was|has been) (?:successful|processed|received)", "payment (?:received|successful)",
      "vielen dank für ihre zahlung", "ihre (?:aktuelle )?rechnung", "merci pour votre paiement", "voici votre reçu",
    ]),
    weight: 2,
    reason: "body speaks of a receipt, invoice or payment",
  },
  {
    pattern: phrases(["payment processed", "(?:has|have|was) been (?:charged|processed)", "(?:was|were) charged", "charged to your", "ticket is issued", "payment method"]),
    weight: 1,
    reason: "body confirms a completed charge",
  },
  {
    // The fields a receipt or invoice prints about itself; promotions and reminders do not carry them.
    pattern: /\b(?:receipt|invoice)\s*(?:#|no\.?|number)|\b(?:receipt|invoice) date\b|\bdate paid\b|\bpayment date\b|\bpaid on\b/i,
    weight: 2,
    reason: "receipt fields (number, date paid)",
  },
  { pattern: phrases(["keep this (?:receipt|invoice)", "(?:receipt|invoice) for your records"]), weight: 1, reason: "receipt closing line" },
];

// Mail that mentions money without documenting a charge. Renewal wording also appears in the
// footer of genuine subscription receipts, so it weighs less than the others.
const NEGATIVE_SIGNALS: Signal[] = [
  { pattern: phrases(["has shipped", "have shipped", "on (?:its|the) way", "out for delivery", "tracking number", "track your (?:package|order|shipment)", "delivery update"]), weight: -6, reason: "shipping notice" },
  { pattern: phrases(["won'?t be charged", "will not be charged", "will be charged", "be charged when", "payment will be collected", "estimated total"]), weight: -6, reason: "no charge yet" },
  { pattern: phrases(["payment (?:failed|declined|unsuccessful)", "couldn'?t (?:process|charge)", "could not (?:process|charge)", "was declined", "update your payment method", "card (?:was )?declined"]), weight: -6, reason: "payment failed" },
  { pattern: phrases(["(?:quote|estimate|proposal|angebot)\\s*(?:#|no\\.?|number|for)"]), weight: -6, reason: "quote" },
  { pattern: phrases(["reset your password", "verification code", "invitation:", "has invited you", "refund(?:ed)?"]), weight: -6, reason: "not a charge" },
  { pattern: phrases(["will renew", "renews? (?:soon|automatically|on)", "renew automatically", "upcoming (?:charge|invoice|payment|renewal)", "reminder: renewal", "trial ends", "scheduled payment"]), weight: -2, reason: "upcoming charge" },
  { pattern: phrases(["unsubscribe", "% off", "save (?:up to )?\\S*\\d", "deals? from", "offer ends", "flash sale", "limited offer", "plans (?:now )?start", "starting at", "manage preferences"]), weight: -1, reason: "promotion wording" },
];

export interface ClassifyInput {
  subject: string;
  body: string;
  hasTotal: boolean;
  /** The total is labelled as paid or charged ("Amount paid", "Total charged"). */
  paidTotal: boolean;
  hasInvoicePdf: boolean;
}

export function classifyReceipt(input: ClassifyInput): Classification {
  const reasons: string[] = [];
  let score = 0;
  const apply = (signals: Signal[], text: string) => {
    for (const { pattern, weight, reason } of signals) {
      if (pattern.test(text)) {
        score += weight;
        reasons.push(reason);
      }
    }
  };
  apply(SUBJECT_SIGNALS, input.subject);
  apply(BODY_SIGNALS, input.body);
  apply(NEGATIVE_SIGNALS, `${input.subject}\n${input.body}`);
  if (input.paidTotal) {
    score += 1;
    reasons.push("total labelled as paid");
  }
  if (input.hasInvoicePdf) {
    score += 1;
    reasons.push("invoice PDF attached");
  }
  if (!input.hasTotal) reasons.push("no total found");
  return { isReceipt: input.hasTotal && score >= 3, score, reasons };
}
