// Phrase matching for lexicons: case- and accent-insensitive, whole words unless a phrase says
// otherwise with `*`. Text is folded once (fold()) and every list becomes one regular expression.

const EXTRA_FOLDS: Record<string, string> = {
  ß: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ı: "i",
  ð: "d",
  þ: "th",
};

/**
 * Lower case, compatibility forms (full-width letters and digits) and no accents: what matching sees.
 * Keeps one character per character where it can, so short texts stay comparable.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßøæœłđıðþ]/g, (c) => EXTRA_FOLDS[c] ?? c)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, " ");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORDLIKE = /[\p{L}\p{N}]/u;
// Scripts without spaces between words (Japanese) match anywhere.
const isSpaced = (c: string | undefined) => c !== undefined && /[\p{Script=Latin}\p{N}]/u.test(c);

// "…" between words of a phrase stands for a few words of the sentence ("zahlung … abgelehnt"
// matches "Zahlung an Lufthansa wurde abgelehnt"), never across a line.
const GAP = "[^\\n]{1,40}?";

/** A phrase as a plain pattern (no lookarounds, no Unicode classes: those make a long alternation slow). */
function phraseSource(core: string): string {
  return core
    .split(/\s*(?:…|\.\.\.)\s*/) // fold() turns "…" into "..."
    .map((part) =>
      part
        .split(/\s+/)
        .map((word) => escape(word).replace(/\\\./g, "\\.?"))
        .join("[ \\-/]?"),
    )
    .join(GAP);
}

export interface PhraseMatch {
  phrase: string;
  index: number;
  length: number;
}

export interface PhraseList {
  readonly phrases: readonly string[];
  /** Does folded `text` contain any phrase? */
  test(folded: string): boolean;
  /** Every match in folded `text`, left to right; `phrase` is the matched text as folded. */
  matches(folded: string): PhraseMatch[];
  /** Like matches(), with `phrase` the lexicon's own wording (costlier: for short labels). */
  identify(folded: string): PhraseMatch[];
  /** How many matches there are. */
  count(folded: string): number;
}

interface Group {
  re: RegExp;
  /** Whole-word phrases need a word boundary at their start and end; `*` lifts one side. */
  checkBefore: boolean;
  checkAfter: boolean;
  entries: Array<{ phrase: string; exact: RegExp }>;
}

function bounded(text: string, index: number, length: number, group: Group): boolean {
  const first = text[index];
  const last = text[index + length - 1];
  if (group.checkBefore && isSpaced(first) && index > 0 && WORDLIKE.test(text[index - 1] ?? "")) return false;
  if (group.checkAfter && isSpaced(last) && WORDLIKE.test(text[index + length] ?? "")) return false;
  return true;
}

/**
 * Each list compiles to at most three alternations (whole words, `word*`, `*word`), longest phrase
 * first so the most specific wins; word boundaries are checked on each hit.
 */
export function phraseList(phrases: readonly string[]): PhraseList {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const buckets = new Map<string, Array<{ phrase: string; source: string }>>();
  for (const phrase of unique) {
    const folded = fold(phrase);
    const prefix = folded.endsWith("*");
    const suffix = folded.startsWith("*");
    const core = folded.replace(/^\*|\*$/g, "");
    if (!core) continue;
    const key = `${suffix ? 0 : 1}${prefix ? 0 : 1}`;
    buckets.set(key, [...(buckets.get(key) ?? []), { phrase, source: phraseSource(core) }]);
  }
  const groups: Group[] = [...buckets].map(([key, entries]) => ({
    re: new RegExp(entries.map((e) => e.source).join("|"), "g"),
    checkBefore: key[0] === "1",
    checkAfter: key[1] === "1",
    entries: entries.map((e) => ({ phrase: e.phrase, exact: new RegExp(`^(?:${e.source})$`) })),
  }));

  const each = (folded: string, visit: (m: PhraseMatch, group: Group) => boolean | void) => {
    for (const group of groups) {
      group.re.lastIndex = 0;
      for (let m = group.re.exec(folded); m; m = group.re.exec(folded)) {
        if (m[0].length === 0) {
          group.re.lastIndex++;
          continue;
        }
        if (!bounded(folded, m.index, m[0].length, group)) {
          group.re.lastIndex = m.index + 1;
          continue;
        }
        if (visit({ phrase: m[0], index: m.index, length: m[0].length }, group) === true) return;
      }
    }
  };
  const sorted = (found: PhraseMatch[]) => found.sort((a, b) => a.index - b.index || b.length - a.length);
  return {
    phrases: unique,
    test(folded) {
      let hit = false;
      each(folded, () => (hit = true));
      return hit;
    },
    matches(folded) {
      const found: PhraseMatch[] = [];
      each(folded, (m) => void found.push(m));
      return sorted(found);
    },
    identify(folded) {
      const found: PhraseMatch[] = [];
      each(
        folded,
        (m, group) =>
          void found.push({ ...m, phrase: group.entries.find((e) => e.exact.test(m.phrase))?.phrase ?? m.phrase }),
      );
      return sorted(found);
    },
    count(folded) {
      let n = 0;
      each(folded, () => void n++);
      return n;
    },
  };
}
