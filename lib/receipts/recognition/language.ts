// Which language a message is written in: the lexicon whose frequent words and phrases it uses
// most, nudged by the sender's country domain. Decides what "kr" means, how numeric dates read
// and which currency an unmarked amount is in.
import { LANGUAGES, LEXICONS, type LanguageCode } from "./lexicons";
import { fold, phraseList } from "./phrases";

const MARKERS = Object.fromEntries(
  LANGUAGES.map((code) => [code, new Set(LEXICONS[code].markers.map(fold))]),
) as Record<LanguageCode, Set<string>>;
const PHRASES = Object.fromEntries(
  LANGUAGES.map((code) => {
    const l = LEXICONS[code];
    return [
      code,
      phraseList([
        ...Object.values(l.signals).flat(),
        ...l.totals.paid,
        ...l.totals.grand,
        ...l.totals.due,
        ...l.dates.own.filter((p) => p.length > 4),
      ]),
    ];
  }),
) as Record<LanguageCode, ReturnType<typeof phraseList>>;

const TLD_LANGUAGE: Record<string, LanguageCode> = {
  de: "de",
  at: "de",
  ch: "de",
  fr: "fr",
  be: "fr",
  es: "es",
  mx: "es",
  ar: "es",
  cl: "es",
  co: "es",
  it: "it",
  nl: "nl",
  pt: "pt",
  br: "pt",
  pl: "pl",
  se: "sv",
  no: "nb",
  dk: "da",
  jp: "ja",
  uk: "en",
  us: "en",
  au: "en",
  ca: "en",
  nz: "en",
  ie: "en",
  in: "en",
};

export interface LanguageGuess {
  language: LanguageCode;
  scores: Partial<Record<LanguageCode, number>>;
}

export function detectLanguage(text: string, senderDomain: string): LanguageGuess {
  const sample = fold(text.slice(0, 6_000));
  const scores: Partial<Record<LanguageCode, number>> = {};
  // Kana only occur in Japanese.
  const kana = (sample.match(/[\u3040-\u30ff]/g) ?? []).length;
  if (kana >= 5) scores.ja = 50 + kana;
  const words = sample.match(/[\p{L}]+/gu) ?? [];
  for (const code of LANGUAGES) {
    if (code === "ja") continue;
    let score = 0;
    for (const word of words.slice(0, 3000)) if (MARKERS[code].has(word)) score += 1;
    score += PHRASES[code].count(sample) * 3;
    if (score) scores[code] = score;
  }
  const tld = senderDomain.toLowerCase().split(".").pop() ?? "";
  const byDomain = TLD_LANGUAGE[tld];
  if (byDomain) scores[byDomain] = (scores[byDomain] ?? 0) * 1.25 + 4;
  let best: LanguageCode = byDomain ?? "en";
  for (const code of LANGUAGES) if ((scores[code] ?? 0) > (scores[best] ?? 0)) best = code;
  return { language: best, scores };
}
