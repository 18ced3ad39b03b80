// npm run bench [-- --quick]: every benchmark in its own process (so one's heap, workers or crash
// cannot touch the next), one after another, then one table of what each wrote to bench/results/ in
// this run. Exits 1 only when a benchmark crashed; a missed target is a figure, reported as such.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { quick, RESULTS_DIR, type Target } from "./results";

/**
 * One line per benchmark: its script in bench/ (which records its result under the same name, without
 * .ts) and the figures of that result the summary shows; the JSON keeps all of them.
 */
const BENCHMARKS: Array<{ script: string; figures: string[] }> = [
  { script: "sync-throughput.ts", figures: ["share_of_quota", "heap_growth_mb"] },
  { script: "recognition-throughput.ts", figures: ["body_only_per_second", "with_pdf_per_second"] },
  { script: "ocr.ts", figures: ["receipt_ocr_median_ms", "invoice_ocr_median_ms", "rss_peak_mb"] },
  { script: "narrowed-listing.ts", figures: [] },
  {
    script: "status-polling.ts",
    figures: ["status_p50_ms", "status_p95_ms", "status_p99_ms", "p95_ratio", "status_errors"],
  },
  { script: "receipts-list.ts", figures: ["receipts", "first_page_p95_ms", "next_page_p95_ms", "seq_scan"] },
  { script: "recovery.ts", figures: ["seconds_to_stale_failure", "seconds_to_resumed_run_claimed", "pages_re_read"] },
];

interface Outcome {
  name: string;
  figures: string[];
  exitCode: number | null;
  seconds: number;
  result: { figures: Record<string, unknown>; targets: Target[] } | null;
}

function runBenchmark(script: string): Promise<{ exitCode: number | null; seconds: number }> {
  const started = Date.now();
  const args = [
    "--expose-gc",
    "--import",
    "tsx",
    path.join(import.meta.dirname, script),
    ...(quick ? ["--quick"] : []),
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: "inherit" });
    child.once("exit", (code, signal) =>
      resolve({ exitCode: code ?? (signal ? 128 : null), seconds: (Date.now() - started) / 1000 }),
    );
  });
}

/** The result the benchmark wrote after `since`; an older file is a previous run's, not this one's. */
function readResult(name: string, since: number): Outcome["result"] {
  const file = path.join(RESULTS_DIR, `${name}.json`);
  if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < since) return null;
  return JSON.parse(fs.readFileSync(file, "utf8")) as Outcome["result"];
}

function shown(value: unknown): string {
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return String(value);
}

async function main(): Promise<number> {
  const started = Date.now();
  const outcomes: Outcome[] = [];
  for (const { script, figures } of BENCHMARKS) {
    console.log(`\n━━ bench/${script}${quick ? " --quick" : ""}`);
    const since = Date.now();
    const { exitCode, seconds } = await runBenchmark(script);
    const name = path.basename(script, ".ts");
    outcomes.push({ name, figures, exitCode, seconds, result: readResult(name, since) });
  }

  console.log(`\n━━ summary (${quick ? "quick" : "full"}, ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  console.log(`${"benchmark".padEnd(24)} ${"time".padStart(6)}  ${"targets".padEnd(12)} key figures`);
  for (const o of outcomes) {
    const targets = o.result?.targets ?? [];
    const met = targets.filter((t) => t.met).length;
    const state =
      o.exitCode !== 0 ? `CRASHED (${o.exitCode})` : !o.result ? "no result" : `${met}/${targets.length} met`;
    const figures = o.figures
      .filter((key) => o.result?.figures[key] !== undefined)
      .map((key) => `${key} ${shown(o.result!.figures[key])}`)
      .join(", ");
    console.log(`${o.name.padEnd(24)} ${`${o.seconds.toFixed(0)} s`.padStart(6)}  ${state.padEnd(12)} ${figures}`);
    for (const t of targets.filter((t) => !t.met)) console.log(`${"".padEnd(34)}MISSED ${t.label}`);
  }
  return outcomes.some((o) => o.exitCode !== 0) ? 1 : 0;
}

process.exitCode = await main();
