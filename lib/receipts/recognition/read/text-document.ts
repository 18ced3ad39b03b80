// Plain text as senders write it: one line per line, columns aligned with runs of spaces or tabs.
import { makeLine, type DocLine, type MailDocument } from "../document";

// Two or more spaces, a tab, or a drawn separator split a line into cells.
const CELL_BREAK = /\t+| {2,}|\s\|\s|\s│\s/;

export function textLines(text: string): DocLine[] {
  const lines: DocLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    // Quoted replies and inline forwards prefix lines with "> ".
    const unquoted = raw.replace(/^(?:\s*>)+ ?/, "");
    if (/^[\s=*_~-]{3,}$/.test(unquoted) && !/[\p{L}\p{N}]/u.test(unquoted)) continue;
    const line = makeLine(unquoted.split(CELL_BREAK));
    if (line) lines.push(line);
  }
  return lines;
}

export function readText(text: string): MailDocument {
  return { origin: "text", lines: textLines(text) };
}
