// The readable text of a message: its text/plain part, or its HTML rendered as text with each
// table row on one line (so "Total" and its amount stay together).
import { convert, type HtmlToTextOptions } from "html-to-text";
import type { MailMessage } from "../mail/message";

const HTML_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "table", format: "dataTable", options: { colSpacing: 3, maxColumnWidth: 200, uppercaseHeaderCells: false } },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
  ],
};

export function htmlToText(html: string): string {
  return convert(html, HTML_OPTIONS);
}

/** Prefers the HTML when there is one: senders often put less in the plain part. */
export function bodyText(message: Pick<MailMessage, "text" | "html">): string {
  if (message.html && message.html.trim()) return htmlToText(message.html);
  return message.text ?? "";
}
