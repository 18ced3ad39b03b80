// Recognition on the hand-written corpus (tests/fixtures/mail), with OCR, as `npm run extract` runs
// it: the floors the product promises. `npm run accuracy` prints the same figures in detail.
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "@/bench/accuracy/corpus";
import { recogniseCorpus } from "@/bench/accuracy/recognise-corpus";
import { describeMiss, score } from "@/bench/accuracy/score";
import { shutdownOcr } from "@/lib/receipts/ocr/index";
import { ocrReader } from "@/lib/receipts/ocr/reader";

afterAll(() => shutdownOcr());

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe("recognition on the hand-written corpus", () => {
  it("finds ≥ 97 % of receipts, accepts ≤ 2 % false ones, reads ≥ 95 % of found receipts exactly", async () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    const results = await recogniseCorpus(corpus, ocrReader);
    for (const split of ["tuning", "held-out"] as const) {
      const s = score(results.filter((r) => r.message.split === split));
      console.log(
        `corpus ${split}: messages=${s.messages} receipts=${s.receipts} precision=${pct(s.precision)} recall=${pct(s.recall)} exact=${pct(s.exactFields)} kind=${pct(s.kindAccuracy)}`,
      );
    }
    const all = score(results);
    const misses = results.map(describeMiss).filter(Boolean).join("\n");
    expect(all.recall, misses).toBeGreaterThanOrEqual(0.97);
    expect(all.precision, misses).toBeGreaterThanOrEqual(0.98);
    expect(all.exactFields, misses).toBeGreaterThanOrEqual(0.95);
    expect(all.kindAccuracy, misses).toBeGreaterThanOrEqual(0.95);
  }, 300_000);

  it("covers the twelve languages, every kind and at least 50 hard negatives", () => {
    const corpus = loadCorpus();
    expect(new Set(corpus.map((m) => m.language))).toEqual(
      new Set(["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "nb", "da", "ja"]),
    );
    expect(new Set(corpus.map((m) => m.expected.kind))).toEqual(new Set(["receipt", "invoice", "refund", null]));
    expect(corpus.filter((m) => !m.expected.is_receipt).length).toBeGreaterThanOrEqual(50);
    for (const m of corpus) {
      if (m.expected.kind === "refund") expect(m.expected.amount, m.id).toMatch(/^-/);
      if (m.expected.is_receipt) expect(m.expected.date, m.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
