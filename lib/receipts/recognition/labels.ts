// Which words label a value. In order: the text just before it in its cell ("Total: 49,95 €"),
// the cell to its left ("Total | 49,95 €"), the heading of its column in the row above ("Total"
// over "49,95 €"), or the line above when the value stands alone (stacked layouts).
import { CURRENCY_MARK } from "./currency";
import type { DocLine } from "./document";

export interface Label {
  text: string;
  /** Where it was found: inline and left-cell labels name the value more surely than column headings. */
  from: "inline" | "cell" | "column" | "above";
}

const hasLetters = (s: string) => /\p{L}/u.test(s);
const MARK_ONLY = new RegExp(`^\\s*(?:${CURRENCY_MARK})\\s*$`, "u");
const MARKS = new RegExp(CURRENCY_MARK, "gu");
// "£589.44 (approx. US$589.00)": a remark in brackets after a value does not make it a sentence.
const ASIDE = /\([^)]*\)/gu;
/** A cell that holds nothing but a currency ("SGD", "€"): a column of its own, not a label. */
export const isCurrencyCell = (s: string) => s.length <= 8 && MARK_ONLY.test(s);
const clean = (s: string) =>
  s
    .replace(/[|:：*_=#.\s-]+$/u, "")
    .replace(/^[|:*_\s-]+/u, "")
    .trim();

export interface ValueAt {
  line: number;
  cell: number;
  /** Offset of the value in its cell, and the end of the previous value there (0 if none). */
  start: number;
  previousEnd: number;
}

/**
 * `standsAlone` says whether a cell holds nothing but the value (default: no letters besides a
 * currency), which lets it take the line above as its label.
 */
export function labelOf(
  lines: DocLine[],
  at: ValueAt,
  valueInCell: (text: string) => boolean,
  standsAlone?: (cell: string) => boolean,
): Label | undefined {
  const line = lines[at.line];
  if (!line) return undefined;
  const cell = line.cells[at.cell] ?? "";
  const inline = clean(cell.slice(at.previousEnd, at.start));
  if (hasLetters(inline)) return { text: inline, from: "inline" };
  // Only the first value of a cell may borrow a label from elsewhere.
  if (at.previousEnd > 0) return undefined;
  for (let c = at.cell - 1; c >= 0; c--) {
    const left = line.cells[c] ?? "";
    if (valueInCell(left)) break;
    if (isCurrencyCell(left)) continue;
    if (hasLetters(left)) return { text: clean(left), from: "cell" };
  }
  const above = lines[at.line - 1];
  if (!above) return undefined;
  if (line.cells.length > 1 && above.cells.length === line.cells.length) {
    const heading = above.cells[at.cell] ?? "";
    if (hasLetters(heading) && !valueInCell(heading)) return { text: clean(heading), from: "column" };
  }
  if (line.cellX && above.cellX && line.cells.length > 1) {
    const x = line.cellX[at.cell] ?? 0;
    const i = above.cellX.findIndex(
      (ax, k) => Math.abs(ax - x) < 40 || (ax <= x && (above.cellX?.[k + 1] ?? Infinity) > x),
    );
    const heading = i >= 0 ? (above.cells[i] ?? "") : "";
    if (hasLetters(heading) && !valueInCell(heading)) return { text: clean(heading), from: "column" };
  }
  const heading = pdfColumnHeading(lines, at, valueInCell);
  if (heading) return { text: heading, from: "column" };
  // A value alone on its line takes the line above as its label ("Total" / "49,95 €").
  const alone =
    line.cells.length === 1 &&
    (standsAlone ? standsAlone(cell) : !hasLetters(cell.replace(MARKS, "").replace(ASIDE, "")));
  if (alone && !valueInCell(above.text)) {
    const last = above.cells[above.cells.length - 1] ?? "";
    if (hasLetters(last)) return { text: clean(last), from: "above" };
  }
  return undefined;
}

/** A heading of the value's column a few rows up (PDF tables whose totals row sits under its heading). */
function pdfColumnHeading(lines: DocLine[], at: ValueAt, valueInCell: (text: string) => boolean): string | undefined {
  const line = lines[at.line];
  const x = line?.cellX?.[at.cell];
  if (x === undefined) return undefined;
  for (let i = at.line - 1; i >= Math.max(0, at.line - 3); i--) {
    const above = lines[i];
    if (!above?.cellX || above.cells.length < 2) continue;
    if (above.cells.some(valueInCell)) continue;
    const k = above.cellX.findIndex((ax, j) => ax <= x + 20 && (above.cellX?.[j + 1] ?? Infinity) > x + 20);
    const text = k >= 0 ? (above.cells[k] ?? "") : "";
    if (hasLetters(text)) return clean(text);
  }
  return undefined;
}

/** The heading over a cell in a row a little above with one cell per column (rows of values in between are skipped). */
export function columnHeading(
  lines: DocLine[],
  lineIndex: number,
  cell: number,
  valueInCell: (text: string) => boolean,
): string | undefined {
  const line = lines[lineIndex];
  if (!line) return undefined;
  for (let i = lineIndex - 1; i >= Math.max(0, lineIndex - 4); i--) {
    const above = lines[i];
    if (!above || above.cells.length !== line.cells.length) return undefined;
    const heading = above.cells[cell] ?? "";
    if (valueInCell(heading)) continue;
    return hasLetters(heading) ? clean(heading) : undefined;
  }
  return undefined;
}
