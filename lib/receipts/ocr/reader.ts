// The OCR the recognition pipeline uses: bounded per attachment so a slow scan cannot hold a run.
import type { OcrReader } from "../recognition/recognise-mail";
import { ocrImage, ocrPdf } from "./index";

/** Per page or image; a run's heartbeat keeps going meanwhile (OCR runs in worker threads). */
export const OCR_TIMEOUT_MS = 45_000;
export const OCR_MAX_PAGES = 3;

export const ocrReader: OcrReader = {
  async image(data, languages) {
    return (await ocrImage(data, { languages, timeoutMs: OCR_TIMEOUT_MS })).text;
  },
  async pdf(data, languages) {
    return (
      await ocrPdf(data, {
        languages,
        timeoutMs: OCR_TIMEOUT_MS,
        maxPages: OCR_MAX_PAGES,
        dpi: 200,
        renderTimeoutMs: OCR_TIMEOUT_MS,
      })
    ).text;
  },
};
