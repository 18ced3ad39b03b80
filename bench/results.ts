// Every benchmark prints its figures beside a baseline measured in the same run, says which targets it
// misses, and keeps the figures as JSON in bench/results/<name>.json for the README and for comparison.
import fs from "node:fs";
import path from "node:path";

export const RESULTS_DIR = path.resolve(import.meta.dirname, "results");

/** `--quick` (or BENCH_QUICK=1): smaller inputs, so `npm run bench -- --quick` stays under 3 minutes. */
export const quick = process.argv.includes("--quick") || process.env.BENCH_QUICK === "1";

export interface Target {
  /** What is promised, in words: "≥ 95 % of 250 units/s". */
  label: string;
  met: boolean;
}

export interface BenchResult {
  /** The figures, each a plain number or string, keyed by what they are. */
  figures: Record<string, unknown>;
  /** What the figures were compared with, measured in the same run. */
  baseline?: Record<string, unknown>;
  targets: Target[];
}

/** Writes bench/results/<name>.json with the machine it was measured on, and prints the targets. */
export function recordResult(name: string, result: BenchResult): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  const machine = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? null,
  };
  fs.writeFileSync(
    file,
    `${JSON.stringify({ name, measured_at: new Date().toISOString(), quick, machine, ...result }, null, 2)}\n`,
  );
  const missed = result.targets.filter((t) => !t.met);
  for (const t of result.targets) console.log(`  ${t.met ? "met   " : "MISSED"}  ${t.label}`);
  console.log(
    `  ${missed.length ? `${missed.length} target(s) missed` : "all targets met"} · ${path.relative(process.cwd(), file)}`,
  );
}

/** The nearest-rank percentile (p in 0..100) of a non-empty list; NaN for an empty one. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
