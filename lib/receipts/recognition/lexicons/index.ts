// Every language the recognition reads. Adding one is adding its file here (and fixtures).
import { da } from "./da";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { ja } from "./ja";
import { nb } from "./nb";
import { nl } from "./nl";
import { pl } from "./pl";
import { pt } from "./pt";
import { sv } from "./sv";
import type { LanguageCode, Lexicon } from "./types";

export const LEXICONS: Record<LanguageCode, Lexicon> = { en, de, fr, es, it, nl, pt, pl, sv, nb, da, ja };
export const LANGUAGES = Object.keys(LEXICONS) as LanguageCode[];
export type { LanguageCode, Lexicon, SignalClass } from "./types";
export { SIGNAL_CLASSES } from "./types";
