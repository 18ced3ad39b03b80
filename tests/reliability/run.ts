// npm run test:reliability [-- --quick]: the app under failure. PostgreSQL, two web processes and two
// standalone workers (plus, at the end, the embedded demo) are started on free ports, hurt in the ways
// production hurts them, and checked against the Gmail emulator's ground truth. Prints a table of
// figures; exits 1 when a check fails. --quick is the subset `npm test` runs (about 3 minutes).
import { parseArgs } from "node:util";
import { seededRandom } from "@/lib/gmail-emulator/faults";
import { fuzz, invalidKeyFlood, rotatingForwardedFor, sameSiteCsrf, unreadablePaths } from "./attacks";
import { configureSuiteEnv, startCluster, type Cluster } from "./cluster";
import { demoKilled } from "./demo";
import { cleanupAll, logDir } from "./processes";
import { aborted, printTable, rows } from "./report";
import { concurrentStarts, databaseOutage, gmailFaults, killedWorkers } from "./runs";

const { values } = parseArgs({
  options: { quick: { type: "boolean", default: false }, seed: { type: "string", default: "20261203" } },
});
const quick = values.quick;
const seed = Number(values.seed);
const random = seededRandom(seed);

// The generated mailbox spans 2024-11-01 to 2026-11-01; each scenario owns a slice of it.
const plan = quick
  ? { mailboxSize: 1200, kills: 1, outages: [3], fuzzSeconds: 20 }
  : { mailboxSize: 4000, kills: 5, outages: [3, 20], fuzzSeconds: 180 };
const RANGES = {
  concurrent: { from: "2024-11-01", to: "2024-12-31" },
  kills: { from: "2025-01-01", to: "2025-06-30" },
  outage3: { from: "2025-07-01", to: "2025-09-30" },
  outage20: { from: "2025-10-01", to: "2025-12-31" },
  faults: { from: "2026-01-01", to: "2026-04-30" },
};

/** Runs a scenario; one that throws is a failed row and the rest still run. */
async function scenario(name: string, body: () => Promise<unknown>): Promise<void> {
  process.stdout.write(`\n${name}\n`);
  const started = Date.now();
  try {
    await body();
  } catch (error) {
    aborted(name, error);
  }
  process.stdout.write(`  (${Math.round((Date.now() - started) / 1000)} s)\n`);
}

async function main(): Promise<number> {
  const started = Date.now();
  configureSuiteEnv();
  process.stdout.write(`reliability (${quick ? "quick" : "full"}, seed ${seed}); process logs in ${logDir}\n`);
  let cluster: Cluster | undefined;
  await scenario("start PostgreSQL, 2 web processes, 2 workers", async () => {
    cluster = await startCluster({ mailboxSize: plan.mailboxSize, seed });
  });
  if (cluster) {
    const c = cluster;
    await scenario("200 concurrent starts", () => concurrentStarts(c, RANGES.concurrent));
    await scenario("kill -9 of the owning worker", () => killedWorkers(c, RANGES.kills, plan.kills, random));
    for (const seconds of plan.outages) {
      await scenario(`PostgreSQL down ${seconds} s`, () =>
        databaseOutage(c, seconds < 10 ? RANGES.outage3 : RANGES.outage20, seconds),
      );
    }
    await scenario("Gmail faults at 20 %", () => gmailFaults(c, RANGES.faults));
    await scenario("same-site CSRF", () => sameSiteCsrf(c, 1));
    await scenario("rotating X-Forwarded-For", () => rotatingForwardedFor(c, 1, 40));
    await scenario("invalid API key flood", () => invalidKeyFlood(c, 1, 10, 30));
    await scenario("unreadable percent-escapes", () => unreadablePaths(c, 0));
    // Last: the fuzz may disconnect Gmail or sign the session out, as a real client could.
    await scenario("fuzz", () => fuzz(c, 0, plan.fuzzSeconds, random));
  }
  cleanupAll();
  await scenario("kill -9 of the demo", () => demoKilled());
  printTable((Date.now() - started) / 1000, quick ? "quick" : "full");
  return rows.some((r) => !r.pass) || rows.length === 0 ? 1 : 0;
}

main().then(
  (code) => {
    cleanupAll();
    process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`reliability: ${error instanceof Error ? error.stack : String(error)}\n`);
    cleanupAll();
    process.exit(1);
  },
);
