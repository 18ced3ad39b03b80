// Reads of sync runs for one business; another business's run is simply not found.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { type RunRow, RUN_COLUMNS, RunNotFound, type SyncRun, toSyncRun } from "./run-model";

/** The running run, else the latest one; null when the business never synced. */
export async function getCurrentRun(
  prisma: PrismaClient,
  businessId: string,
  staleAfterSeconds: number,
): Promise<SyncRun | null> {
  const rows = await prisma.$queryRaw<RunRow[]>`
    SELECT ${RUN_COLUMNS} FROM receipt_sync_runs
    WHERE business_id = ${businessId}::uuid
    ORDER BY (status = 'running') DESC, started_at DESC, id DESC
    LIMIT 1`;
  return rows[0] ? toSyncRun(rows[0], staleAfterSeconds) : null;
}

export async function getRun(
  prisma: PrismaClient,
  businessId: string,
  runId: string,
  staleAfterSeconds: number,
): Promise<SyncRun> {
  const rows = await prisma.$queryRaw<RunRow[]>`
    SELECT ${RUN_COLUMNS} FROM receipt_sync_runs WHERE id = ${runId}::uuid AND business_id = ${businessId}::uuid`;
  if (!rows[0]) throw new RunNotFound();
  return toSyncRun(rows[0], staleAfterSeconds);
}

export interface RunPage {
  runs: SyncRun[];
  next_cursor: string | null;
}

/** Newest first; the cursor is the last run's id (keyset on started_at, id). */
export async function listRuns(
  prisma: PrismaClient,
  businessId: string,
  options: { limit: number; cursor?: string | null; staleAfterSeconds: number },
): Promise<RunPage> {
  const after = options.cursor
    ? Prisma.sql`AND (started_at, id) < (SELECT started_at, id FROM receipt_sync_runs WHERE id = ${options.cursor}::uuid AND business_id = ${businessId}::uuid)`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<RunRow[]>`
    SELECT ${RUN_COLUMNS} FROM receipt_sync_runs
    WHERE business_id = ${businessId}::uuid ${after}
    ORDER BY started_at DESC, id DESC
    LIMIT ${options.limit + 1}`;
  const runs = rows.slice(0, options.limit).map((r) => toSyncRun(r, options.staleAfterSeconds));
  return { runs, next_cursor: rows.length > options.limit ? runs[runs.length - 1]!.id : null };
}
