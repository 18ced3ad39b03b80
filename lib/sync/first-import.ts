// The first import: connecting Gmail to a business that never completed a run starts one by itself,
// over the business's first-import window (12 months unless changed in Settings).
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Logger } from "../log";
import { addMonths, calendarDateIn } from "../shared/calendar";
import type { SyncRun } from "../shared/sync-run";
import { SyncAlreadyRunning } from "./run-store";
import { startSync } from "./service";

/**
 * Starts the first import (a range run started by `connect`) unless the business already completed a
 * run or one is going. The schedule's next due time moves one interval past now, so the first scheduled
 * run follows the import. Never throws: the connection is saved by then, and a run that could not start
 * now is made up by the schedule.
 */
export async function startFirstImport(
  prisma: PrismaClient,
  businessId: string,
  log: Logger,
  now = new Date(),
): Promise<SyncRun | null> {
  try {
    const completed = await prisma.receiptSyncRun.findFirst({
      where: { businessId, status: "completed" },
      select: { id: true },
    });
    if (completed) return null;
    const business = await prisma.business.findUniqueOrThrow({
      where: { id: businessId },
      select: { id: true, timezone: true, firstImportMonths: true },
    });
    const toDate = calendarDateIn(now, business.timezone);
    const fromDate = addMonths(toDate, -business.firstImportMonths);
    const { run } = await startSync(prisma, business, { fromDate, toDate }, "connect");
    await prisma.$executeRaw`
      UPDATE businesses SET next_sync_at = now() + make_interval(mins => sync_interval_minutes)
      WHERE id = ${businessId}::uuid`;
    log.info(
      { event: "FIRST_IMPORT_START", business_id: businessId, run_id: run.id, from_date: fromDate, to_date: toDate },
      "first import started",
    );
    return run;
  } catch (error) {
    if (error instanceof SyncAlreadyRunning) {
      log.info(
        { event: "FIRST_IMPORT_SKIPPED", business_id: businessId, running_run_id: error.run.id },
        "first import not started: a run is already going",
      );
    } else {
      log.error(
        {
          event: "FIRST_IMPORT_FAILED",
          business_id: businessId,
          err: error instanceof Error ? error.message : String(error),
        },
        "first import could not start",
      );
    }
    return null;
  }
}
