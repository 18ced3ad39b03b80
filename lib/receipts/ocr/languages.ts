// The OCR languages the product ships, as npm packages (@tesseract.js-data/<code>), so nothing is
// downloaded at run time. Our language codes are ISO 639-1; tesseract names its models ISO 639-2.
import { copyFile, readlink, symlink, unlink, access } from "node:fs/promises";
import path from "node:path";
import dan from "@tesseract.js-data/dan";
import deu from "@tesseract.js-data/deu";
import eng from "@tesseract.js-data/eng";
import fra from "@tesseract.js-data/fra";
import ita from "@tesseract.js-data/ita";
import jpn from "@tesseract.js-data/jpn";
import nld from "@tesseract.js-data/nld";
import nor from "@tesseract.js-data/nor";
import pol from "@tesseract.js-data/pol";
import por from "@tesseract.js-data/por";
import spa from "@tesseract.js-data/spa";
import swe from "@tesseract.js-data/swe";
import { OcrFailed, OcrRejected } from "./errors";

/** Our language code (ISO 639-1) → tesseract's model name. */
export const OCR_LANGUAGES = {
  en: "eng",
  de: "deu",
  fr: "fra",
  es: "spa",
  it: "ita",
  nl: "nld",
  pt: "por",
  pl: "pol",
  sv: "swe",
  nb: "nor",
  da: "dan",
  ja: "jpn",
} as const;

export type OcrLanguage = keyof typeof OCR_LANGUAGES;
export type TesseractLanguage = (typeof OCR_LANGUAGES)[OcrLanguage];

/** Each recognised language costs time on every image; receipts need one or two. */
export const MAX_LANGUAGES_PER_CALL = 4;

const PACKAGES: Record<TesseractLanguage, { langPath: string }> = {
  eng,
  deu,
  fra,
  spa,
  ita,
  nld,
  por,
  pol,
  swe,
  nor,
  dan,
  jpn,
};

// "no" (Norwegian) is what mail headers and browsers often say for Bokmål.
const ALIASES: Record<string, TesseractLanguage> = { no: "nor" };

/**
 * The tesseract model names for the given languages, in the caller's order (the first one leads),
 * without duplicates. Accepts our codes ("de") and tesseract's ("deu"), any case.
 */
export function tesseractLanguages(languages: readonly string[]): TesseractLanguage[] {
  if (languages.length === 0) throw new OcrRejected("language-unsupported", "no OCR language given");
  const codes: TesseractLanguage[] = [];
  for (const language of languages) {
    const code = toTesseract(language.trim().toLowerCase());
    if (!code) {
      const known = Object.keys(OCR_LANGUAGES).join(", ");
      throw new OcrRejected("language-unsupported", `OCR language "${language}" is not shipped (known: ${known})`);
    }
    if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length > MAX_LANGUAGES_PER_CALL) {
    throw new OcrRejected(
      "language-unsupported",
      `at most ${MAX_LANGUAGES_PER_CALL} OCR languages per image (got ${codes.length})`,
    );
  }
  return codes;
}

function toTesseract(code: string): TesseractLanguage | undefined {
  if (code in OCR_LANGUAGES) return OCR_LANGUAGES[code as OcrLanguage];
  if (code in PACKAGES) return code as TesseractLanguage;
  return ALIASES[code];
}

/**
 * The gzipped model file of a language. Each package holds two builds: `4.0.0` (legacy engine +
 * LSTM) and `4.0.0_best_int` (LSTM only). We run the LSTM engine, and its own build loads faster
 * and read Japanese better in our measurements, so that is the one used.
 */
export function languageDataFile(code: TesseractLanguage): string {
  const pkg = PACKAGES[code];
  return path.join(path.dirname(pkg.langPath), "4.0.0_best_int", `${code}.traineddata.gz`);
}

/**
 * Makes `dir` hold `<code>.traineddata.gz` for each language, as links to the package files:
 * tesseract.js reads every language of a worker from one `langPath`, and each package has its own.
 */
export async function linkLanguageData(codes: readonly TesseractLanguage[], dir: string): Promise<void> {
  await Promise.all(codes.map((code) => linkOne(languageDataFile(code), path.join(dir, `${code}.traineddata.gz`))));
}

async function linkOne(target: string, link: string): Promise<void> {
  try {
    await access(target);
  } catch {
    throw new OcrFailed(`OCR language data is missing: ${target} (reinstall the @tesseract.js-data packages)`);
  }
  try {
    await symlink(target, link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      if ((await readlink(link).catch(() => undefined)) === target) return;
      await unlink(link);
      return linkOne(target, link);
    }
    // Where symlinks are not allowed (Windows without developer mode), a copy does the same job.
    if (code === "EPERM" || code === "ENOTSUP" || code === "EACCES") return copyFile(target, link);
    throw error;
  }
}
