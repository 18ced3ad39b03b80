// node --import tsx bench/ocr.ts — what OCR costs per page on this machine: worker start per
// language set, render and OCR time per page (median and p95 over ten pages of each kind), the
// process' memory before and after, and the worst event-loop delay while OCR ran (it runs in
// threads, so the loop should stay free). Pages are drawn here with pdf-lib, so runs compare.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { EngineWorker } from "@/lib/receipts/ocr/engine";
import { createOcrPool, renderPdf, shutdownOcr } from "@/lib/receipts/ocr";
import { linkLanguageData, tesseractLanguages } from "@/lib/receipts/ocr/languages";
import { percentile, quick, recordResult } from "./results";

const PAGES = quick ? 4 : 10;
const STARTS = quick ? 1 : 3;

const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

/** Ten receipts (80 mm till rolls, 25–40 lines) or ten A4 invoices (~45 lines), each different. */
async function pages(kind: "receipt" | "invoice"): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Courier);
  for (let n = 0; n < PAGES; n++) {
    const items = kind === "receipt" ? 20 + ((n * 7) % 16) : 38;
    const lines = [
      `${kind === "receipt" ? "BAECKEREI" : "RECHNUNG"} NR ${4711 + n}`,
      "Hauptstrasse 12, 10115 Berlin",
      `Datum: ${10 + n}.03.2025 14:${10 + n}`,
    ];
    let cents = 0;
    for (let i = 0; i < items; i++) {
      const price = 95 + ((i * 37 + n * 11) % 2400);
      cents += price;
      lines.push(
        `${["Brot", "Kaffee", "Kuchen", "Milch", "Service", "Lizenz"][i % 6]} ${i + 1}`.padEnd(22) +
          `${(price / 100).toFixed(2).replace(".", ",")} EUR`,
      );
    }
    lines.push(
      `SUMME EUR ${(cents / 100).toFixed(2).replace(".", ",")}`,
      `MwSt 19% ${((cents * 0.19) / 100).toFixed(2).replace(".", ",")}`,
    );
    const [width, size, lead] = kind === "receipt" ? [227, 8, 11] : [595, 10, 16];
    const page = doc.addPage([width, kind === "receipt" ? 40 + lines.length * lead : 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 14, y: page.getHeight() - 24 - i * lead, size, font }));
  }
  return doc.save();
}

async function startTimes(): Promise<Record<string, number>> {
  const medians: Record<string, number> = {};
  const dir = await mkdtemp(path.join(tmpdir(), "ocr-bench-"));
  try {
    for (const languages of [["en"], ["de", "en"], ["ja"], ["en", "de", "fr", "es"]]) {
      const codes = tesseractLanguages(languages);
      await linkLanguageData(codes, dir);
      const times: number[] = [];
      for (let i = 0; i < STARTS; i++) {
        const started = performance.now();
        const engine = await EngineWorker.start(codes, dir, { timeoutMs: 60_000 });
        times.push(performance.now() - started);
        await engine.terminate();
      }
      medians[codes.join("+")] = Math.round(percentile(times, 50));
      console.log(
        `worker start ${codes.join("+").padEnd(16)} median ${Math.round(percentile(times, 50))} ms  (${STARTS} starts: ${times.map(Math.round).join(", ")})`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return medians;
}

interface PageFigures {
  ocr_median_ms: number;
  ocr_p95_ms: number;
  render_median_ms: number;
  loop_delay_max_ms: number;
}

async function pageTimes(kind: "receipt" | "invoice", languages: string[]): Promise<PageFigures> {
  const rendered = await renderPdf(await pages(kind), { maxPages: PAGES, dpi: 300 });
  const pool = createOcrPool();
  try {
    const first = await pool.recogniseImage(rendered.pages[0]!.png, { languages });
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const ocr: number[] = [];
    for (const page of rendered.pages) ocr.push((await pool.recogniseImage(page.png, { languages })).durationMs);
    loop.disable();
    const render = rendered.pages.map((page) => page.renderMs);
    const { width, height } = rendered.pages[0]!;
    console.log(
      `${kind.padEnd(8)} ${PAGES} pages, ${width}×${height}px at 300 dpi, ${languages.join("+")}: ` +
        `OCR median ${percentile(ocr, 50)} ms, p95 ${percentile(ocr, 95)} ms; ` +
        `render median ${percentile(render, 50)} ms, p95 ${percentile(render, 95)} ms; ` +
        `first call with worker start ${first.durationMs} ms; ` +
        `event-loop delay during OCR max ${Math.round(loop.max / 1e6)} ms`,
    );
    return {
      ocr_median_ms: percentile(ocr, 50),
      ocr_p95_ms: percentile(ocr, 95),
      render_median_ms: percentile(render, 50),
      loop_delay_max_ms: Math.round(loop.max / 1e6),
    };
  } finally {
    await pool.shutdown();
  }
}

const rssBefore = rssMb();
console.log(`RSS before: ${rssBefore} MB`);
let rssPeak = 0;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb())), 50);
const starts = await startTimes();
const receiptDe = await pageTimes("receipt", ["de"]);
const receiptDeEn = await pageTimes("receipt", ["de", "en"]);
const invoiceDeEn = await pageTimes("invoice", ["de", "en"]);
console.log(`RSS after: ${rssMb()} MB, peak ${rssPeak} MB`);
await shutdownOcr();
clearInterval(sampler);
const rssAfterShutdown = rssMb();
console.log(`RSS after shutdownOcr: ${rssAfterShutdown} MB`);
// OCR runs in threads: a loop blocked longer than this would stall every request the process serves.
const MAX_LOOP_DELAY_MS = 100;
const loopDelay = Math.max(receiptDe.loop_delay_max_ms, receiptDeEn.loop_delay_max_ms, invoiceDeEn.loop_delay_max_ms);
recordResult("ocr", {
  figures: {
    pages: PAGES,
    worker_start_median_ms: starts,
    receipt_de: receiptDe,
    receipt_de_en: receiptDeEn,
    invoice_de_en: invoiceDeEn,
    receipt_ocr_median_ms: receiptDeEn.ocr_median_ms,
    invoice_ocr_median_ms: invoiceDeEn.ocr_median_ms,
    rss_peak_mb: rssPeak,
    rss_after_shutdown_mb: rssAfterShutdown,
  },
  baseline: { rss_before_mb: rssBefore },
  targets: [
    {
      label: `event-loop delay during OCR ≤ ${MAX_LOOP_DELAY_MS} ms (${loopDelay} ms)`,
      met: loopDelay <= MAX_LOOP_DELAY_MS,
    },
  ],
});
