// A sync worker: sweeps stale runs on a timer and executes the runs it claims. One runs inside the web
// process by default; `npm run worker` starts standalone ones for scale-out on PostgreSQL.
import "server-only";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "../env";
import { logger, type Logger } from "../log";
import { executeRun, type EngineOptions } from "./engine";
import { createRunStore, type RunStore } from "./run-store";
import { runDueSchedules } from "./scheduler";

export interface WorkerOptions {
  runs: RunStore;
  logger: Logger;
  sweepIntervalSeconds: number;
  /** How often the worker starts the runs of due schedules; unset: this worker schedules nothing. */
  scheduleTickSeconds?: number;
  workerId?: string;
  /** How often an idle worker looks for a new run. */
  pollIntervalMs?: number;
  maxConcurrentRuns?: number;
  engine?: Omit<EngineOptions, "runs" | "logger">;
}

export interface SyncWorker {
  readonly id: string;
  /** Look for work now (a run was just started in this process). */
  wake(): void;
  /**
   * Stops claiming and waits for the runs in hand to end; with handBack they stop at their next
   * heartbeat and are released for another worker to resume (a deploy, not a failure).
   */
  stop(options?: { handBack?: boolean }): Promise<void>;
}

export function startSyncWorker(options: WorkerOptions): SyncWorker {
  const id = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const log = options.logger.child({ worker_id: id });
  const maxRuns = options.maxConcurrentRuns ?? 2;
  const pollMs = options.pollIntervalMs ?? 1_000;
  const active = new Set<Promise<unknown>>();
  let stopping = false;
  let handingBack = false;
  let wakeUp: (() => void) | null = null;
  let lastSweep = 0;
  let lastScheduleTick = 0;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function sweep(): Promise<void> {
    lastSweep = Date.now();
    for (const run of await options.runs.sweep()) {
      log.error(
        { event: "RUN_FAIL", run_id: run.id, business_id: run.business_id, status: "failed", error: run.error_message },
        "stale run auto-failed by the sweeper",
      );
    }
  }

  async function loop(): Promise<void> {
    while (!stopping) {
      try {
        if (Date.now() - lastSweep >= options.sweepIntervalSeconds * 1000) await sweep();
        if (options.scheduleTickSeconds && Date.now() - lastScheduleTick >= options.scheduleTickSeconds * 1000) {
          lastScheduleTick = Date.now();
          await runDueSchedules(options.runs.prisma, log);
        }
        let claimed = false;
        if (active.size < maxRuns) {
          const run = await options.runs.claim(id);
          if (run) {
            claimed = true;
            const task: Promise<unknown> = executeRun(
              {
                runs: options.runs,
                logger: options.logger,
                ...options.engine,
                shouldHandBack: () => handingBack,
              },
              run,
            )
              .catch((error: unknown) =>
                log.error({ event: "WORKER_ERROR", run_id: run.id, err: String(error) }, "run could not be finished"),
              )
              .finally(() => {
                active.delete(task);
                wakeUp?.();
              });
            active.add(task);
          }
        }
        if (!claimed) await sleep(pollMs);
      } catch (error) {
        // A database hiccup must not kill the worker: log it and try again shortly.
        log.error(
          { event: "WORKER_ERROR", err: error instanceof Error ? error.message : String(error) },
          "worker loop error",
        );
        await sleep(pollMs);
      }
    }
  }

  const running = loop();
  log.info({ event: "WORKER_START" }, "sync worker started");
  return {
    id,
    wake: () => wakeUp?.(),
    async stop(stopOptions) {
      stopping = true;
      handingBack = stopOptions?.handBack ?? false;
      wakeUp?.();
      await running;
      await Promise.all([...active]);
      log.info({ event: "WORKER_STOP" }, "sync worker stopped");
    },
  };
}

/** A worker configured from the environment (the web process's and `npm run worker`'s). */
export function startConfiguredSyncWorker(prisma: PrismaClient): SyncWorker {
  const config = env();
  return startSyncWorker({
    runs: createRunStore(prisma, { staleAfterSeconds: config.SYNC_STALE_AFTER_SECONDS }),
    logger: logger(),
    sweepIntervalSeconds: config.SYNC_SWEEP_INTERVAL_SECONDS,
    scheduleTickSeconds: config.SYNC_SCHEDULE_TICK_SECONDS,
    maxConcurrentRuns: config.SYNC_WORKER_CONCURRENCY,
    ...(config.RECEIPT_OCR ? {} : { engine: { ocr: false } }),
  });
}
