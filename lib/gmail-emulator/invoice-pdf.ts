// Invoice, credit note and quote PDFs as invoicing software lays them out: the seller's block on the
// left and the document's number and dates on the right of the same rows (two-column header), a
// table of items, and totals either beside their labels or on the line below them.
import type { Row } from "./mail-content";
import { buildPdf, textWidth, type PdfPage, type PdfText } from "./pdf-writer";

export interface InvoiceItem {
  description: string;
  qty: string;
  unitPrice: string;
  amount: string;
}

export interface InvoiceDocument {
  title: string;
  /** Seller name first, then address lines and registration. */
  seller: string[];
  buyerLabel: string;
  buyer: string[];
  meta: Row[];
  columns: { description: string; qty: string; unitPrice: string; amount: string };
  items: InvoiceItem[];
  totals: Row[];
  notes: string[];
  footer: string[];
  /** "All amounts in EUR" when the table prints bare numbers. */
  currencyNote?: string;
}

export type InvoiceHeader = "two-column" | "stacked";
export type TotalsStyle = "beside" | "below";

const A4 = { width: 595.28, height: 841.89 };
const LEFT = 56;
const RIGHT = 539;

/** One A4 page. */
export function invoiceDocumentPdf(doc: InvoiceDocument, header: InvoiceHeader, totals: TotalsStyle): Buffer {
  const texts: PdfText[] = [];
  const rules: PdfPage["rules"] = [];
  const t = (x: number, y: number, text: string, extra: Partial<PdfText> = {}) =>
    texts.push({ x, y, text, size: 9.5, ...extra });
  let y = 790;

  if (header === "two-column") {
    // Seller block on the left; title and meta on the right, on the same baselines.
    t(RIGHT, y, doc.title, { font: "sans-bold", size: 16, align: "right" });
    t(LEFT, y, doc.seller[0] ?? "", { font: "sans-bold", size: 12 });
    y -= 22;
    const left = doc.seller.slice(1);
    const rows = Math.max(left.length, doc.meta.length);
    for (let i = 0; i < rows; i++) {
      const line = left[i];
      if (line) t(LEFT, y, line, { size: 9 });
      const m = doc.meta[i];
      if (m) {
        // A long value (a billing period) pushes its label left, then shrinks.
        const size = textWidth(m.value, "sans", 9) + textWidth(m.label, "sans", 9) + 10 > RIGHT - 300 ? 8 : 9;
        const x = Math.min(340, RIGHT - textWidth(m.value, "sans", size) - textWidth(m.label, "sans", size) - 10);
        t(x, y, m.label, { size });
        t(RIGHT, y, m.value, { size, align: "right" });
      }
      y -= 13;
    }
    y -= 16;
    t(LEFT, y, doc.buyerLabel, { font: "sans-bold", size: 8.5 });
    y -= 13;
    for (const line of doc.buyer) {
      t(LEFT, y, line, { size: 9.5 });
      y -= 13;
    }
  } else {
    t(LEFT, y, doc.seller[0] ?? "", { font: "sans-bold", size: 13 });
    y -= 15;
    t(LEFT, y, doc.seller.slice(1).join(" · "), { size: 8 });
    y -= 40;
    t(LEFT, y, doc.buyerLabel, { font: "sans-bold", size: 8.5 });
    y -= 13;
    for (const line of doc.buyer) {
      t(LEFT, y, line);
      y -= 13;
    }
    y -= 20;
    t(LEFT, y, doc.title, { font: "sans-bold", size: 15 });
    y -= 20;
    for (const m of doc.meta) {
      t(LEFT, y, `${m.label}:`, { size: 9.5 });
      t(200, y, m.value, { size: 9.5 });
      y -= 13;
    }
  }

  // Items table.
  y -= 20;
  const colQty = 340;
  const colUnit = 440;
  t(LEFT, y, doc.columns.description, { font: "sans-bold", size: 9 });
  t(colQty, y, doc.columns.qty, { font: "sans-bold", size: 9, align: "right" });
  t(colUnit, y, doc.columns.unitPrice, { font: "sans-bold", size: 9, align: "right" });
  t(RIGHT, y, doc.columns.amount, { font: "sans-bold", size: 9, align: "right" });
  rules.push({ x1: LEFT, y1: y - 5, x2: RIGHT, y2: y - 5, width: 0.7 });
  y -= 20;
  for (const item of doc.items) {
    t(LEFT, y, fit(item.description, colQty - 40 - LEFT));
    t(colQty, y, item.qty, { align: "right" });
    t(colUnit, y, item.unitPrice, { align: "right" });
    t(RIGHT, y, item.amount, { align: "right" });
    y -= 15;
  }
  rules.push({ x1: 330, y1: y + 5, x2: RIGHT, y2: y + 5, width: 0.5 });
  y -= 12;

  // Totals: beside their labels, or the amount on the line below its label.
  for (const r of doc.totals) {
    const font = r.strong ? "sans-bold" : "sans";
    const size = r.strong ? 11 : 9.5;
    if (totals === "beside") {
      t(340, y, r.label, { font, size });
      t(RIGHT, y, r.value, { font, size, align: "right" });
      y -= r.strong ? 18 : 14;
    } else {
      t(340, y, r.label, { font, size: 9 });
      y -= 13;
      t(RIGHT, y, r.value, { font, size, align: "right" });
      y -= r.strong ? 20 : 16;
    }
  }
  if (doc.currencyNote) {
    t(340, y, doc.currencyNote, { size: 8 });
    y -= 14;
  }

  y -= 24;
  for (const note of doc.notes) {
    t(LEFT, y, note, { size: 9 });
    y -= 13;
  }
  let fy = 70;
  rules.push({ x1: LEFT, y1: fy + 14, x2: RIGHT, y2: fy + 14, width: 0.4, gray: 0.5 });
  for (const line of doc.footer) {
    t(LEFT, fy, line, { size: 7.5 });
    fy -= 11;
  }
  return buildPdf([{ ...A4, texts, rules }], {
    title: `${doc.title} ${doc.meta[0]?.value ?? ""}`.trim(),
    creator: doc.seller[0] ?? "",
  });
}

/** The old style: every line flowing down one column. */
export function invoicePdf(lines: string[], title: string): Buffer {
  const texts: PdfText[] = lines.map((text, i) => ({ x: LEFT, y: 780 - i * 16, text, size: 11 }));
  return buildPdf([{ ...A4, texts }], { title });
}

function fit(text: string, width: number): string {
  if (textWidth(text, "sans", 9.5) <= width) return text;
  let cut = text;
  while (cut.length > 4 && textWidth(`${cut}…`, "sans", 9.5) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}
