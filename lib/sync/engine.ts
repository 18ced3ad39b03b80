// One sync run, executed by the worker that claimed it: page through Gmail's listing (a date range, or
// its history: history-listing.ts), recognise receipts, save them, heartbeat, and commit a checkpoint per page. The final status is always written.
import "server-only";
import { GmailAuthError, GmailError } from "../gmail/errors";
import {
  gmailClientFor,
  GmailNotConnected,
  markGmailNeedsReauth,
  recordLastHistoryId,
} from "../gmail/connection-store";
import { rangeBounds, rangeQuery } from "../gmail/query";
import { retryTransient } from "../db/transient";
import type { Logger } from "../log";
import { saveCandidates } from "../receipts/candidates";
import { saveReceipts } from "../receipts/store";
import { ocrReader } from "../receipts/ocr/reader";
import type { OcrReader } from "../receipts/recognition/recognise-mail";
import { recogniseMessages } from "./recognise-batch";
import { progressPercentage } from "./progress";
import { planListing } from "./history-listing";
import { MAILBOX_FILTER_COLUMNS, mailboxFilterOf } from "./mailbox-filters";
import { calendarDateIn } from "../shared/calendar";
import type { SyncFailureCode } from "../shared/sync-run";
import type { ClaimedRun, FinalStatus, Lease, RunCounters, RunStore, SyncCheckpoint } from "./run-store";

export const MESSAGES_PER_HEARTBEAT = 20;
const PROGRESS_LOG_EVERY = 50;

export interface EngineOptions {
  /** The run store; its stale threshold sets the heartbeat cadence (three beats within it) and how long database retries go on. */
  runs: RunStore;
  logger: Logger;
  /** Messages per Gmail list page. */
  pageSize?: number;
  /** Overrides for the Gmail client (tests: faster backoff). */
  gmail?: Parameters<typeof gmailClientFor>[2];
  /** Asked at every heartbeat; true when the worker is shutting down and should hand the run back. */
  shouldHandBack?: () => boolean;
  /** Reads receipts that arrive as images or scans; false turns OCR off (RECEIPT_OCR=false). */
  ocr?: OcrReader | false;
}

/** Heartbeat at least every 30 s, and at least three times per stale threshold, whatever the run is doing. */
export function heartbeatIntervalMs(staleAfterSeconds: number): number {
  return Math.min(30_000, Math.floor((staleAfterSeconds * 1000) / 3));
}

export type RunOutcome = FinalStatus | "lost" | "released";

/** The worker no longer owns the run: stop at once, write nothing more. */
class LeaseLost extends Error {}
class CancelRequested extends Error {}
/** The worker is shutting down: hand the run back so another worker resumes it from its checkpoint. */
class HandBack extends Error {}

export async function executeRun(options: EngineOptions, run: ClaimedRun): Promise<RunOutcome> {
  const { runs } = options;
  const { prisma, staleAfterSeconds } = runs;
  const lease: Lease = { runId: run.id, leaseToken: run.lease_token };
  const log = options.logger.child({ run_id: run.id, business_id: run.business_id });
  const startedMs = Date.now();
  const checkpoint: SyncCheckpoint | null = run.checkpoint;
  const counters: Required<RunCounters> = {
    messagesScanned: checkpoint?.messages_scanned ?? 0,
    pagesScanned: checkpoint?.pages_scanned ?? 0,
    savedReceipts: checkpoint?.saved_receipts ?? 0,
    updatedReceipts: checkpoint?.updated_receipts ?? 0,
    skippedMessages: checkpoint?.skipped_messages ?? 0,
  };
  let oldestScannedAt: Date | null = checkpoint?.oldest_message_at ? new Date(checkpoint.oldest_message_at) : null;
  let estimatedTotal: number | null = run.estimated_total;
  let bounds: { after: number; before: number } | null = null;
  const progress = () =>
    progressPercentage({ bounds, oldestScannedAt, messagesScanned: counters.messagesScanned, estimatedTotal });
  const logCounters = () => ({
    messages_scanned: counters.messagesScanned,
    pages_scanned: counters.pagesScanned,
    saved: counters.savedReceipts,
    updated: counters.updatedReceipts,
    skipped: counters.skippedMessages,
  });

  const beatMs = heartbeatIntervalMs(staleAfterSeconds);
  // A database blip (restart, failover) is ridden out: each write is retried, still lease-guarded,
  // until the stale threshold; past it the run is left to be failed as stale and resumed.
  const db = <T>(work: () => Promise<T>) =>
    retryTransient(work, {
      budgetMs: staleAfterSeconds * 1000,
      onRetry: ({ attempt, delayMs, error }) =>
        log.warn(
          { event: "DATABASE_RETRY", attempt, delay_ms: delayMs, err: (error as Error).message?.split("\n")[0] },
          "database unavailable: retrying",
        ),
    });

  let summary: string | null = null;
  const heartbeat = async (committed?: SyncCheckpoint) => {
    const beat = await db(() =>
      runs.heartbeat({
        ...lease,
        counters,
        progressPercentage: progress(),
        estimatedTotal,
        summary,
        checkpoint: committed,
      }),
    );
    if (!beat) throw new LeaseLost();
    if (beat.cancelRequested) throw new CancelRequested();
    if (options.shouldHandBack?.()) throw new HandBack();
  };

  log.info(
    {
      event: "RUN_START",
      started_at: run.started_at,
      mode: run.mode,
      from_date: run.from_date,
      to_date: run.to_date,
      resumed: checkpoint !== null,
      ...logCounters(),
    },
    "sync run started",
  );
  try {
    const business = await db(() =>
      prisma.business.findUniqueOrThrow({
        where: { id: run.business_id },
        select: { timezone: true, ...MAILBOX_FILTER_COLUMNS },
      }),
    );
    const { client, lastHistoryId } = await db(() =>
      gmailClientFor(prisma, run.business_id, {
        ...options.gmail,
        retry: { maxWaitChunkMs: beatMs, ...options.gmail?.retry },
        onWait: () => heartbeat(),
        logger: log,
      }),
    );
    const dated = run.from_date && run.to_date ? { from: run.from_date, to: run.to_date } : null;
    const plan = await planListing({
      client,
      run,
      checkpoint,
      lastHistoryId,
      rangeQuery: dated ? rangeQuery(dated.from, dated.to, business.timezone) : undefined,
      filter: mailboxFilterOf(business),
      reachesToday: dated !== null && dated.to >= calendarDateIn(new Date(), business.timezone),
      pageSize: options.pageSize ?? 100,
      log,
    });
    summary = plan.checkpoint.summary ?? null;
    // A history run's progress is the share of added messages processed, whatever their dates.
    bounds = dated && plan.listing.kind === "range" ? rangeBounds(dated.from, dated.to, business.timezone) : null;
    await heartbeat();

    let nextProgressLog = Math.floor(counters.messagesScanned / PROGRESS_LOG_EVERY + 1) * PROGRESS_LOG_EVERY;
    for await (const page of plan.listing.pages(plan.cursor)) {
      counters.pagesScanned++;
      if (counters.pagesScanned === 1 || estimatedTotal === null) estimatedTotal = page.estimatedTotal;
      log.info(
        {
          event: "PAGE_FETCH",
          listing: plan.listing.kind,
          page: counters.pagesScanned,
          messages: page.messageIds.length,
          ...logCounters(),
        },
        "page fetched",
      );

      for (let i = 0; i < page.messageIds.length; i += MESSAGES_PER_HEARTBEAT) {
        const ids = page.messageIds.slice(i, i + MESSAGES_PER_HEARTBEAT);
        // Slow messages (OCR, large PDFs) must not silence the run: a keep-alive beats while they are read.
        const found = await keepingAlive(runs, lease, beatMs, () =>
          recogniseMessages(
            client,
            ids,
            business.timezone,
            log,
            options.ocr === false ? undefined : (options.ocr ?? ocrReader),
            plan.admit,
          ),
        );
        const saved = await db(() =>
          runs.whileLeaseHeld(lease, async (tx) => {
            const origin = { businessId: run.business_id, syncRunId: lease.runId };
            const outcome = await saveReceipts(tx, origin, found.receipts);
            const receiptMessages = found.receipts.map((r) => r.gmailMessageId);
            await saveCandidates(tx, origin, found.candidates, receiptMessages);
            return outcome;
          }),
        );
        if (saved === null) throw new LeaseLost();
        counters.messagesScanned += ids.length;
        counters.skippedMessages += found.deleted.length;
        counters.savedReceipts += saved.inserted;
        counters.updatedReceipts += saved.updated;
        if (found.oldest && (!oldestScannedAt || found.oldest < oldestScannedAt)) oldestScannedAt = found.oldest;
        if (counters.messagesScanned >= nextProgressLog) {
          log.info({ event: "RUN_PROGRESS", progress_percentage: progress(), ...logCounters() }, "sync progress");
          nextProgressLog += PROGRESS_LOG_EVERY;
        }
        await heartbeat();
      }

      await heartbeat({
        next_page_token: page.nextCursor,
        oldest_message_at: oldestScannedAt?.toISOString() ?? null,
        messages_scanned: counters.messagesScanned,
        pages_scanned: counters.pagesScanned,
        saved_receipts: counters.savedReceipts,
        updated_receipts: counters.updatedReceipts,
        skipped_messages: counters.skippedMessages,
        listing: plan.checkpoint,
      });
    }
    const historyId = plan.historyIdOnCompletion;
    if (historyId) {
      // Lease-guarded: a worker that lost the run must not move the connection's history id.
      const stored = await db(() =>
        runs.whileLeaseHeld(lease, (tx) => recordLastHistoryId(tx, run.business_id, historyId)),
      );
      if (stored === null) throw new LeaseLost();
    }
    return await finish("completed", null, 100);
  } catch (error) {
    if (error instanceof LeaseLost) {
      log.warn(
        { event: "RUN_LEASE_LOST", ...logCounters() },
        "run was taken over or finished elsewhere: stopping without writing",
      );
      return "lost";
    }
    if (error instanceof CancelRequested) return await finish("cancelled", null, progress());
    if (error instanceof HandBack) {
      const released = await db(() => runs.release(lease));
      log.info({ event: "RUN_RELEASED", ...logCounters() }, "run handed back for another worker to resume");
      return released ? "released" : "lost";
    }
    if (error instanceof GmailAuthError) await db(() => markGmailNeedsReauth(prisma, run.business_id));
    return await finish("failed", describeFailure(error), progress(), failureCodeOf(error));
  }

  async function finish(
    status: FinalStatus,
    errorMessage: string | null,
    percentage: number,
    failureCode: SyncFailureCode | null = null,
  ): Promise<RunOutcome> {
    const won = await db(() =>
      runs.finish({ ...lease, status, counters, errorMessage, failureCode, summary, progressPercentage: percentage }),
    );
    if (!won) {
      log.warn({ event: "RUN_LEASE_LOST", ...logCounters() }, "final status not written: the run is no longer ours");
      return "lost";
    }
    const fields = { status, duration_ms: Date.now() - startedMs, ...logCounters() };
    if (status === "failed") log.error({ event: "RUN_FAIL", ...fields, error: errorMessage }, "sync run failed");
    else log.info({ event: "RUN_DONE", ...fields }, `sync run ${status}`);
    return status;
  }
}

/** What a program reads in the run's failure_code. */
export function failureCodeOf(error: unknown): SyncFailureCode {
  if (error instanceof GmailAuthError || error instanceof GmailNotConnected) return "gmail_auth";
  if (error instanceof GmailError) return "gmail";
  return "unexpected";
}

/** What a user reads in the run's error_message: our typed errors say what to do; the rest is named. */
export function describeFailure(error: unknown): string {
  if (error instanceof GmailError || error instanceof GmailNotConnected) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `Sync failed unexpectedly: ${message.split("\n")[0]!.slice(0, 300)}`;
}

/** Runs `work` while refreshing the run's heartbeat every `beatMs`; a lost lease ends the run after it. */
async function keepingAlive<T>(runs: RunStore, lease: Lease, beatMs: number, work: () => Promise<T>): Promise<T> {
  let lost = false;
  const timer = setInterval(() => {
    runs.keepAlive(lease).then(
      (owned) => {
        if (!owned) lost = true;
      },
      () => {
        // The next lease-checked write will retry or fail the run; a missed keep-alive is not fatal.
      },
    );
  }, beatMs);
  try {
    const result = await work();
    if (lost) throw new LeaseLost();
    return result;
  } finally {
    clearInterval(timer);
  }
}
