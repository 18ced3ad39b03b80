// HTML mail as a person sees it. A real parser (htmlparser2) builds the tree; block elements become
// lines, a table row of plain cells becomes one line of cells ("Total | 49,95 €"), a row that only
// lays out nested tables is walked through, and hidden preheaders, scripts and styles are skipped.
import { parseDocument } from "htmlparser2";
import type { ChildNode, Document, Element } from "domhandler";
import { makeLine, type DocLine, type MailDocument } from "../document";

/** Receipts are small; past this the rest of a body is not read (an HTML bomb must not cost more). */
export const MAX_HTML_CHARS = 2_000_000;
const MAX_DEPTH = 200;

const SKIPPED = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "title",
  "meta",
  "link",
  "object",
  "iframe",
  "select",
  "option",
  "button",
]);
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "ul",
  "caption",
  "body",
  "html",
]);
const STRONG_TAGS = new Set(["b", "strong", "h1", "h2", "h3", "h4", "th"]);
const HIDDEN_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0(?![.\d])|mso-hide\s*:\s*all|font-size\s*:\s*0(?:px)?\s*(?:;|$)|opacity\s*:\s*0(?![.\d])/i;
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|[6-9]00)/i;

export function parseHtml(html: string): Document {
  return parseDocument(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html, { decodeEntities: true });
}

const isElement = (node: ChildNode): node is Element =>
  node.type === "tag" || node.type === "script" || node.type === "style";

function hidden(el: Element): boolean {
  const style = el.attribs.style;
  return el.attribs.hidden !== undefined || Boolean(style && HIDDEN_STYLE.test(style));
}

function emphasised(el: Element): boolean {
  return STRONG_TAGS.has(el.name) || Boolean(el.attribs.style && BOLD_STYLE.test(el.attribs.style));
}

/** Collects inline text into lines; a block boundary ends the current line. */
class LineSink {
  readonly lines: Array<{ text: string; strong: boolean }> = [];
  private current = "";
  private strong = false;
  text(data: string, strong: boolean) {
    if (!data) return;
    this.current += data;
    if (strong && /\S/.test(data)) this.strong = true;
  }
  break() {
    const text = this.current.replace(/\s+/g, " ").trim();
    if (text) this.lines.push({ text, strong: this.strong });
    this.current = "";
    this.strong = false;
  }
}

function directChildren(el: Element, names: string[]): Element[] {
  return el.children.filter((c): c is Element => isElement(c) && names.includes(c.name));
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === "tr") rows.push(child);
    else if (["thead", "tbody", "tfoot"].includes(child.name)) rows.push(...directChildren(child, ["tr"]));
  }
  return rows;
}

function containsTable(node: Element, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  return node.children.some((c) => isElement(c) && (c.name === "table" || containsTable(c, depth + 1)));
}

class HtmlReader {
  readonly out: DocLine[] = [];
  readonly sink = new LineSink();

  flush(sink: LineSink = this.sink) {
    sink.break();
    for (const { text, strong } of sink.lines.splice(0)) {
      const line = makeLine([text], { strong });
      if (line) this.out.push(line);
    }
  }

  walk(node: ChildNode, sink: LineSink, strong: boolean, depth: number) {
    if (depth > MAX_DEPTH) return;
    if (node.type === "text") {
      sink.text(node.data, strong);
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.name) || node.type !== "tag" || hidden(node)) return;
    const bold = strong || emphasised(node);
    if (node.name === "br") return sink.break();
    if (node.name === "img") return;
    if (node.name === "table" && sink === this.sink) {
      this.flush();
      for (const row of rowsOf(node)) this.row(row, bold, depth + 1);
      return;
    }
    const block = BLOCKS.has(node.name) || node.name === "table" || node.name === "tr";
    if (block) sink.break();
    for (const child of node.children) this.walk(child, sink, bold, depth + 1);
    if (block) sink.break();
    if (node.name === "td" || node.name === "th") sink.text(" ", false);
  }

  private row(tr: Element, strong: boolean, depth: number) {
    const cells = directChildren(tr, ["td", "th"]);
    if (cells.length === 0 || cells.some((c) => containsTable(c))) {
      // A layout row: its cells are blocks of their own.
      for (const cell of cells.length ? cells : [tr]) {
        for (const child of cell.children) this.walk(child, this.sink, strong || emphasised(cell), depth + 1);
        this.flush();
      }
      return;
    }
    const contents = cells
      .map((cell) => {
        const sink = new LineSink();
        const bold = strong || emphasised(cell);
        for (const child of cell.children) this.walk(child, sink, bold, depth + 1);
        sink.break();
        return sink.lines;
      })
      .filter((lines) => lines.length > 0);
    if (contents.length === 0) return;
    if (contents.length === 1) {
      for (const { text, strong: s } of contents[0] ?? []) {
        const line = makeLine([text], { strong: s });
        if (line) this.out.push(line);
      }
      return;
    }
    // Cells stacking several lines each side by side ("Subtotal<br>Total" | "10 €<br>12 €") are columns.
    const heights = contents.map((c) => c.length);
    const height = heights[0] ?? 1;
    if (height > 1 && heights.every((h) => h === height)) {
      for (let i = 0; i < height; i++) {
        const line = makeLine(
          contents.map((c) => c[i]?.text ?? ""),
          { strong: contents.some((c) => c[i]?.strong) },
        );
        if (line) this.out.push(line);
      }
      return;
    }
    const line = makeLine(
      contents.map((c) => c.map((l) => l.text).join(" ")),
      { strong: contents.some((c) => c.some((l) => l.strong)) },
    );
    if (line) this.out.push(line);
  }
}

export function htmlLines(dom: Document): DocLine[] {
  const reader = new HtmlReader();
  for (const child of dom.children) reader.walk(child, reader.sink, false, 0);
  reader.flush();
  return reader.out;
}

export function readHtml(html: string): MailDocument {
  return { origin: "html", lines: htmlLines(parseHtml(html)) };
}
