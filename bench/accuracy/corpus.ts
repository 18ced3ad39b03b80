// The hand-written recognition corpus (tests/fixtures/mail): each .eml with its sidecar of what a
// bookkeeper reads off it, and the held-out fifth that tuning never looks at.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const CORPUS_DIR = path.resolve(import.meta.dirname, "..", "..", "tests", "fixtures", "mail");

export interface Expected {
  is_receipt: boolean;
  kind: "receipt" | "invoice" | "refund" | null;
  vendor: string | null;
  amount: string | null;
  currency: string | null;
  date: string | null;
}

export interface CorpusMessage {
  /** "<language>/<slug>" */
  id: string;
  emlPath: string;
  language: string;
  layout: string;
  negative?: string;
  description: string;
  expected: Expected;
  split: "tuning" | "held-out";
}

/** The README's rule: sha256 of "<language>/<slug>", first byte mod 5 = 4 is held out. */
export function splitOf(id: string): CorpusMessage["split"] {
  const first = createHash("sha256").update(id).digest()[0] ?? 0;
  return first % 5 === 4 ? "held-out" : "tuning";
}

export function loadCorpus(dir = CORPUS_DIR): CorpusMessage[] {
  const out: CorpusMessage[] = [];
  for (const folder of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name === "sources") continue;
    for (const file of fs.readdirSync(path.join(dir, folder.name)).sort()) {
      if (!file.endsWith(".json")) continue;
      const slug = file.slice(0, -5);
      const emlPath = path.join(dir, folder.name, `${slug}.eml`);
      if (!fs.existsSync(emlPath)) continue;
      const sidecar = JSON.parse(fs.readFileSync(path.join(dir, folder.name, file), "utf8")) as Omit<
        CorpusMessage,
        "id" | "emlPath" | "split"
      >;
      const id = `${folder.name}/${slug}`;
      out.push({
        id,
        emlPath,
        language: sidecar.language,
        layout: sidecar.layout,
        ...(sidecar.negative ? { negative: sidecar.negative } : {}),
        description: sidecar.description,
        expected: sidecar.expected,
        split: splitOf(id),
      });
    }
  }
  return out;
}
