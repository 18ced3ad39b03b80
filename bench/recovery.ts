// node --import tsx bench/recovery.ts [--quick] — figure 8: a standalone worker is killed with SIGKILL
// a few pages into a sync; a new worker starts at once. Measured: seconds from the kill until the
// sweeper (no request of any kind) has failed the run as stale, so the business can sync again, and
// until the next start — through the domain API — is claimed; then the pages and messages the resumed
// run read again. Baseline: the configured stale threshold, which the sweep cannot beat.
// Quick: SYNC_STALE_AFTER_SECONDS=15, a sweep every 2 s (the reliability suite's settings); full: the
// product defaults, 180 s and 30 s.
import { getDatabase } from "@/lib/db";
import { startSync } from "@/lib/sync/service";
import { TIMEZONE } from "../tests/reliability/cluster";
import { pidOfWorkerId, runById, runFinished } from "../tests/reliability/ledger";
import { killGroup, waitFor } from "../tests/reliability/processes";
import { quick, recordResult } from "./results";
import { startSyncSetup, SYNC_RANGE } from "./sync-setup";

const STALE_AFTER_SECONDS = quick ? 15 : 180;
const SWEEP_INTERVAL_SECONDS = quick ? 2 : 30;
/** The engine lists Gmail 100 messages to a page. */
const PAGE_SIZE = 100;
const KILL_AFTER_PAGES = 3;
/** The stale threshold and a sweep may pass before the run ends; beyond that, with slack, something is wrong. */
const TARGET_SLACK_SECONDS = 2 * SWEEP_INTERVAL_SECONDS + 5;

async function main() {
  const setup = await startSyncSetup({
    mailboxSize: quick ? 700 : 1500,
    workerEnv: {
      SYNC_STALE_AFTER_SECONDS: String(STALE_AFTER_SECONDS),
      SYNC_SWEEP_INTERVAL_SECONDS: String(SWEEP_INTERVAL_SECONDS),
    },
  });
  // This process's start uses the same threshold as the workers (a start may replace a stale run too).
  process.env.SYNC_STALE_AFTER_SECONDS = String(STALE_AFTER_SECONDS);
  try {
    const prisma = (await getDatabase()).prisma;
    const business = { id: setup.businessId, timezone: TIMEZONE };
    const first = await setup.startWorker("worker-1");
    setup.emulator.stats.reset();
    const { run } = await startSync(prisma, business, SYNC_RANGE);
    const progressed = await waitFor(`run ${run.id} to save ${KILL_AFTER_PAGES} pages`, 120_000, async () => {
      const row = await runById(setup.sql, run.id);
      return row.status !== "running" || (row.pages_scanned >= KILL_AFTER_PAGES && row.worker_id) ? row : undefined;
    });
    if (progressed.status !== "running") throw new Error(`run ended (${progressed.status}) before the kill`);
    if (pidOfWorkerId(progressed.worker_id) !== first.pid)
      throw new Error(`run is owned by ${progressed.worker_id}, not worker-1 (pid ${first.pid})`);
    await killGroup(first);
    const killedAt = Date.now();
    const listedBeforeKill = setup.emulator.stats.count("messages.list", 200);
    await setup.startWorker("worker-2");

    const failed = await runFinished(setup.sql, run.id, (STALE_AFTER_SECONDS + TARGET_SLACK_SECONDS + 30) * 1000);
    const staleSeconds = (Date.now() - killedAt) / 1000;
    const next = await startSync(prisma, business, SYNC_RANGE);
    const claimed = await waitFor("worker-2 to claim the next run", 60_000, async () => {
      const row = await runById(setup.sql, next.run.id);
      return row.worker_id ? row : undefined;
    });
    const resumedSeconds = (Date.now() - killedAt) / 1000;
    const final = await runFinished(setup.sql, next.run.id, 300_000);

    const pages = Math.ceil(setup.messages / PAGE_SIZE);
    const listed = setup.emulator.stats.count("messages.list", 200);
    const fetched = setup.emulator.stats.count("messages.get", 200);
    const figures = {
      stale_after_seconds: STALE_AFTER_SECONDS,
      sweep_interval_seconds: SWEEP_INTERVAL_SECONDS,
      pages_saved_before_kill: progressed.pages_scanned,
      pages_listed_before_kill: listedBeforeKill,
      seconds_to_stale_failure: Number(staleSeconds.toFixed(1)),
      failed_as: `${failed.status}${failed.failure_code ? ` (${failed.failure_code})` : ""}`,
      seconds_to_resumed_run_claimed: Number(resumedSeconds.toFixed(1)),
      resumed_from_killed_run: claimed.resumed_from_run_id === run.id,
      final_status: final.status,
      pages_re_read: listed - pages,
      messages_re_read: fetched - setup.messages,
    };
    console.log(
      `\nkill -9 of the owning worker after ${figures.pages_saved_before_kill} saved pages (${pages} pages, ${setup.messages} messages in all)\n`,
    );
    console.log(
      `baseline: stale threshold              ${STALE_AFTER_SECONDS} s (sweep every ${SWEEP_INTERVAL_SECONDS} s)`,
    );
    console.log(`kill → failed as stale, no request     ${figures.seconds_to_stale_failure} s (${figures.failed_as})`);
    console.log(`kill → next start claimed by worker-2  ${figures.seconds_to_resumed_run_claimed} s`);
    console.log(
      `resumed from the killed run            ${figures.resumed_from_killed_run ? "yes" : "no"}, ${final.status}`,
    );
    console.log(
      `pages re-read                          ${figures.pages_re_read} (${listed} list calls for ${pages} pages)`,
    );
    console.log(
      `messages re-read                       ${figures.messages_re_read} (${fetched} reads for ${setup.messages})`,
    );
    recordResult("recovery", {
      figures,
      baseline: { stale_after_seconds: STALE_AFTER_SECONDS },
      targets: [
        {
          label: `failed as stale by the sweeper within threshold + ${TARGET_SLACK_SECONDS} s (${figures.seconds_to_stale_failure} s)`,
          met: failed.failure_code === "stale" && staleSeconds <= STALE_AFTER_SECONDS + TARGET_SLACK_SECONDS,
        },
        {
          label: `the next start resumes from the checkpoint and completes (${final.status})`,
          met: figures.resumed_from_killed_run && final.status === "completed",
        },
        { label: `at most 1 page re-read (${figures.pages_re_read})`, met: figures.pages_re_read <= 1 },
      ],
    });
  } finally {
    setup.stop();
  }
}

await main();
process.exit(0);
