// Finds the lexicons' wording in a message, by where it stands: the subject speaks for the whole
// mail, a document's first lines are its title, and footers repeat boilerplate ("unsubscribe",
// "future charges will…") that must not decide anything on their own.
import type { DocLine } from "./document";
import { SIGNAL_CLASSES, type SignalClass } from "./lexicons";
import { fold, type PhraseMatch } from "./phrases";
import { SIGNALS, WEAK_SIGNALS } from "./vocabulary";

export type Region = "subject" | "title" | "body" | "footer";

export interface Signal {
  cls: SignalClass;
  phrase: string;
  region: Region;
  weak: boolean;
}

const REGION_WEIGHT: Record<Region, number> = { subject: 3, title: 2, body: 1, footer: 0.4 };
const WEAK_FACTOR = 0.35;

/** Matches of every class in one text; a match inside a longer match of another class is dropped ("upcoming invoice" is not an invoice). */
function matchesIn(text: string): Array<PhraseMatch & { cls: SignalClass; weak: boolean }> {
  const folded = fold(text);
  const all: Array<PhraseMatch & { cls: SignalClass; weak: boolean }> = [];
  for (const cls of SIGNAL_CLASSES) {
    for (const m of SIGNALS[cls].matches(folded)) all.push({ ...m, cls, weak: false });
    for (const m of WEAK_SIGNALS[cls].matches(folded)) all.push({ ...m, cls, weak: true });
  }
  return all.filter(
    (m) =>
      !all.some(
        (o) =>
          o !== m &&
          o.cls !== m.cls &&
          o.length > m.length &&
          o.index <= m.index &&
          o.index + o.length >= m.index + m.length,
      ),
  );
}

export interface SignalSource {
  subject: string;
  /** Documents in reading order: the mail body, then attachments; each has its own title lines. */
  documents: DocLine[][];
}

export function collectSignals(source: SignalSource): Signal[] {
  const signals: Signal[] = [];
  const add = (text: string, region: Region) => {
    for (const m of matchesIn(text)) signals.push({ cls: m.cls, phrase: m.phrase, region, weak: m.weak });
  };
  add(source.subject, "subject");
  for (const lines of source.documents) {
    const footerFrom = lines.length > 14 ? Math.floor(lines.length * 0.75) : lines.length;
    // One pass per region; a line break never joins two lines into one phrase.
    const region = (from: number, to: number) =>
      lines
        .slice(from, to)
        .map((l) => l.text)
        .join("\n\n");
    add(region(0, 4), "title");
    add(region(4, Math.max(4, footerFrom)), "body");
    add(region(Math.max(4, footerFrom), lines.length), "footer");
  }
  return signals;
}

/** A class's weight: each phrase counts once, where it weighs most; capped so repetition cannot shout. */
export function classScores(signals: Signal[]): Record<SignalClass, number> {
  const best = new Map<string, number>();
  for (const s of signals) {
    const key = `${s.cls}\u0000${s.phrase}`;
    const weight = REGION_WEIGHT[s.region] * (s.weak ? WEAK_FACTOR : 1);
    best.set(key, Math.max(best.get(key) ?? 0, weight));
  }
  const scores = Object.fromEntries(SIGNAL_CLASSES.map((c) => [c, 0])) as Record<SignalClass, number>;
  for (const [key, weight] of best) {
    const cls = key.split("\u0000")[0] as SignalClass;
    scores[cls] = Math.min(7, scores[cls] + weight);
  }
  return scores;
}

export function inSubject(signals: Signal[], cls: SignalClass): boolean {
  return signals.some((s) => s.cls === cls && s.region === "subject" && !s.weak);
}

export function inSubjectOrTitle(signals: Signal[], cls: SignalClass): boolean {
  return signals.some((s) => s.cls === cls && (s.region === "subject" || s.region === "title") && !s.weak);
}
