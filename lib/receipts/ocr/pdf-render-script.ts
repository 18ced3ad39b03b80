// The code the PDF render thread runs (as `eval` source: a file beside this one would need a
// loader in tsx/vitest and would not be traced into a Next build). It loads MuPDF.js (wasm) once
// and answers one request at a time; the main thread bounds time and terminates it when needed.
//
// request  { id, op: "render", pdf, maxPages, dpi, maxPixels } | { id, op: "text", pdf, maxPages }
// response { id, ok: true, pageCount, pages: [{ index, png, width, height, dpi, renderMs }] }
//        | { id, ok: true, pageCount, lackingText: [index…] }
//        | { id, ok: false, rejection: "pdf-encrypted" | "pdf-unreadable" | undefined, message }

export const PDF_RENDER_SCRIPT = String.raw`
const { parentPort } = require("node:worker_threads");
let loading;

class Refused extends Error {
  constructor(rejection, message) { super(message); this.rejection = rejection; }
}

function open(mupdf, bytes) {
  let doc;
  try {
    doc = mupdf.Document.openDocument(bytes, "application/pdf");
  } catch (error) {
    throw new Refused("pdf-unreadable", "not a readable PDF (" + error.message + ")");
  }
  if (doc.needsPassword()) {
    doc.destroy();
    throw new Refused("pdf-encrypted", "PDF is password-protected");
  }
  let pageCount;
  try {
    pageCount = doc.countPages();
  } catch (error) {
    doc.destroy();
    throw new Refused("pdf-unreadable", "PDF page tree is broken (" + error.message + ")");
  }
  if (pageCount < 1) {
    doc.destroy();
    throw new Refused("pdf-unreadable", "PDF has no pages");
  }
  return { doc, pageCount };
}

function withPage(doc, index, use) {
  let page;
  try {
    page = doc.loadPage(index);
    return use(page);
  } catch (error) {
    if (error instanceof Refused) throw error;
    throw new Refused("pdf-unreadable", "PDF page " + (index + 1) + " could not be read (" + error.message + ")");
  } finally {
    if (page) page.destroy();
  }
}

function render(mupdf, req) {
  const { doc, pageCount } = open(mupdf, req.pdf);
  const pages = [];
  try {
    for (let index = 0; index < Math.min(pageCount, req.maxPages); index++) {
      const startedAt = performance.now();
      pages.push(withPage(doc, index, (page) => {
        const [x0, y0, x1, y1] = page.getBounds();
        const width = Math.max(1, x1 - x0), height = Math.max(1, y1 - y0);
        // A large page is drawn at a lower resolution rather than refused. MuPDF rounds the
        // pixmap outwards, hence the +1 on each side.
        let scale = req.dpi / 72;
        const pixels = (s) => (width * s + 1) * (height * s + 1);
        if (pixels(scale) > req.maxPixels) scale *= Math.sqrt(req.maxPixels / pixels(scale));
        while (pixels(scale) > req.maxPixels) scale *= 0.995;
        const pixmap = page.toPixmap([scale, 0, 0, scale, 0, 0], mupdf.ColorSpace.DeviceGray, false, true);
        try {
          const dpi = Math.round(scale * 72);
          pixmap.setResolution(dpi, dpi);
          const png = pixmap.asPNG();
          const renderMs = Math.round(performance.now() - startedAt);
          return { index, png, width: pixmap.getWidth(), height: pixmap.getHeight(), dpi, renderMs };
        } finally {
          pixmap.destroy();
        }
      }));
    }
  } finally {
    doc.destroy();
    mupdf.emptyStore();
  }
  return { pageCount, pages };
}

function lackingText(mupdf, req) {
  const { doc, pageCount } = open(mupdf, req.pdf);
  const lacking = [];
  try {
    for (let index = 0; index < Math.min(pageCount, req.maxPages); index++) {
      const empty = withPage(doc, index, (page) => {
        const text = page.toStructuredText("preserve-whitespace");
        try { return text.asText().trim() === ""; } finally { text.destroy(); }
      });
      if (empty) lacking.push(index);
    }
  } finally {
    doc.destroy();
    mupdf.emptyStore();
  }
  return { pageCount, lackingText: lacking };
}

parentPort.on("message", async (req) => {
  try {
    const mupdf = await (loading ??= import("mupdf").then((m) => {
      // MuPDF reports every repair it makes on stderr; they are not ours to print.
      m.setLog(() => {});
      return m;
    }));
    const result = req.op === "render" ? render(mupdf, req) : lackingText(mupdf, req);
    const transfer = (result.pages || []).map((page) => page.png.buffer);
    parentPort.postMessage({ id: req.id, ok: true, ...result }, transfer);
  } catch (error) {
    parentPort.postMessage({ id: req.id, ok: false, rejection: error.rejection, message: String(error && error.message || error) });
  }
});
`;
