// PDF text with its positions (pdf.js getTextContent), grouped back into the rows a reader sees:
// pieces on one baseline form a line, and a wide gap between pieces starts a new cell, so an
// invoice's "Gesamtbetrag" and its amount in the right-hand column stay on one line.
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { makeLine, type DocLine, type MailDocument } from "../document";

/** Invoices are a few pages; past these limits the rest is not read. */
export const MAX_PDF_BYTES = 10 * 1024 * 1024;
export const MAX_PDF_PAGES = 20;

export interface PdfText {
  lines: DocLine[];
  pages: number;
  /** Pages that carry no text layer (scans): candidates for OCR. */
  pagesWithoutText: number[];
}

interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

function rowsOf(pieces: Piece[]): Piece[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<{ y: number; size: number; pieces: Piece[] }> = [];
  for (const piece of sorted) {
    const row = rows.find((r) => Math.abs(r.y - piece.y) <= Math.max(2, Math.min(r.size, piece.size) * 0.45));
    if (row) row.pieces.push(piece);
    else rows.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => r.pieces.sort((a, b) => a.x - b.x));
}

function lineOf(row: Piece[]): DocLine | undefined {
  const cells: string[] = [];
  const xs: number[] = [];
  let end = -Infinity;
  for (const piece of row) {
    const gap = piece.x - end;
    // A gap wider than about one em separates columns; a narrower one is a space between words.
    if (cells.length === 0 || gap > Math.max(piece.size * 1.1, 6)) {
      cells.push(piece.text);
      xs.push(piece.x);
    } else {
      const last = cells.length - 1;
      // Pieces that collide (one drawn over the end of the other) are separate words too.
      const apart = gap > piece.size * 0.15 || gap < -piece.size * 0.2;
      cells[last] = `${cells[last]}${apart && !/\s$/.test(cells[last] ?? "") ? " " : ""}${piece.text}`;
    }
    end = Math.max(end, piece.x + piece.width);
  }
  return makeLine(cells, { cellX: xs, strong: row.some((p) => p.bold) });
}

/** Reads a PDF's text rows. Throws on a file that is not a readable PDF (encrypted, broken). */
export async function pdfLines(data: Uint8Array, maxPages = MAX_PDF_PAGES): Promise<PdfText> {
  if (data.byteLength > MAX_PDF_BYTES) throw new Error(`PDF too large (${data.byteLength} bytes)`);
  // pdf.js may detach the buffer it is given, so it gets a copy.
  const task = getDocument({
    data: new Uint8Array(data),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
  const pdf = await task.promise.catch((error: unknown) => {
    const name = (error as Error)?.name;
    if (name === "PasswordException") throw new Error("PDF is password-protected");
    if (name === "InvalidPDFException" || name === "FormatError") throw new Error("not a readable PDF");
    throw error;
  });
  try {
    const lines: DocLine[] = [];
    const pagesWithoutText: number[] = [];
    const pages = Math.min(pdf.numPages, maxPages);
    for (let n = 1; n <= pages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const styles = content.styles as Record<string, { fontFamily?: string }>;
      const pieces: Piece[] = [];
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== "string" || !item.str.trim()) continue;
        const [a = 1, b = 0, , , e = 0, f = 0] = item.transform as number[];
        const size = Math.hypot(a, b) || item.height || 10;
        const font = `${item.fontName} ${styles[item.fontName]?.fontFamily ?? ""}`;
        pieces.push({
          text: item.str,
          x: e,
          y: f,
          width: item.width,
          size,
          bold: /bold|black|heavy|semibold/i.test(font),
        });
      }
      if (pieces.length === 0) pagesWithoutText.push(n);
      for (const row of rowsOf(pieces)) {
        const line = lineOf(row);
        if (line) lines.push(line);
      }
      page.cleanup();
    }
    return { lines, pages: pdf.numPages, pagesWithoutText };
  } finally {
    await pdf.destroy();
  }
}

export async function readPdf(
  data: Uint8Array,
  attachment: { attachmentId: string; filename: string },
): Promise<MailDocument & PdfText> {
  const text = await pdfLines(data);
  return { origin: "pdf", ...text, attachmentId: attachment.attachmentId, filename: attachment.filename };
}
