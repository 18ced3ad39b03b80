// OCR for receipts that arrive as images or scanned PDFs. Everything runs off the event loop:
// tesseract.js in a pool of worker threads, PDFium in a render thread.
import type { OcrLine } from "./engine";
import { renderPdf, shutdownPdfRenderer, type RenderPdfOptions } from "./pdf-pages";
import { recogniseImage, shutdownOcr as shutdownPool, type OcrResult, type RecogniseOptions } from "./pool";

export { OcrAborted, OcrError, OcrFailed, OcrRejected, OcrTimeout, type OcrRejection } from "./errors";
export { OCR_LANGUAGES, type OcrLanguage } from "./languages";
export {
  configureOcr,
  createOcrPool,
  type OcrPool,
  type OcrPoolOptions,
  type OcrResult,
  type RecogniseOptions,
} from "./pool";
export {
  pdfPagesLackingText,
  renderPdf,
  renderPdfPages,
  type RenderedPage,
  type RenderedPdf,
  type RenderPdfOptions,
} from "./pdf-pages";
export type { OcrLine } from "./engine";

/** Text of one image (PNG, JPEG, WebP, BMP, PNM), one visual line per line. */
export function ocrImage(image: Uint8Array, options: RecogniseOptions): Promise<OcrResult> {
  return recogniseImage(image, options);
}

export interface OcrPdfOptions
  extends RecogniseOptions, Pick<RenderPdfOptions, "maxPages" | "dpi" | "maxPixels" | "maxBytes"> {
  /** Bounds the rendering of the whole document; `timeoutMs` bounds each page's OCR. */
  renderTimeoutMs?: number;
}

export interface OcrPdfPage {
  /** 0-based page number. */
  index: number;
  text: string;
  lines: OcrLine[];
  confidence: number;
  renderMs: number;
  ocrMs: number;
}

export interface OcrPdfResult {
  /** The pages' text joined by newlines. */
  text: string;
  pages: OcrPdfPage[];
  pageCount: number;
  /** True when the PDF has more pages than `maxPages`: only the first ones were read. */
  truncated: boolean;
  durationMs: number;
}

/** Renders each page (up to `maxPages`) and reads it with OCR, one page after another. */
export async function ocrPdf(pdf: Uint8Array, options: OcrPdfOptions): Promise<OcrPdfResult> {
  const startedAt = performance.now();
  const { languages, timeoutMs, signal, renderTimeoutMs, ...render } = options;
  const rendered = await renderPdf(pdf, { ...render, timeoutMs: renderTimeoutMs, signal });
  const pages: OcrPdfPage[] = [];
  for (const page of rendered.pages) {
    const result = await recogniseImage(page.png, { languages, timeoutMs, signal });
    pages.push({
      index: page.index,
      text: result.text,
      lines: result.lines,
      confidence: result.confidence,
      renderMs: page.renderMs,
      ocrMs: result.durationMs,
    });
  }
  return {
    text: pages.map((page) => page.text).join("\n"),
    pages,
    pageCount: rendered.pageCount,
    truncated: rendered.pageCount > rendered.pages.length,
    durationMs: Math.round(performance.now() - startedAt),
  };
}

/** Ends the OCR workers and the PDF render thread (tests, process exit); later calls start new ones. */
export async function shutdownOcr(): Promise<void> {
  await Promise.all([shutdownPool(), shutdownPdfRenderer()]);
}
