// OCR of receipts that arrive as images or scanned PDFs: real tesseract.js workers and MuPDF, on
// receipts drawn inside the test (pdf-lib for Latin text, MuPDF's built-in CJK font for Japanese).
import { existsSync } from "node:fs";
import * as mupdf from "mupdf";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  OCR_LANGUAGES,
  OcrAborted,
  OcrRejected,
  OcrTimeout,
  createOcrPool,
  ocrImage,
  ocrPdf,
  pdfPagesLackingText,
  renderPdfPages,
  shutdownOcr,
  type OcrPool,
} from "@/lib/receipts/ocr";
import { languageDataFile } from "@/lib/receipts/ocr/languages";

const RECEIPT_LINES = ["CAFE MUSTER GMBH", "Hauptstrasse 12, Berlin", "Datum: 14.03.2025", "Kaffee 2x 6,80", "Kuchen 17,00", "SUMME EUR 23,80", "TOTAL 12.50"];

async function receiptPdf(lines = RECEIPT_LINES): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([226, 60 + lines.length * 22]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, i) => page.drawText(line, { x: 12, y: page.getHeight() - 30 - i * 22, size: 11, font }));
  return doc.save();
}

/** A PDF whose only page is a picture of the receipt: what a scanner or a phone app sends. */
async function scannedPdf(png: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  const page = doc.addPage([226, (226 * image.height) / image.width]);
  page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  return doc.save();
}

/** Japanese text needs a CJK font: MuPDF's wasm carries Droid Sans Fallback, so no font file ships. */
function japanesePdf(lines: string[]): Uint8Array {
  const doc = new mupdf.PDFDocument();
  const font = doc.addCJKFont(new mupdf.Font("ja"), "ja", 0, false);
  const utf16 = (s: string) => Buffer.from(s, "utf16le").swap16().toString("hex");
  const shown = lines.map((line, i) => `1 0 0 1 20 ${150 - i * 36} Tm <${utf16(line)}> Tj`).join(" ");
  const page = doc.addPage([0, 0, 320, 190], 0, doc.addObject({ Font: { F1: font } }), `BT /F1 22 Tf ${shown} ET`);
  doc.insertPage(-1, page);
  return doc.saveToBuffer("").asUint8Array().slice();
}

function encryptedPdf(plain: Uint8Array): Uint8Array {
  return new mupdf.PDFDocument(plain).saveToBuffer("encrypt=aes-256,user-password=secret,owner-password=owner").asUint8Array().slice();
}

/** A valid PNG signature and header claiming 100000 × 100000 pixels: 40 GB once decoded. */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "latin1");
    return Buffer.concat([head, data, Buffer.alloc(4)]);
  };
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", Buffer.alloc(64)), chunk("IEND", Buffer.alloc(0))]);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => expect.unreachable("expected a rejection"), (error: unknown) => error);
}

let receiptPng: Buffer;

beforeAll(async () => {
  [receiptPng] = (await renderPdfPages(await receiptPdf(), { dpi: 300 })) as [Buffer];
});

afterAll(async () => {
  await shutdownOcr();
});

describe("reading receipts", () => {
  it("reads the words and amounts of a rendered receipt, one visual line per line", async () => {
    const result = await ocrImage(receiptPng, { languages: ["de", "en"] });
    expect(result.text).toContain("SUMME EUR 23,80");
    expect(result.text).toContain("TOTAL 12.50");
    expect(result.text).toContain("14.03.2025");
    expect(result.text.split("\n")).toEqual(result.lines.map((line) => line.text));
    expect(result.lines).toHaveLength(RECEIPT_LINES.length);
    const total = result.lines.find((line) => line.text.startsWith("SUMME"))!;
    expect(total.confidence).toBeGreaterThan(80);
    expect(total.bbox.x1).toBeGreaterThan(total.bbox.x0);
    expect(total.bbox.y1).toBeGreaterThan(total.bbox.y0);
    expect(result.confidence).toBeGreaterThan(80);
    expect(result.durationMs).toBeGreaterThan(0);
  });

  it("gets the text of a scanned PDF (an image-only page) through ocrPdf, with per-page timings", async () => {
    const scan = await scannedPdf(receiptPng);
    expect(await pdfPagesLackingText(scan)).toEqual([0]);
    expect(await pdfPagesLackingText(await receiptPdf())).toEqual([]);

    const result = await ocrPdf(scan, { languages: ["de"] });
    expect(result.text).toContain("SUMME EUR 23,80");
    expect(result.text).toContain("TOTAL 12.50");
    expect(result).toMatchObject({ pageCount: 1, truncated: false });
    expect(result.pages[0]!.renderMs).toBeGreaterThanOrEqual(0);
    expect(result.pages[0]!.ocrMs).toBeGreaterThan(0);
  });

  it("reads only the first maxPages pages of a long PDF and says so", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const label of ["PAGE ONE", "PAGE TWO", "PAGE THREE"]) {
      doc.addPage([200, 80]).drawText(label, { x: 10, y: 40, size: 14, font });
    }
    const result = await ocrPdf(await doc.save(), { languages: ["en"], maxPages: 2 });
    expect(result).toMatchObject({ pageCount: 3, truncated: true });
    expect(result.text).toBe("PAGE ONE\nPAGE TWO");
  });

  it("draws a page larger than maxPixels at a lower resolution instead of refusing it", async () => {
    const [png] = await renderPdfPages(await receiptPdf(), { dpi: 600, maxPixels: 500_000 });
    const width = png!.readUInt32BE(16);
    const height = png!.readUInt32BE(20);
    expect(width * height).toBeLessThanOrEqual(500_000);
    expect(width * height).toBeGreaterThan(400_000);
  });

  it("reads Japanese with the jpn model", async () => {
    // Spaces inside Japanese are dropped; the wide gap before the amount stays.
    const result = await ocrPdf(japanesePdf(["領収書 東京", "合計 1280円"]), { languages: ["ja"] });
    expect(result.text).toContain("領収書");
    expect(result.text).toContain("合計 1280円");
  });

  it("ships every product language, each loading from its npm package", async () => {
    const codes = Object.values(OCR_LANGUAGES);
    expect(codes).toEqual(["eng", "deu", "fra", "spa", "ita", "nld", "por", "pol", "swe", "nor", "dan", "jpn"]);
    for (const code of codes) expect(existsSync(languageDataFile(code))).toBe(true);
    const pool = createOcrPool();
    try {
      const small = (await renderPdfPages(await receiptPdf(["TOTAL 12.50"]), { dpi: 200 }))[0]!;
      for (const languages of [["en", "de", "fr", "es"], ["it", "nl", "pt", "pl"], ["sv", "nb", "da"]]) {
        expect((await pool.recogniseImage(small, { languages })).text).toContain("12.50");
      }
    } finally {
      await pool.shutdown();
    }
  });
});

describe("refusing what it should not read", () => {
  let pool: OcrPool;
  beforeAll(() => {
    pool = createOcrPool({ maxImageBytes: 2 * 1024 * 1024, maxImagePixels: 20_000_000 });
  });
  afterAll(() => pool.shutdown());

  it("refuses a PNG whose header claims 100000×100000 pixels without decoding it", async () => {
    const error = await rejection(pool.recogniseImage(pngClaiming(100_000, 100_000), { languages: ["en"] }));
    expect(error).toBeInstanceOf(OcrRejected);
    expect(error).toMatchObject({ rejection: "image-too-many-pixels", permanent: true });
    expect((error as Error).message).toMatch(/^image too large \(100000×100000 = 10000\.0 MP, limit 20\.0 MP\)$/);
    expect(pool.stats().workers).toBe(0); // refused before any worker was started
  });

  it("refuses an image over the byte limit", async () => {
    const big = Buffer.concat([receiptPng, Buffer.alloc(2 * 1024 * 1024)]);
    expect(await rejection(pool.recogniseImage(big, { languages: ["en"] }))).toMatchObject({ rejection: "image-too-large" });
  });

  it.each([
    ["bytes that are no image", Buffer.from("definitely not an image"), "image-unreadable"],
    ["a GIF", Buffer.from("GIF89a\x10\x00\x10\x00\x00\x00\x00;", "latin1"), "image-unsupported"],
  ])("refuses %s from the header", async (_, image, kind) => {
    expect(await rejection(pool.recogniseImage(image, { languages: ["en"] }))).toMatchObject({ rejection: kind });
  });

  it("reports an image whose header is fine but whose data is corrupt, and the worker keeps working", async () => {
    const corrupt = Buffer.from(receiptPng);
    corrupt.fill(0x5a, 60, corrupt.length - 12);
    const error = await rejection(pool.recogniseImage(corrupt, { languages: ["en"] }));
    expect(error).toBeInstanceOf(OcrRejected);
    expect(error).toMatchObject({ rejection: "image-unreadable" });
    expect((await pool.recogniseImage(receiptPng, { languages: ["en"] })).text).toContain("TOTAL 12.50");
  });

  it("refuses a language it does not ship", async () => {
    const error = await rejection(pool.recogniseImage(receiptPng, { languages: ["xx"] }));
    expect(error).toMatchObject({ rejection: "language-unsupported" });
    expect((error as Error).message).toMatch(/"xx" is not shipped/);
  });

  it.each([
    ["password-protected", async () => encryptedPdf(await receiptPdf()), "pdf-encrypted", /^PDF is password-protected$/],
    ["not a PDF at all", async () => Buffer.from("%PDF-1.7 but nothing else follows"), "pdf-unreadable", /^not a readable PDF/],
    ["cut off after 300 bytes", async () => (await receiptPdf()).slice(0, 300), "pdf-unreadable", /readable PDF|no pages|broken|could not be read/],
  ])("gives a typed error for a PDF that is %s", async (_, make, kind, message) => {
    const error = await rejection(ocrPdf(await make(), { languages: ["en"] }));
    expect(error).toBeInstanceOf(OcrRejected);
    expect(error).toMatchObject({ rejection: kind });
    expect((error as Error).message).toMatch(message);
  });
});

describe("staying bounded", () => {
  it("terminates a worker that runs past its timeout and replaces it for the next call", async () => {
    const pool = createOcrPool();
    try {
      await pool.recogniseImage(receiptPng, { languages: ["en"] }); // a started worker, so only recognition is timed
      const error = await rejection(pool.recogniseImage(receiptPng, { languages: ["en"], timeoutMs: 5 }));
      expect(error).toBeInstanceOf(OcrTimeout);
      expect(error).toMatchObject({ stage: "recognise", timeoutMs: 5 });
      expect(pool.stats()).toEqual({ workers: 0, busy: 0, queued: 0, started: 1 });
      expect((await pool.recogniseImage(receiptPng, { languages: ["en"] })).text).toContain("TOTAL 12.50");
      expect(pool.stats()).toMatchObject({ workers: 1, started: 2 });
    } finally {
      await pool.shutdown();
    }
  });

  it("ends a PDF render that runs past its timeout, and the next render gets a fresh thread", async () => {
    const pdf = await receiptPdf();
    const error = await rejection(renderPdfPages(pdf, { timeoutMs: 1 }));
    expect(error).toBeInstanceOf(OcrTimeout);
    expect(error).toMatchObject({ stage: "render", message: "PDF rendering took longer than 1 ms" });
    expect(await renderPdfPages(pdf)).toHaveLength(1);
  });

  it("stops on abort, waiting or running, and keeps working", async () => {
    const pool = createOcrPool({ workers: 1 });
    try {
      const running = new AbortController();
      const waiting = new AbortController();
      const first = rejection(pool.recogniseImage(receiptPng, { languages: ["en"], signal: running.signal }));
      const second = rejection(pool.recogniseImage(receiptPng, { languages: ["en"], signal: waiting.signal }));
      expect(pool.stats().queued).toBe(1);
      waiting.abort();
      expect(await second).toBeInstanceOf(OcrAborted);
      setTimeout(() => running.abort(), 50);
      expect(await first).toBeInstanceOf(OcrAborted);
      expect((await pool.recogniseImage(receiptPng, { languages: ["en"] })).text).toContain("TOTAL 12.50");
    } finally {
      await pool.shutdown();
    }
  });

  it("refuses calls beyond the queue limit and fails queued calls on shutdown", async () => {
    const pool = createOcrPool({ workers: 1, maxQueue: 1 });
    const running = pool.recogniseImage(receiptPng, { languages: ["en"] });
    const queued = rejection(pool.recogniseImage(receiptPng, { languages: ["en"] }));
    const refused = await rejection(pool.recogniseImage(receiptPng, { languages: ["en"] }));
    expect(refused).toMatchObject({ rejection: "queue-full", permanent: false });
    await pool.shutdown();
    expect(await queued).toMatchObject({ code: "OCR_FAILED", message: "OCR was shut down" });
    await running.catch(() => {});
  });

  it("keeps one language set per worker, reusing it and replacing it when another is asked for", async () => {
    const pool = createOcrPool({ workers: 2 });
    try {
      await Promise.all([pool.recogniseImage(receiptPng, { languages: ["de"] }), pool.recogniseImage(receiptPng, { languages: ["en"] })]);
      expect(pool.stats()).toMatchObject({ workers: 2, started: 2 });
      expect((await pool.recogniseImage(receiptPng, { languages: ["de"] })).text).toContain("SUMME EUR 23,80");
      expect(pool.stats()).toMatchObject({ workers: 2, started: 2 });
      expect((await pool.recogniseImage(receiptPng, { languages: ["fr"] })).text).toContain("SUMME EUR 23,80");
      expect(pool.stats()).toMatchObject({ workers: 2, started: 3 });
    } finally {
      await pool.shutdown();
    }
  });
});
