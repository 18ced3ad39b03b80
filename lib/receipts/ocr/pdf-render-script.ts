// The code the PDF render thread runs (as `eval` source: a file beside this one would need a
// loader in tsx/vitest and would not be traced into a Next build). It loads PDFium (wasm, from
// @hyzyla/pdfium) once and answers one request at a time; the main thread bounds time and
// terminates it when needed. Being eval source, its imports resolve from the process' working
// directory: the project root for `next start`, the tsx scripts and vitest alike.
//
// PDFium draws each page into a grey bitmap (one byte a pixel) that this thread encodes as PNG with
// pngjs; the resolution goes into a pHYs chunk so tesseract reads it
// instead of estimating it. pdfPagesLackingText asks PDFium's text layer of each page.
//
// request  { id, op: "render", pdf, maxPages, dpi, maxPixels } | { id, op: "text", pdf, maxPages }
// response { id, ok: true, pageCount, pages: [{ index, png, width, height, dpi, renderMs }] }
//        | { id, ok: true, pageCount, lackingText: [index…] }
//        | { id, ok: false, rejection: "pdf-encrypted" | "pdf-unreadable" | undefined, fatal, message }
// `fatal` says the thread should be replaced: PDFium failed in a way (an abort in the wasm, memory
// exhausted) after which its state cannot be trusted.

export const PDF_RENDER_SCRIPT = String.raw`
const { parentPort } = require("node:worker_threads");
const { PNG } = require("pngjs");
let loading;

// fpdfview.h
const FPDF_ERR = { 1: "unknown error", 2: "file could not be opened", 3: "not in PDF format or corrupted", 4: "password required", 5: "unsupported security scheme", 6: "page not found or content error" };
const FPDF_ERR_PASSWORD = 4, FPDF_ERR_SECURITY = 5;
const FPDFBitmap_Gray = 1;
const FPDF_ANNOT = 0x01, FPDF_GRAYSCALE = 0x08;

class Refused extends Error {
  constructor(rejection, message) { super(message); this.rejection = rejection; }
}

async function load() {
  const { PDFiumModule } = await import("@hyzyla/pdfium");
  // PDFium reports what it repairs in a broken file; that is not ours to print.
  const pdfium = await PDFiumModule({ print() {}, printErr() {} });
  pdfium._FPDF_InitLibrary();
  return pdfium;
}

function malloc(pdfium, size) {
  const pointer = pdfium.wasmExports.malloc(size);
  if (!pointer) throw new Error("PDFium is out of memory (" + size + " bytes asked for)");
  return pointer;
}

function open(pdfium, bytes) {
  const data = malloc(pdfium, Math.max(1, bytes.byteLength));
  pdfium.HEAPU8.set(bytes, data);
  const doc = pdfium._FPDF_LoadMemDocument(data, bytes.byteLength, 0);
  if (!doc) {
    const code = pdfium._FPDF_GetLastError();
    pdfium.wasmExports.free(data);
    if (code === FPDF_ERR_PASSWORD) throw new Refused("pdf-encrypted", "PDF is password-protected");
    if (code === FPDF_ERR_SECURITY) throw new Refused("pdf-encrypted", "PDF is encrypted with an unsupported security handler");
    throw new Refused("pdf-unreadable", "not a readable PDF (" + (FPDF_ERR[code] || "error " + code) + ")");
  }
  const close = () => { pdfium._FPDF_CloseDocument(doc); pdfium.wasmExports.free(data); };
  const pageCount = pdfium._FPDF_GetPageCount(doc);
  if (pageCount < 1) {
    close();
    throw new Refused("pdf-unreadable", "PDF has no pages");
  }
  return { doc, pageCount, close };
}

function withPage(pdfium, doc, index, use) {
  const page = pdfium._FPDF_LoadPage(doc, index);
  if (!page) throw new Refused("pdf-unreadable", "PDF page " + (index + 1) + " could not be read");
  try {
    return use(page);
  } finally {
    pdfium._FPDF_ClosePage(page);
  }
}

function fit(pdfium, page, dpi, maxPixels) {
  const points = (value) => (Number.isFinite(value) && value > 0 ? value : 1);
  const width = points(pdfium._FPDF_GetPageWidthF(page)), height = points(pdfium._FPDF_GetPageHeightF(page));
  const size = (s) => [Math.max(1, Math.round(width * s)), Math.max(1, Math.round(height * s))];
  const pixels = (s) => size(s)[0] * size(s)[1];
  // A large page is drawn at a lower resolution rather than refused.
  let scale = Math.max(dpi, 1) / 72;
  if (pixels(scale) > maxPixels) scale *= Math.sqrt(maxPixels / pixels(scale));
  while (pixels(scale) > maxPixels && pixels(scale) > 1) scale *= 0.995;
  const [w, h] = size(scale);
  return { scale, width: w, height: h };
}

// One byte a pixel, rows top to bottom, white where the page draws nothing.
function draw(pdfium, page, width, height) {
  const bytes = width * height;
  const buffer = malloc(pdfium, bytes);
  let bitmap = 0;
  try {
    bitmap = pdfium._FPDFBitmap_CreateEx(width, height, FPDFBitmap_Gray, buffer, width);
    if (!bitmap) throw new Error("PDFium could not make a " + width + "×" + height + " bitmap");
    pdfium._FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
    pdfium._FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, FPDF_ANNOT | FPDF_GRAYSCALE);
    // HEAPU8 is read only now: drawing may have grown the wasm memory, which replaces it.
    return Buffer.from(pdfium.HEAPU8.subarray(buffer, buffer + bytes));
  } finally {
    if (bitmap) pdfium._FPDFBitmap_Destroy(bitmap);
    pdfium.wasmExports.free(buffer);
  }
}

function encodePng(gray, width, height, dpi) {
  const png = new PNG({ width, height, colorType: 0, inputColorType: 0, inputHasAlpha: false, bitDepth: 8 });
  png.data = gray;
  // Paeth filtering: about as small as pngjs' default of trying every filter on each row (which
  // takes three times as long) on a grey scan, and within a few per cent of it on text.
  const encoded = PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false, filterType: 4 });
  // pHYs (pixels per metre) after the 8-byte signature and the 25-byte IHDR chunk.
  const perMetre = Math.round(dpi / 0.0254);
  const phys = Buffer.alloc(21);
  phys.writeUInt32BE(9, 0);
  phys.write("pHYs", 4, "latin1");
  phys.writeUInt32BE(perMetre, 8);
  phys.writeUInt32BE(perMetre, 12);
  phys[16] = 1;
  phys.writeUInt32BE(crc32(phys.subarray(4, 17)), 17);
  // A buffer of its own (not from Node's pool), as it is transferred to the main thread.
  const out = new Uint8Array(encoded.length + phys.length);
  out.set(encoded.subarray(0, 33), 0);
  out.set(phys, 33);
  out.set(encoded.subarray(33), 33 + phys.length);
  return out;
}

let crcTable;
function crc32(bytes) {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = -1;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function render(pdfium, req) {
  const { doc, pageCount, close } = open(pdfium, req.pdf);
  const pages = [];
  try {
    for (let index = 0; index < Math.min(pageCount, req.maxPages); index++) {
      const startedAt = performance.now();
      pages.push(withPage(pdfium, doc, index, (page) => {
        const { scale, width, height } = fit(pdfium, page, req.dpi, req.maxPixels);
        const dpi = Math.round(scale * 72);
        const png = encodePng(draw(pdfium, page, width, height), width, height, dpi);
        const renderMs = Math.round(performance.now() - startedAt);
        return { index, png, width, height, dpi, renderMs };
      }));
    }
  } finally {
    close();
  }
  return { pageCount, pages };
}

// Whether the page's text layer (what copy and paste would give) holds anything but white space.
function hasText(pdfium, page) {
  const text = pdfium._FPDFText_LoadPage(page);
  if (!text) return false;
  try {
    const chars = pdfium._FPDFText_CountChars(text);
    if (chars <= 0) return false;
    const buffer = malloc(pdfium, (chars + 1) * 2);
    try {
      const written = pdfium._FPDFText_GetText(text, 0, chars, buffer);
      if (written <= 1) return false;
      return new TextDecoder("utf-16le").decode(pdfium.HEAPU8.subarray(buffer, buffer + (written - 1) * 2)).trim() !== "";
    } finally {
      pdfium.wasmExports.free(buffer);
    }
  } finally {
    pdfium._FPDFText_ClosePage(text);
  }
}

function lackingText(pdfium, req) {
  const { doc, pageCount, close } = open(pdfium, req.pdf);
  const lacking = [];
  try {
    for (let index = 0; index < Math.min(pageCount, req.maxPages); index++) {
      if (!withPage(pdfium, doc, index, (page) => hasText(pdfium, page))) lacking.push(index);
    }
  } finally {
    close();
  }
  return { pageCount, lackingText: lacking };
}

parentPort.on("message", async (req) => {
  try {
    const pdfium = await (loading ??= load());
    const result = req.op === "render" ? render(pdfium, req) : lackingText(pdfium, req);
    const transfer = (result.pages || []).map((page) => page.png.buffer);
    parentPort.postMessage({ id: req.id, ok: true, ...result }, transfer);
  } catch (error) {
    const refused = error instanceof Refused;
    parentPort.postMessage({ id: req.id, ok: false, rejection: refused ? error.rejection : undefined, fatal: !refused, message: String(error && error.message || error) });
  }
});
`;
