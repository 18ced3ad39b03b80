// The dashboard's time-left estimate: extrapolated from what the page saw, silent until it has enough.
import { describe, expect, it } from "vitest";
import { firstSample, secondsLeft } from "@/lib/ui/time-left";

const STARTED = "2026-12-03T10:00:00.000Z";
const at = (seconds: number) => Date.parse(STARTED) + seconds * 1000;

describe("firstSample", () => {
  it("measures a fresh run from its start at 0 %", () => {
    const run = { id: "r1", started_at: STARTED, progress_percentage: 30, resumed_from_run_id: null };
    expect(firstSample(run, at(60))).toEqual({ runId: "r1", atMs: at(0), percentage: 0 });
  });

  it("measures a resumed run from the progress seen now, not from 0 %", () => {
    const run = { id: "r2", started_at: STARTED, progress_percentage: 40, resumed_from_run_id: "r1" };
    expect(firstSample(run, at(3))).toEqual({ runId: "r2", atMs: at(3), percentage: 40 });
  });
});

describe("secondsLeft", () => {
  const from = { runId: "r1", atMs: at(0), percentage: 0 };

  it("extrapolates the rate so far: 25 % in 60 s leaves 180 s", () => {
    expect(secondsLeft(from, 25, at(60))).toBe(180);
  });

  it("uses the rate since the sample, not since 0 %, for a resumed run", () => {
    // 40 % → 50 % in 20 s: 50 points left at 0.5 points/s.
    expect(secondsLeft({ runId: "r2", atMs: at(10), percentage: 40 }, 50, at(30))).toBe(100);
  });

  it("says nothing with under 2 points gained or under 5 s measured", () => {
    expect(secondsLeft(from, 1, at(60))).toBeNull();
    expect(secondsLeft(from, 50, at(4))).toBeNull();
    expect(secondsLeft(from, 2, at(5))).toBe(245);
  });

  it("is 0 at 100 %", () => {
    expect(secondsLeft(from, 100, at(90))).toBe(0);
  });
});
