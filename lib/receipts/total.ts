// The grand total of a receipt: the amount labelled Total / Amount paid / Amount due / Grand total,
// never the subtotal, the tax, a discount or a line item.
import { NUMBER, findMoney, normaliseAmount, type MoneyMention } from "./amount";
import { ISO_CODES } from "./currency";

export interface LabelledTotal extends MoneyMention {
  label: string;
  weight: number;
}

// Heavier labels name the charge more exactly; among equals the last wins (totals close a receipt).
const TOTAL_LABELS: Array<[RegExp, number]> = [
  [/\b(amount paid|total paid|total charged|amount charged|grand total|payment amount|you paid|paid today|charged to your)\b/i, 4],
  [/\b(amount due|balance due|total due|invoice total|order total|total amount|trip total|total \(?incl|gesamtbetrag|rechnungsbetrag|endbetrag|gesamtsumme|total ttc|montant total|montant ttc|importe total|totale)\b/i, 3],
  [/\b(total|summe|betrag|montant)\b/i, 2],
];
const NOT_TOTAL = /\b(sub-?total|zwischensumme|sous-total|estimated|remaining|excl\.?|excluding|before tax|pre-tax|savings|saved|previous|net total|total tax|tax total|vat total|total vat|total discount|netto|approx\.?|approximately|equivalent|converted)\b/i;

// "Total (EUR)   1.234,56": a bare number under a label that names the currency.
const CODE_LABELLED = new RegExp(String.raw`^(?<label>.*?)\(?\b(?<code>${ISO_CODES.join("|")})\b\)?\s*:?\s*(?<num>${NUMBER})(?![\d.,])`, "u");

function weightOf(label: string): number {
  const tail = label.slice(-60);
  if (NOT_TOTAL.test(tail)) return 0;
  for (const [pattern, weight] of TOTAL_LABELS) if (pattern.test(tail)) return weight;
  return 0;
}

/** Every labelled total in `text`; a value alone on its line takes the line above as its label. */
export function findTotals(text: string): LabelledTotal[] {
  const totals: LabelledTotal[] = [];
  let previousLine = "";
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    let from = 0;
    const coded = CODE_LABELLED.exec(line);
    const codedAmount = coded?.groups?.num ? normaliseAmount(coded.groups.num, coded.groups.code) : undefined;
    if (coded?.groups && codedAmount && /\p{L}/u.test(coded.groups.label ?? "")) {
      const label = `${coded.groups.label} (${coded.groups.code})`.trim();
      const weight = weightOf(coded.groups.label ?? "");
      if (weight > 0) totals.push({ amount: codedAmount, currency: coded.groups.code ?? "", index: coded.index, raw: coded[0], label, weight });
      previousLine = line;
      continue;
    }
    const mentions = findMoney(line);
    for (const mention of mentions) {
      let label = line.slice(from, mention.index).trim();
      from = mention.index + mention.raw.length;
      if (!/\p{L}/u.test(label) && !findMoney(previousLine).length) label = previousLine.trim();
      const weight = weightOf(label);
      if (weight > 0 && !mention.amount.startsWith("-")) totals.push({ ...mention, label, weight });
    }
    previousLine = line;
  }
  return totals;
}

/** The grand total, or undefined when nothing is labelled as one. Zero totals lose to any other. */
export function grandTotal(text: string): LabelledTotal | undefined {
  let best: LabelledTotal | undefined;
  for (const total of findTotals(text)) {
    const zero = !/[1-9]/.test(total.amount);
    const bestZero = best ? !/[1-9]/.test(best.amount) : true;
    if (!best || (zero === bestZero ? total.weight >= best.weight : bestZero)) best = total;
  }
  return best;
}
