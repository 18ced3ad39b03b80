// Scores extractions against expectations: precision and recall of "is it a receipt", the share of
// found receipts whose vendor, amount, currency and date are all exact, and kind agreement —
// overall and by group (language, kind, layout), with every miss listed.

export interface Outcome {
  is_receipt: boolean;
  kind: string | null;
  vendor: string | null;
  amount: string | null;
  currency: string | null;
  date: string | null;
}

export interface Scored {
  id: string;
  groups: Record<string, string>;
  expected: Outcome;
  actual: Outcome;
}

export interface Score {
  messages: number;
  receipts: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  exact: number;
  kindAgree: number;
  precision: number;
  recall: number;
  exactFields: number;
  kindAccuracy: number;
}

const words = (v: string | null) =>
  (v ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Same vendor as a bookkeeper judges it: the same words ignoring case and punctuation, or one
 * name being the other with a qualifier ("SNCF" / "SNCF Connect", "Scandic" / "Scandic Malmen",
 * "CP" / "CP – Comboios de Portugal").
 */
export function sameVendor(expected: string | null, actual: string | null): boolean {
  const e = words(expected);
  const a = words(actual);
  if (e.length === 0 || a.length === 0) return e.length === a.length;
  if (e.join(" ") === a.join(" ")) return true;
  const [shorter, longer] = e.length <= a.length ? [e, a] : [a, e];
  if (shorter.join("").length >= 3 && shorter.every((w) => longer.includes(w))) return true;
  // A short brand leads its long form: "CP" / "CP – Comboios de Portugal".
  return shorter.join("").length >= 2 && shorter.every((w, i) => longer[i] === w);
}

/** The fields a bookkeeper checks: vendor, amount, currency and date. */
export function wrongFields(expected: Outcome, actual: Outcome): string[] {
  const wrong: string[] = [];
  if (!sameVendor(expected.vendor, actual.vendor)) wrong.push("vendor");
  if (expected.amount !== actual.amount) wrong.push("amount");
  if (expected.currency !== actual.currency) wrong.push("currency");
  if (expected.date !== actual.date) wrong.push("date");
  return wrong;
}

export function score(results: Scored[]): Score {
  let tp = 0,
    fp = 0,
    fn = 0,
    exact = 0,
    kindAgree = 0,
    receipts = 0;
  for (const r of results) {
    if (r.expected.is_receipt) receipts++;
    if (r.actual.is_receipt && r.expected.is_receipt) {
      tp++;
      if (wrongFields(r.expected, r.actual).length === 0) exact++;
      if (r.expected.kind === r.actual.kind) kindAgree++;
    } else if (r.actual.is_receipt) fp++;
    else if (r.expected.is_receipt) fn++;
  }
  return {
    messages: results.length,
    receipts,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    exact,
    kindAgree,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    exactFields: tp ? exact / tp : 1,
    kindAccuracy: tp ? kindAgree / tp : 1,
  };
}

export function groupBy(results: Scored[], key: string): Map<string, Scored[]> {
  const groups = new Map<string, Scored[]>();
  for (const r of results) {
    const k = r.groups[key] ?? "—";
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

export function describeMiss(r: Scored): string | undefined {
  const e = r.expected;
  const a = r.actual;
  const show = (o: Outcome) =>
    o.is_receipt ? `${o.kind} ${o.vendor} ${o.amount} ${o.currency} ${o.date}` : "not a receipt";
  if (e.is_receipt !== a.is_receipt) return `${r.id}: expected ${show(e)}, got ${show(a)}`;
  if (!e.is_receipt) return undefined;
  const wrong = wrongFields(e, a);
  if (e.kind !== a.kind) wrong.push("kind");
  return wrong.length ? `${r.id}: ${wrong.join(", ")} — expected ${show(e)}, got ${show(a)}` : undefined;
}
