// npm run sync -- --business <id> --from YYYY-MM-DD --to YYYY-MM-DD
// One sync in the foreground, through the same lifecycle as the API (it gets the 409 progress too),
// with a progress bar on stderr and one JSON summary line on stdout.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { isCalendarDate } from "@/lib/shared/calendar";
import { getDatabase, closeDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { executeRun } from "@/lib/sync/engine";
import { progressOf, type SyncRun } from "@/lib/shared/sync-run";
import { SyncAlreadyRunning } from "@/lib/sync/run-store";
import { cancelSync, configuredRunStore, startSync, syncStatus } from "@/lib/sync/service";

// Logs would garble the progress bar: only warnings unless asked for.
process.env.LOG_LEVEL ??= "warn";

const USAGE = "usage: npm run sync -- --business <id> [--from YYYY-MM-DD] [--to YYYY-MM-DD]";

function fail(message: string, code = 1): never {
  console.error(`sync: ${message}`);
  process.exit(code);
}

function summary(run: SyncRun): string {
  return JSON.stringify({
    success: run.status === "completed",
    run_id: run.id,
    status: run.status,
    from_date: run.from_date,
    to_date: run.to_date,
    messages_scanned: run.messages_scanned,
    pages_scanned: run.pages_scanned,
    saved_receipts: run.saved_receipts,
    updated_receipts: run.updated_receipts,
    skipped_messages: run.skipped_messages,
    summary: run.summary,
    error_message: run.error_message,
    started_at: run.started_at,
    finished_at: run.finished_at,
  });
}

let args: { business?: string; from?: string; to?: string };
try {
  args = parseArgs({
    options: { business: { type: "string" }, from: { type: "string" }, to: { type: "string" } },
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (!args.business) fail(`--business is required\n${USAGE}`);
for (const [flag, value] of [
  ["--from", args.from],
  ["--to", args.to],
] as const) {
  if (value !== undefined && !isCalendarDate(value)) {
    fail(`Invalid ${flag} format: '${value}'. Use YYYY-MM-DD format`);
  }
}
if (args.from && args.to && args.from > args.to) fail(`--from (${args.from}) is after --to (${args.to})`);

let db;
try {
  db = await getDatabase();
} catch (error) {
  fail((error as Error).message);
}
const { prisma } = db;
const business = await prisma.business.findUnique({ where: { id: args.business } }).catch(() => null);
if (!business) fail(`business ${args.business} not found`);

let run: SyncRun;
try {
  run = (await startSync(prisma, business, { fromDate: args.from, toDate: args.to })).run;
} catch (error) {
  if (error instanceof SyncAlreadyRunning) {
    console.log(
      JSON.stringify({
        success: false,
        error: "Sync already in progress",
        run_id: error.run.id,
        progress: progressOf(error.run),
      }),
    );
    process.exit(2);
  }
  fail((error as Error).message);
}

const bar = new cliProgress.SingleBar(
  {
    format: "Syncing |{bar}| {percentage}% | {messages} messages | {pages} pages | {saved} receipts",
    hideCursor: true,
    stream: process.stderr,
  },
  cliProgress.Presets.shades_classic,
);
bar.start(100, 0, { messages: 0, pages: 0, saved: 0 });
const show = (r: SyncRun) =>
  bar.update(r.status === "completed" ? 100 : r.progress_percentage, {
    messages: r.messages_scanned,
    pages: r.pages_scanned,
    saved: r.saved_receipts,
  });
process.once("SIGINT", () => void cancelSync(prisma, business.id).catch(() => {}));

const config = env();
const runs = configuredRunStore(prisma);
const claimed = await runs.claim(`cli:${process.pid}`, run.id);
// Another worker (PostgreSQL scale-out) may have taken it first: then we just watch.
const execution = claimed
  ? executeRun(
      {
        runs,
        logger: logger(),
        ...(config.RECEIPT_OCR ? {} : { ocr: false as const }),
      },
      claimed,
    )
  : null;
while ((run = (await syncStatus(prisma, business.id, run.id))!).status === "running") {
  show(run);
  await new Promise((r) => setTimeout(r, 500));
}
await execution;
show(run);
bar.stop();
console.log(summary(run));
await closeDatabase();
process.exit(run.status === "completed" ? 0 : run.status === "cancelled" ? 130 : 1);
