// The narrowed listing's floor: on the hand-written corpus and a generated mailbox, listed through the
// real googleapis client against the emulator's Gmail search, it leaves out under 1 % of receipts and
// still lists fewer messages than an unfiltered sync would. `npm run bench` prints the figures.
import { describe, expect, test } from "vitest";
import { measureCorpus, measureGenerated } from "../../bench/narrowed/measure";

describe("narrowed listing", () => {
  test("the fixture corpus: every split keeps at least 99 % of its receipts", async () => {
    for (const split of ["tuning", "held-out"] as const) {
      const figures = await measureCorpus(split);
      expect(figures.receipts).toBeGreaterThan(20);
      expect(figures.missRate, `${split} receipts left out: ${figures.missed.join(", ")}`).toBeLessThan(0.01);
      expect(figures.listed).toBeLessThanOrEqual(figures.messages);
    }
  });

  test("a generated mailbox: receipts kept, newsletters and personal mail not fetched", async () => {
    const figures = await measureGenerated(800, "floor");
    expect(figures.missRate).toBeLessThan(0.01);
    expect(figures.listed).toBeLessThan(figures.messages);
    expect(figures.savedShare).toBeGreaterThan(0.05);
  });
});
