// The document's own date: the date whose label names it (invoice date, order date, date paid,
// refund date), never a due, delivery, travel, stay or next-billing date.
import { findDates, type DateOrder } from "./dates";
import type { DocLine } from "./document";
import { labelOf } from "./labels";
import { fold, type PhraseMatch } from "./phrases";
import { OTHER_DATE_LABELS, OWN_DATE_LABELS, OWN_DATE_PRIORITY } from "./vocabulary";

export interface LabelledDate {
  date: string;
  label: string;
  line: number;
}

// Two- and three-letter labels ("on", "vom", "le", "el", "den") are connectors: they count only
// when nothing more telling labels the date.
const isConnector = (m: PhraseMatch) => m.phrase.replace(/[^\p{L}]/gu, "").length <= 3;

function nearest(matches: PhraseMatch[]): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  for (const m of matches) {
    const end = m.index + m.length;
    const bestEnd = best ? best.index + best.length : -1;
    if (!best || end > bestEnd || (end === bestEnd && m.length > best.length)) best = m;
  }
  return best;
}

/** "own" with its priority (0 = most specific), "other", or undefined for a label that says neither. */
export function dateLabelKind(label: string): { kind: "own"; priority: number } | { kind: "other" } | undefined {
  const text = fold(label).slice(-60);
  const own = OWN_DATE_LABELS.identify(text);
  const other = OTHER_DATE_LABELS.matches(text);
  const ownStrong = own.filter((m) => !isConnector(m));
  const otherStrong = other.filter((m) => !isConnector(m));
  const pick =
    ownStrong.length || otherStrong.length ? nearest([...ownStrong, ...otherStrong]) : nearest([...own, ...other]);
  if (!pick) return undefined;
  // "Rechnungsdatum / Leistungsdatum", "Invoice & delivery date": one date that is both is the document's own.
  const joined = ownStrong.find((o) =>
    otherStrong.some((x) =>
      /^\s*(?:[/&=+]|und|and|et|y|e|en|og|och|i)\s*$/u.test(
        text.slice(Math.min(o.index + o.length, x.index + x.length), Math.max(o.index, x.index)),
      ),
    ),
  );
  if (joined) return { kind: "own", priority: OWN_DATE_PRIORITY.get(joined.phrase) ?? 1 };
  if (other.includes(pick)) return { kind: "other" };
  // "Next billing date", "Nächstes Rechnungsdatum": a word of another date just before the own label qualifies it.
  if (other.some((o) => o.index < pick.index && o.index + o.length >= pick.index - 1)) return { kind: "other" };
  return { kind: "own", priority: OWN_DATE_PRIORITY.get(pick.phrase) ?? 1 };
}

const RANGE_JOIN = /^\s*(?:[-–—~〜～]|to|until|bis|au|al|a|tot|t\/m|till|til|do|から)\s*$/iu;

const hasDate = (order: DateOrder) => (text: string) => findDates(text, order).length > 0;

export function labelledDates(
  lines: DocLine[],
  order: DateOrder,
): Array<LabelledDate & { kind: "own" | "other"; priority: number }> {
  const out: Array<LabelledDate & { kind: "own" | "other"; priority: number }> = [];
  lines.forEach((line, li) => {
    line.cells.forEach((cell, ci) => {
      let previousEnd = 0;
      let previousLabel: ReturnType<typeof labelOf>;
      for (const mention of findDates(cell, order)) {
        // "Billing period 14/05 – 12/06": the end of a range has the range's label.
        const rangeEnd = previousEnd > 0 && RANGE_JOIN.test(cell.slice(previousEnd, mention.index));
        const label = rangeEnd
          ? previousLabel
          : labelOf(
              lines,
              { line: li, cell: ci, start: mention.index, previousEnd },
              hasDate(order),
              (text) => !/\p{L}/u.test(text.slice(0, mention.index) + text.slice(mention.index + mention.length)),
            );
        previousEnd = mention.index + mention.length;
        previousLabel = label;
        const kind = label ? dateLabelKind(label.text) : undefined;
        if (label && kind)
          out.push({
            date: mention.date,
            label: label.text,
            line: li,
            kind: kind.kind,
            priority: kind.kind === "own" ? kind.priority : 1,
          });
      }
    });
  });
  return out;
}

// The purchase a refund refers to has its own date; the refund's date is another.
const PURCHASE_LABEL =
  /order|ordre|bestilling|bestell|kauf|commande|achat|pedido|compra|ordine|acquist|bestel|aankoop|encomenda|zamow|zakup|\bkop|bestall|kjop|\bkob|注文|購入|fattura|factur|rechnung|invoice|faktura/;
const REFUND_LABEL =
  /refund|erstatt|gutschrift|rembours|avoir|reembols|abono|rimbors|nota di credito|terugbetal|credit|estorno|zwrot|korekt|aterbetal|kredit|refusj|tilbakebetal|refunder|tilbagebetal|返金|払/;

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The most specifically labelled own date; the first of equals. A refund prefers its refund date.
 * A document is dated on or before the day it was mailed (a day's grace for time zones): a later
 * date is a due date or a collection day, whatever word stands before it.
 */
export function labelledReceiptDate(
  lines: DocLine[],
  order: DateOrder,
  kind?: "receipt" | "invoice" | "refund",
  mailedDay?: string,
): LabelledDate | undefined {
  const latest = mailedDay ? nextDay(mailedDay) : undefined;
  let best: (LabelledDate & { priority: number }) | undefined;
  for (const found of labelledDates(lines, order)) {
    if (found.kind !== "own") continue;
    if (latest && found.date > latest) continue;
    let d = found;
    if (kind === "refund") {
      const label = fold(found.label);
      if (REFUND_LABEL.test(label)) d = { ...found, priority: -1 };
      else if (PURCHASE_LABEL.test(label)) continue;
    }
    if (!best || d.priority < best.priority) best = d;
  }
  return best;
}

/**
 * Without a labelled date, a receipt's only date on or shortly before the day it arrived is its
 * transaction date ("Mar 4 2026 at 8:12 AM"). Dates labelled as something else and several
 * candidate dates give no answer.
 */
export function soleRecentDate(
  lines: DocLine[],
  order: DateOrder,
  receivedDay: string,
  kind?: "receipt" | "invoice" | "refund",
  maxDaysBefore = 60,
): string | undefined {
  const day = Date.parse(`${receivedDay}T00:00:00Z`);
  const earliest = new Date(day - maxDaysBefore * 86_400_000).toISOString().slice(0, 10);
  const latest = new Date(day + 86_400_000).toISOString().slice(0, 10);
  // A refund's purchase date is a date of something else.
  const isOther = (d: LabelledDate & { kind: "own" | "other" }) =>
    d.kind === "other" ||
    (kind === "refund" && PURCHASE_LABEL.test(fold(d.label)) && !REFUND_LABEL.test(fold(d.label)));
  const other = new Set(
    labelledDates(lines, order)
      .filter(isOther)
      .map((d) => `${d.line}:${d.date}`),
  );
  const candidates = new Set<string>();
  lines.forEach((line, li) => {
    for (const cell of line.cells) {
      for (const mention of findDates(cell, order)) {
        if (other.has(`${li}:${mention.date}`)) continue;
        if (mention.date >= earliest && mention.date <= latest) candidates.add(mention.date);
      }
    }
  });
  return candidates.size === 1 ? [...candidates][0] : undefined;
}
