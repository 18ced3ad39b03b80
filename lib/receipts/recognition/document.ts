// The document model every reader produces and every later stage reads: lines as a person sees them,
// each split into the cells of its visual row, so "Total" and its amount stay together even when
// they sit in different table cells or PDF columns.

export interface DocLine {
  /** The cells joined by " | ", for reading and for phrase matching. */
  text: string;
  /** Cells of the visual row, left to right; a line of running text is one cell. */
  cells: string[];
  /** Left edge of each cell (PDF points, OCR pixels), to align a value with a column heading above it. */
  cellX?: number[];
  /** The line is emphasised (bold, a heading): grand totals usually are. */
  strong?: boolean;
}

export type DocumentOrigin = "html" | "text" | "pdf" | "ocr";

export interface MailDocument {
  origin: DocumentOrigin;
  lines: DocLine[];
  /** Set for documents read from an attachment. */
  attachmentId?: string;
  filename?: string;
}

/** Compatibility forms (full-width digits, ￥, no-break and thin spaces) and one space between words. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, "")
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
    .trim();
}

export function makeLine(cells: string[], extra: Omit<DocLine, "text" | "cells"> = {}): DocLine | undefined {
  const kept: string[] = [];
  const xs: number[] = [];
  cells.forEach((cell, i) => {
    const text = normaliseText(cell);
    if (!text) return;
    kept.push(text);
    if (extra.cellX) xs.push(extra.cellX[i] ?? 0);
  });
  if (kept.length === 0) return undefined;
  return {
    text: kept.join(" | "),
    cells: kept,
    ...(extra.cellX ? { cellX: xs } : {}),
    ...(extra.strong ? { strong: true } : {}),
  };
}

export function documentText(doc: Pick<MailDocument, "lines">): string {
  return doc.lines.map((l) => l.text).join("\n");
}
