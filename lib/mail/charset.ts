// Text of a MIME part in the charset it names. Node's TextDecoder reads "windows-1252" (and the
// "iso-8859-1" label that mail clients put on windows-1252 text) as Latin-1, losing €, „“ and –,
// so the C1 range is mapped the way every mail client shows it.

const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Replaces C1 control characters (never meant as text) with their Windows-1252 characters. */
export function repairWindows1252(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c)
    : text;
}

const LATIN1_LABELS = new Set([
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "latin-1",
  "us-ascii",
  "ascii",
  "windows-1252",
  "cp1252",
  "x-cp1252",
]);

export function charsetOf(contentType: string | undefined): string | undefined {
  return /charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "")?.[1]?.toLowerCase();
}

/** Decodes body bytes; unknown charsets fall back to UTF-8, which most mail is. */
export function decodeText(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? "utf-8").toLowerCase();
  if (LATIN1_LABELS.has(label)) return repairWindows1252(Buffer.from(bytes).toString("latin1"));
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
