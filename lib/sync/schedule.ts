// A business's automatic sync as people see and change it: on or off, how often, when next, why paused.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

export type SchedulePausedReason = "gmail_needs_reauth" | "gmail_disconnected" | "disabled";

export interface SyncSchedule {
  enabled: boolean;
  interval_minutes: number;
  first_import_months: number;
  next_sync_at: string;
  /** Why no scheduled run will start at next_sync_at; null when one will. */
  paused_reason: SchedulePausedReason | null;
}

export interface SyncScheduleChange {
  autoSync?: boolean;
  intervalMinutes?: number;
  firstImportMonths?: number;
}

interface ScheduleRow {
  auto_sync: boolean;
  sync_interval_minutes: number;
  first_import_months: number;
  next_sync_at: Date;
  connection: "active" | "needs_reauth" | "disconnected" | null;
}

function toSchedule(row: ScheduleRow): SyncSchedule {
  const paused_reason: SchedulePausedReason | null = !row.auto_sync
    ? "disabled"
    : row.connection === "needs_reauth"
      ? "gmail_needs_reauth"
      : row.connection !== "active"
        ? "gmail_disconnected"
        : null;
  return {
    enabled: row.auto_sync,
    interval_minutes: row.sync_interval_minutes,
    first_import_months: row.first_import_months,
    next_sync_at: row.next_sync_at.toISOString(),
    paused_reason,
  };
}

export async function syncSchedule(prisma: PrismaClient, businessId: string): Promise<SyncSchedule> {
  const [row] = await prisma.$queryRaw<ScheduleRow[]>`
    SELECT b.auto_sync, b.sync_interval_minutes, b.first_import_months, b.next_sync_at, g.status::text AS connection
    FROM businesses b LEFT JOIN gmail_connections g ON g.business_id = b.id
    WHERE b.id = ${businessId}::uuid`;
  return toSchedule(row!);
}

/**
 * Changes the schedule in one statement. Turning automatic sync on makes it due one interval from now;
 * a shorter interval brings the next due time forward to at most one new interval away.
 */
export async function updateSyncSchedule(
  prisma: PrismaClient,
  businessId: string,
  change: SyncScheduleChange,
): Promise<SyncSchedule> {
  await prisma.$executeRaw`
    UPDATE businesses AS b SET
      auto_sync = coalesce(${change.autoSync ?? null}::boolean, b.auto_sync),
      sync_interval_minutes = coalesce(${change.intervalMinutes ?? null}::int, b.sync_interval_minutes),
      first_import_months = coalesce(${change.firstImportMonths ?? null}::int, b.first_import_months),
      next_sync_at = CASE
        WHEN ${change.autoSync ?? null}::boolean AND NOT b.auto_sync
          THEN now() + make_interval(mins => coalesce(${change.intervalMinutes ?? null}::int, b.sync_interval_minutes))
        WHEN ${change.intervalMinutes ?? null}::int IS NOT NULL
          THEN least(b.next_sync_at, now() + make_interval(mins => ${change.intervalMinutes ?? null}::int))
        ELSE b.next_sync_at END,
      updated_at = now()
    WHERE b.id = ${businessId}::uuid`;
  return syncSchedule(prisma, businessId);
}
