// A receipt forwarded from another mailbox carries its own From, Date and Subject inside the body,
// in the words of the forwarding mail client ("---------- Forwarded message ---------",
// "-----Original Message-----", "Von: … Gesendet: … Betreff: …"). Those headers are the receipt's.
import type { DocLine } from "./document";
import { fold } from "./phrases";
import { FORWARD_DATE, FORWARD_FROM, FORWARD_MARKERS, FORWARD_SUBJECT } from "./vocabulary";

export interface ForwardedHeaders {
  from?: string;
  date?: string;
  subject?: string;
  /** First line of the forwarded message's own body. */
  bodyStart: number;
}

const FORWARD_SUBJECT_PREFIX =
  /^\s*(?:\[?(?:fwd?|fw|wg|tr|rv|i|vs|vb|doorst|enc|pd|wtd|fwd?\s*\d*|転送)\s*[:：]\]?\s*)+/i;

export const isForwardSubject = (subject: string) => FORWARD_SUBJECT_PREFIX.test(subject);
export const withoutForwardPrefix = (subject: string) => subject.replace(FORWARD_SUBJECT_PREFIX, "").trim();

type Field = "from" | "date" | "subject" | "other";
const HEADER = /^\s*\*?([\p{L} .'-]{1,24}?)\*?\s*:\s*(.*)$/u;
const OTHER_HEADERS = new Set(
  [
    "to",
    "cc",
    "an",
    "a",
    "à",
    "para",
    "aan",
    "do",
    "till",
    "til",
    "宛先",
    "kopie",
    "cc",
    "reply-to",
    "antwort an",
    "répondre à",
    "pour",
    "per",
    "bcc",
    "sent by",
  ].map(fold),
);

function fieldOf(line: string): { field: Field; value: string } | undefined {
  const m = HEADER.exec(line);
  if (!m) return undefined;
  const label = fold(m[1] ?? "").trim();
  const value = (m[2] ?? "").trim();
  const whole = (list: typeof FORWARD_FROM) =>
    list.matches(label).some((p) => p.index === 0 && p.length === label.length);
  if (whole(FORWARD_FROM)) return { field: "from", value };
  if (whole(FORWARD_DATE)) return { field: "date", value };
  if (whole(FORWARD_SUBJECT)) return { field: "subject", value };
  if (OTHER_HEADERS.has(label)) return { field: "other", value };
  return undefined;
}

function headersFrom(lines: DocLine[], start: number): ForwardedHeaders | undefined {
  const found: ForwardedHeaders = { bodyStart: start };
  let seen = 0;
  let i = start;
  for (; i < lines.length && i < start + 12; i++) {
    const text = lines[i]?.text ?? "";
    const header = fieldOf(text);
    if (!header) {
      if (seen > 0) break;
      continue;
    }
    seen++;
    if (header.field !== "other" && header.value) found[header.field] ??= header.value;
  }
  if (!found.from && !found.subject) return undefined;
  found.bodyStart = i;
  return found;
}

/** The forwarded block's headers, or undefined when the mail is not a forward. */
export function findForwarded(lines: DocLine[], subject: string): ForwardedHeaders | undefined {
  for (let i = 0; i < lines.length; i++) {
    const text = fold(lines[i]?.text ?? "");
    if (text.length < 120 && FORWARD_MARKERS.test(text)) {
      const headers = headersFrom(lines, i + 1);
      if (headers) return headers;
    }
  }
  // Outlook and some mobile clients write no marker line, only the header block.
  if (!isForwardSubject(subject)) return undefined;
  for (let i = 0; i < lines.length; i++) {
    if (fieldOf(lines[i]?.text ?? "")?.field === "from") {
      const headers = headersFrom(lines, i);
      if (headers?.from && (headers.date || headers.subject)) return headers;
    }
  }
  return undefined;
}
