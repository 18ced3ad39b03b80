// What a generated email says, before it is wrapped into Gmail's MessagePart tree.

export interface MailContent {
  from: string;
  subject: string;
  text?: string;
  html?: string;
  pdf?: { filename: string; bytes: Buffer };
  /** Gmail category label, e.g. CATEGORY_UPDATES. */
  category: string;
}

export interface Row {
  label: string;
  value: string;
  strong?: boolean;
}

/** A simple document: paragraphs, then a table of rows, then closing paragraphs. */
export interface MailDocument {
  intro: string[];
  meta: Row[];
  rows: Row[];
  outro: string[];
}

// Like most templating engines, named entities for currency signs and non-breaking spaces.
const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/€/g, "&euro;").replace(/£/g, "&pound;").replace(/¥/g, "&yen;").replace(/\u00a0/g, "&nbsp;");

export function renderText(doc: MailDocument, columns: boolean): string {
  const width = Math.max(24, ...doc.rows.map((r) => r.label.length + 2));
  const row = (r: Row) => (columns ? `${r.label.padEnd(width)}${r.value}` : `${r.label}: ${r.value}`);
  return [
    ...doc.intro,
    "",
    ...doc.meta.map((r) => `${r.label}: ${r.value}`),
    "",
    ...doc.rows.map(row),
    "",
    ...doc.outro,
  ].join("\n");
}

export function renderHtml(doc: MailDocument, brand: string): string {
  const p = (s: string) => `<p style="margin:0 0 12px">${escapeHtml(s)}</p>`;
  const tr = (r: Row) =>
    `<tr><td style="padding:4px 8px">${r.strong ? "<b>" : ""}${escapeHtml(r.label)}${r.strong ? "</b>" : ""}</td>` +
    `<td style="padding:4px 8px;text-align:right">${r.strong ? "<b>" : ""}${escapeHtml(r.value)}${r.strong ? "</b>" : ""}</td></tr>`;
  return [
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(brand)}</title>`,
    `<style>body{font-family:Helvetica,Arial,sans-serif;color:#222}</style></head><body>`,
    `<div style="max-width:600px;margin:0 auto"><h2 style="color:#333">${escapeHtml(brand)}</h2>`,
    ...doc.intro.map(p),
    doc.meta.length ? `<table role="presentation">${doc.meta.map(tr).join("")}</table>` : "",
    doc.rows.length ? `<table role="presentation" width="100%" style="border-collapse:collapse">${doc.rows.map(tr).join("")}</table>` : "",
    ...doc.outro.map(p),
    `<p style="font-size:11px;color:#888">You are receiving this email because you have an account with ${escapeHtml(brand)}.</p>`,
    `</div></body></html>`,
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
    ...doc.intro.map((s) => `<div style="margin:12px 0">${escapeHtml(s)}</div>`),
    ...doc.meta.map(block),
    `<hr>`,
    ...doc.rows.map(block),
    ...doc.outro.map((s) => `<div style="font-size:12px;color:#777">${escapeHtml(s)}</div>`),
    `</div></body></html>`,
  ].join("\n");
}

/** Lines for an invoice PDF. */
export function renderPdfLines(doc: MailDocument, title: string): string[] {
  return [title, "", ...doc.intro, "", ...doc.meta.map((r) => `${r.label}: ${r.value}`), "", ...doc.rows.map((r) => `${r.label}   ${r.value}`), "", ...doc.outro];
}
