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
import { percentile } from "./results";

const PAGES = 10;

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

async function startTimes(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "ocr-bench-"));
  try {
    for (const languages of [["en"], ["de", "en"], ["ja"], ["en", "de", "fr", "es"]]) {
      const codes = tesseractLanguages(languages);
      await linkLanguageData(codes, dir);
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const engine = await EngineWorker.start(codes, dir, { timeoutMs: 60_000 });
        times.push(performance.now() - started);
        await engine.terminate();
      }
      console.log(
        `worker start ${codes.join("+").padEnd(16)} median ${Math.round(percentile(times, 50))} ms  (3 starts: ${times.map(Math.round).join(", ")})`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function pageTimes(kind: "receipt" | "invoice", languages: string[]): Promise<void> {
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
  } finally {
    await pool.shutdown();
  }
}

console.log(`RSS before: ${rssMb()} MB`);
let rssPeak = 0;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb())), 50);
await startTimes();
await pageTimes("receipt", ["de"]);
await pageTimes("receipt", ["de", "en"]);
await pageTimes("invoice", ["de", "en"]);
console.log(`RSS after: ${rssMb()} MB, peak ${rssPeak} MB`);
await shutdownOcr();
clearInterval(sampler);
console.log(`RSS after shutdownOcr: ${rssMb()} MB`);
