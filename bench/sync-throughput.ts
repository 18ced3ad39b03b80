// npm run bench — how close a sync run gets to Gmail's per-user quota, and what it costs in memory.
// The baseline, measured in the same run, is the quota itself: 250 units/s is the fastest any client
// may read one mailbox. A healthy run uses most of it without being throttled, and its memory does
// not grow with the size of the mailbox.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pino from "pino";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations } from "@/lib/db/migrate";
import { pgliteSession } from "@/lib/db/sql-session";
import { saveGmailConnection } from "@/lib/gmail/connection-store";
import { generateMailbox } from "@/lib/gmail-emulator/mailbox";
import { DEFAULT_REFRESH_TOKEN, QUOTA_UNITS, startGmailEmulator } from "@/lib/gmail-emulator/server";
import { executeRun } from "@/lib/sync/engine";
import { createRunStore } from "@/lib/sync/run-store";
import { quick, recordResult } from "./results";

const QUOTA_UNITS_PER_SECOND = 250;
const TARGET_QUOTA_SHARE = 0.7;
const MAX_HEAP_GROWTH_MB = 150;

async function measure(size: number) {
  const pglite = await PGlite.create();
  await applyMigrations(pgliteSession(pglite));
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const mailbox = generateMailbox({
    seed: `bench-${size}`,
    size,
    from: new Date("2026-01-01T00:00:00Z"),
    to: new Date("2026-07-01T00:00:00Z"),
  });
  const emulator = await startGmailEmulator({ mailbox, quota: true });
  const business = await prisma.business.create({ data: { name: "Bench", timezone: "UTC" } });
  await saveGmailConnection(prisma, business.id, {
    email: "bench@example.com",
    refreshToken: DEFAULT_REFRESH_TOKEN,
    apiRootUrl: emulator.url,
  });
  const runs = createRunStore(prisma, { staleAfterSeconds: 180 });
  const { run } = await runs.start({
    businessId: business.id,
    mode: "range",
    fromDate: "2026-01-01",
    toDate: "2026-06-30",
  });
  const claimed = (await runs.claim("bench", run.id))!;

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 100);
  const started = performance.now();
  const outcome = await executeRun({ runs, logger: pino({ level: "silent" }) }, claimed);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);

  const routes = emulator.stats.byRoute as Record<string, Record<string, number> | undefined>;
  let units = 0;
  for (const [route, byStatus] of Object.entries(routes)) {
    const cost = QUOTA_UNITS[route as keyof typeof QUOTA_UNITS] ?? 0;
    for (const [status, n] of Object.entries(byStatus ?? {})) if (status === "200") units += cost * n;
  }
  const result = {
    size,
    outcome,
    seconds,
    messagesPerSecond: size / seconds,
    unitsPerSecond: units / seconds,
    throttled: emulator.stats.count(undefined, 429),
    heapGrowthMb: (heapPeak - heapBefore) / 1e6,
  };
  await emulator.close();
  await prisma.$disconnect();
  await pglite.close();
  return result;
}

const sizes = (process.env.BENCH_SIZES ?? (quick ? "300" : "300,1200")).split(",").map(Number);
// A small run first loads pdf.js, PGlite and the JIT, so the measured runs show the sync's own cost.
await measure(60);
const rows: Awaited<ReturnType<typeof measure>>[] = [];
for (const size of sizes) rows.push(await measure(size));

console.log(`\nsync throughput against Gmail's per-user quota (baseline ${QUOTA_UNITS_PER_SECOND} units/s)\n`);
console.log("messages  outcome    seconds  msgs/s  units/s  share of quota  429s  heap growth");
for (const r of rows) {
  console.log(
    `${String(r.size).padStart(8)}  ${r.outcome.padEnd(9)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.messagesPerSecond.toFixed(1).padStart(6)}  ${r.unitsPerSecond.toFixed(0).padStart(7)}  ${((r.unitsPerSecond / QUOTA_UNITS_PER_SECOND) * 100).toFixed(0).padStart(13)}%  ${String(r.throttled).padStart(4)}  ${r.heapGrowthMb.toFixed(0).padStart(8)} MB`,
  );
}
const share = (r: (typeof rows)[number]) => r.unitsPerSecond / QUOTA_UNITS_PER_SECOND;
const largest = rows[rows.length - 1]!;
recordResult("sync-throughput", {
  figures: {
    runs: rows.map((r) => ({ ...r, shareOfQuota: Number(share(r).toFixed(3)) })),
    share_of_quota: Number(share(largest).toFixed(3)),
    heap_growth_mb: Math.round(Math.max(...rows.map((r) => r.heapGrowthMb))),
  },
  baseline: { quota_units_per_second: QUOTA_UNITS_PER_SECOND },
  targets: rows.flatMap((r) => [
    { label: `${r.size}: run completed (${r.outcome})`, met: r.outcome === "completed" },
    {
      label: `${r.size}: ≥ ${TARGET_QUOTA_SHARE * 100}% of the quota (${(share(r) * 100).toFixed(0)}%)`,
      met: share(r) >= TARGET_QUOTA_SHARE,
    },
    {
      label: `${r.size}: heap growth ≤ ${MAX_HEAP_GROWTH_MB} MB (${r.heapGrowthMb.toFixed(0)} MB)`,
      met: r.heapGrowthMb <= MAX_HEAP_GROWTH_MB,
    },
  ]),
});
