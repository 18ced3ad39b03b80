// What a generated email says, before it is wrapped into Gmail's MessagePart tree, and the ways
// real senders lay it out: tables with label and value cells, nested or split cells, stacked
// label-above-value blocks, plain text in columns or with the value on the next line.
import type { SeededRandom } from "./random";

/** An attachment whose bytes exist from the start (PDFs). */
export interface EagerAttachment {
  filename: string;
  mimeType: string;
  bytes: Buffer;
}

/** An attachment drawn on first fetch (till receipt images): its declared size is exact. */
export interface LazyAttachment {
  filename: string;
  mimeType: string;
  size: number;
  render: () => Promise<Buffer>;
}

export type GeneratedAttachment = EagerAttachment | LazyAttachment;

export const isLazy = (a: GeneratedAttachment): a is LazyAttachment => "render" in a;

export interface MailContent {
  from: string;
  subject: string;
  text?: string;
  html?: string;
  attachment?: GeneratedAttachment;
  /** Gmail category label, e.g. CATEGORY_UPDATES. */
  category: string;
}

export interface Row {
  label: string;
  value: string;
  strong?: boolean;
  /** The value as [currency sign, number] when a template may put them in separate cells. */
  parts?: [string, string];
}

/** A simple document: a heading, paragraphs, then a table of rows, then closing paragraphs. */
export interface MailDocument {
  title?: string;
  intro: string[];
  meta: Row[];
  rows: Row[];
  outro: string[];
  /** schema.org markup some senders embed (Order, Invoice). */
  jsonLd?: object;
}

export type TextMode = "colon" | "columns" | "below";
export type SplitVariant = "nested" | "currency-cell" | "label-row" | "columns";

// Like most templating engines, named entities for currency signs and non-breaking spaces.
const escapeHtml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/€/g, "&euro;")
    .replace(/£/g, "&pound;")
    .replace(/¥/g, "&yen;")
    .replace(/\u00a0/g, "&nbsp;");

/** Plain text; `brand` heads it, as senders sign plain-text mail with their name at the top. */
export function renderText(doc: MailDocument, mode: TextMode | boolean, brand?: string): string {
  const m: TextMode = mode === true ? "columns" : mode === false ? "colon" : mode;
  const width = Math.max(24, ...doc.rows.map((r) => r.label.length + 2));
  const row = (r: Row): string[] => {
    if (m === "columns") return [`${r.label.padEnd(width)}${r.value}`];
    if (m === "below") return [r.label, `    ${r.value}`];
    return [`${r.label}: ${r.value}`];
  };
  const metaRow = (r: Row): string[] => (m === "below" ? [r.label, r.value] : [`${r.label}: ${r.value}`]);
  return [
    ...(brand ? [brand, ""] : []),
    ...(doc.title ? [doc.title, ""] : []),
    ...doc.intro,
    "",
    ...doc.meta.flatMap(metaRow),
    "",
    ...doc.rows.flatMap(row),
    "",
    ...doc.outro,
  ].join("\n");
}

function head(brand: string, doc: MailDocument): string {
  const ld = doc.jsonLd ? `<script type="application/ld+json">${JSON.stringify(doc.jsonLd)}</script>` : "";
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(brand)}</title>` +
    `<style>body{font-family:Helvetica,Arial,sans-serif;color:#222}</style>${ld}</head><body>`
  );
}

const footer = (brand: string) =>
  `<p style="font-size:11px;color:#888">You are receiving this email because you have an account with ${escapeHtml(brand)}.</p>`;

/** Label and value in two cells of one row. */
export function renderHtml(doc: MailDocument, brand: string): string {
  const p = (s: string) => `<p style="margin:0 0 12px">${escapeHtml(s)}</p>`;
  const tr = (r: Row) =>
    `<tr><td style="padding:4px 8px">${r.strong ? "<b>" : ""}${escapeHtml(r.label)}${r.strong ? "</b>" : ""}</td>` +
    `<td style="padding:4px 8px;text-align:right">${r.strong ? "<b>" : ""}${escapeHtml(r.value)}${r.strong ? "</b>" : ""}</td></tr>`;
  return [
    head(brand, doc),
    `<div style="max-width:600px;margin:0 auto"><h2 style="color:#333">${escapeHtml(brand)}</h2>`,
    doc.title ? `<h3>${escapeHtml(doc.title)}</h3>` : "",
    ...doc.intro.map(p),
    doc.meta.length ? `<table role="presentation">${doc.meta.map(tr).join("")}</table>` : "",
    doc.rows.length
      ? `<table role="presentation" width="100%" style="border-collapse:collapse">${doc.rows.map(tr).join("")}</table>`
      : "",
    ...doc.outro.map(p),
    footer(brand),
    `</div></body></html>`,
  ].join("\n");
}

/**
 * E-mail builder templates: label and amount end up in separate cells — nested tables per cell, the
 * currency sign in a cell of its own, the label in one row and the amount in the next, or all labels
 * in one cell and all values in another.
 */
export function renderSplitHtml(doc: MailDocument, brand: string, variant: SplitVariant): string {
  const b = (r: Row, s: string) => (r.strong ? `<strong>${s}</strong>` : s);
  const cell = (s: string, align = "left") => `<td align="${align}" style="padding:6px 0;font-size:14px">${s}</td>`;
  const section = (rows: Row[]): string => {
    if (!rows.length) return "";
    switch (variant) {
      case "nested":
        return rows
          .map(
            (r) =>
              `<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>` +
              `<td width="62%" valign="top"><table cellpadding="0" cellspacing="0"><tr>${cell(b(r, escapeHtml(r.label)))}</tr></table></td>` +
              `<td width="38%" valign="top" align="right"><table cellpadding="0" cellspacing="0" align="right"><tr>${cell(b(r, escapeHtml(r.value)), "right")}</tr></table></td>` +
              `</tr></table>`,
          )
          .join("\n");
      case "currency-cell":
        return (
          `<table width="100%" cellpadding="0" cellspacing="0">` +
          rows
            .map((r) =>
              r.parts
                ? `<tr>${cell(b(r, escapeHtml(r.label)))}<td align="right" width="24" style="padding:6px 2px">${b(r, escapeHtml(r.parts[0]))}</td><td align="right" width="90" style="padding:6px 0">${b(r, escapeHtml(r.parts[1]))}</td></tr>`
                : `<tr>${cell(b(r, escapeHtml(r.label)))}<td colspan="2" align="right" style="padding:6px 0">${b(r, escapeHtml(r.value))}</td></tr>`,
            )
            .join("") +
          `</table>`
        );
      case "label-row":
        return (
          `<table width="100%" cellpadding="0" cellspacing="0">` +
          rows
            .map(
              (r) =>
                `<tr><td style="padding:8px 0 0;font-size:12px;color:#666">${b(r, escapeHtml(r.label))}</td></tr>` +
                `<tr><td align="right" style="padding:0 0 8px;font-size:15px;border-bottom:1px solid #eee">${b(r, escapeHtml(r.value))}</td></tr>`,
            )
            .join("") +
          `</table>`
        );
      case "columns":
        return (
          `<table width="100%" cellpadding="0" cellspacing="0"><tr>` +
          `<td valign="top" style="line-height:24px">${rows.map((r) => b(r, escapeHtml(r.label))).join("<br>")}</td>` +
          `<td valign="top" align="right" style="line-height:24px">${rows.map((r) => b(r, escapeHtml(r.value))).join("<br>")}</td>` +
          `</tr></table>`
        );
    }
  };
  return [
    head(brand, doc),
    `<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f4f4f4"><tr><td align="center">`,
    `<table width="600" cellpadding="24" cellspacing="0" bgcolor="#ffffff"><tr><td>`,
    `<table width="100%"><tr><td style="font-size:22px;font-weight:bold">${escapeHtml(brand)}</td>${doc.title ? `<td align="right" style="font-size:14px;color:#666">${escapeHtml(doc.title)}</td>` : ""}</tr></table>`,
    ...doc.intro.map((s) => `<table width="100%"><tr><td style="padding:8px 0">${escapeHtml(s)}</td></tr></table>`),
    section(doc.meta),
    `<table width="100%"><tr><td style="border-top:2px solid #222;height:1px;line-height:1px">&nbsp;</td></tr></table>`,
    section(doc.rows),
    ...doc.outro.map(
      (s) =>
        `<table width="100%"><tr><td style="padding:8px 0;font-size:12px;color:#777">${escapeHtml(s)}</td></tr></table>`,
    ),
    `</td></tr></table>`,
    `</td></tr></table>`,
    footer(brand),
    `</body></html>`,
  ].join("\n");
}

/** A div layout (no tables): each label and value on its own line once rendered as text. */
export function renderStackedHtml(doc: MailDocument, brand: string): string {
  const block = (r: Row) =>
    `<div style="margin:0 0 10px"><div style="font-size:12px;color:#777;text-transform:uppercase">${escapeHtml(r.label)}</div>` +
    `<div style="font-size:16px${r.strong ? ";font-weight:bold" : ""}">${escapeHtml(r.value)}</div></div>`;
  return [
    `<html><body style="font-family:Arial,sans-serif"><div style="max-width:560px">`,
    `<div style="font-size:20px">${escapeHtml(brand)}</div>`,
    doc.title ? `<div style="font-size:16px;margin:8px 0">${escapeHtml(doc.title)}</div>` : "",
    ...doc.intro.map((s) => `<div style="margin:12px 0">${escapeHtml(s)}</div>`),
    ...doc.meta.map(block),
    `<hr>`,
    ...doc.rows.map(block),
    ...doc.outro.map((s) => `<div style="font-size:12px;color:#777">${escapeHtml(s)}</div>`),
    `</div></body></html>`,
  ].join("\n");
}

/** Lines for a plain invoice PDF. */
export function renderPdfLines(doc: MailDocument, title: string): string[] {
  return [
    title,
    "",
    ...doc.intro,
    "",
    ...doc.meta.map((r) => `${r.label}: ${r.value}`),
    "",
    ...doc.rows.map((r) => `${r.label}   ${r.value}`),
    "",
    ...doc.outro,
  ];
}

export type BodyLayout = "html-table" | "html-split" | "html-stacked" | "html-jsonld" | "text" | "text-below";

/** The text and HTML parts of a body in `layout`; HTML layouts often come with a plain-text alternative. */
export function renderBody(
  doc: MailDocument,
  brand: string,
  layout: BodyLayout,
  rng: SeededRandom,
): { text?: string; html?: string } {
  const alternative = rng.chance(0.55);
  const text = () => renderText(doc, rng.chance(0.5) ? "columns" : "colon", brand);
  switch (layout) {
    case "text":
      return { text: renderText(doc, rng.chance(0.5) ? "columns" : "colon", brand) };
    case "text-below":
      return { text: renderText(doc, "below", brand) };
    case "html-table":
    case "html-jsonld":
      return { ...(alternative ? { text: text() } : {}), html: renderHtml(doc, brand) };
    case "html-split": {
      const variant = rng.pick(["nested", "nested", "currency-cell", "label-row", "columns"] as const);
      return { ...(alternative ? { text: text() } : {}), html: renderSplitHtml(doc, brand, variant) };
    }
    case "html-stacked":
      return {
        ...(alternative && rng.chance(0.5) ? { text: renderText(doc, "below", brand) } : {}),
        html: renderStackedHtml(doc, brand),
      };
  }
}
