// The lexicons compiled once into phrase lists: every language's wording of one idea in one list,
// because real mail mixes languages (a Swiss shop's German mail with an English invoice PDF).
import { LEXICONS, SIGNAL_CLASSES, type LanguageCode, type SignalClass } from "./lexicons";
import { phraseList, type PhraseList } from "./phrases";

const all = <T>(pick: (l: (typeof LEXICONS)[LanguageCode]) => T[]): T[] => Object.values(LEXICONS).flatMap(pick);

const signalList = (cls: SignalClass, weak: boolean) =>
  phraseList(all((l) => (weak ? (l.weakSignals[cls] ?? []) : l.signals[cls])));

export const SIGNALS = Object.fromEntries(SIGNAL_CLASSES.map((c) => [c, signalList(c, false)])) as Record<
  SignalClass,
  PhraseList
>;
export const WEAK_SIGNALS = Object.fromEntries(SIGNAL_CLASSES.map((c) => [c, signalList(c, true)])) as Record<
  SignalClass,
  PhraseList
>;

export type TotalTier = "paid" | "grand" | "due" | "refund" | "plain" | "weak";
export const TOTAL_TIERS: Record<TotalTier, PhraseList> = {
  paid: phraseList(all((l) => l.totals.paid)),
  grand: phraseList(all((l) => l.totals.grand)),
  due: phraseList(all((l) => l.totals.due)),
  refund: phraseList(all((l) => l.totals.refund)),
  plain: phraseList(all((l) => l.totals.plain)),
  weak: phraseList(all((l) => l.totals.weak)),
};
export const NOT_TOTAL = phraseList(all((l) => l.totals.never));
export const INCLUSIVE = phraseList(all((l) => l.totals.inclusive));

// Own-date labels in each lexicon run from most to least specific; the position is the priority.
export const OWN_DATE_LABELS = phraseList(all((l) => l.dates.own));
export const OTHER_DATE_LABELS = phraseList(all((l) => l.dates.other));
export const OWN_DATE_PRIORITY = new Map<string, number>();
for (const lexicon of Object.values(LEXICONS)) {
  lexicon.dates.own.forEach((label, i) => {
    const rank = i / Math.max(1, lexicon.dates.own.length - 1);
    OWN_DATE_PRIORITY.set(label, Math.min(OWN_DATE_PRIORITY.get(label) ?? 1, rank));
  });
}

export const ROLE_WORDS = phraseList(all((l) => l.roleWords));
export const MERCHANT_PATTERNS = all((l) => l.merchant);

export const FORWARD_MARKERS = phraseList(all((l) => l.forwarded.markers));
export const FORWARD_FROM = phraseList(all((l) => l.forwarded.from));
export const FORWARD_DATE = phraseList(all((l) => l.forwarded.date));
export const FORWARD_SUBJECT = phraseList(all((l) => l.forwarded.subject));
