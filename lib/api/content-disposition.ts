// Download names for files that came from email: a sender chooses them, so they may carry path
// parts ("../../etc/passwd"), bidi controls that turn "gpj.exe" into "exe.jpg" on screen, or line
// breaks. What reaches the browser is the last path segment, without control or bidi characters.

// C0/C1 controls, and the bidi marks, embeddings, overrides and isolates.
import "server-only";

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function safeDownloadName(filename: string, fallback = "attachment"): string {
  const last = filename.split(/[/\\]/).pop() ?? "";
  const cleaned = last.replace(UNSAFE, "").trim().replace(/^\.+/, "").slice(0, 200);
  return cleaned || fallback;
}

/** `attachment` with an ASCII name for old clients and the UTF-8 name (RFC 6266) for the rest. */
export function contentDisposition(filename: string): string {
  const name = safeDownloadName(filename);
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
