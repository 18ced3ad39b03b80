// Which calendar dates a run covers. A start without dates is an incremental sync: from the end of the
// business's last completed run (or 90 days back) to today, in the business's timezone.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { badRequest } from "../errors";
import { addDays, calendarDateIn, DEFAULT_LOOKBACK_DAYS } from "../shared/calendar";

/** Gmail's search takes epoch seconds: nothing before 1970 can be asked for. */
export const EARLIEST_SYNC_DATE = "1970-01-01";

export interface SyncRange {
  mode: "range" | "incremental";
  fromDate: string;
  toDate: string;
}

export async function resolveSyncRange(
  prisma: PrismaClient,
  business: { id: string; timezone: string },
  requested: { fromDate?: string | null; toDate?: string | null },
  now = new Date(),
): Promise<SyncRange> {
  const today = calendarDateIn(now, business.timezone);
  if (requested.fromDate || requested.toDate) {
    const range: SyncRange = {
      mode: "range",
      fromDate: requested.fromDate ?? addDays(requested.toDate!, -DEFAULT_LOOKBACK_DAYS),
      toDate: requested.toDate ?? today,
    };
    checkRange(range, requested, today);
    return range;
  }
  const last = await prisma.receiptSyncRun.findFirst({
    where: { businessId: business.id, status: "completed", toDate: { not: null } },
    orderBy: { toDate: "desc" },
    select: { toDate: true },
  });
  // Re-scan the last synced day: mail may have arrived after that run finished.
  const fromDate = last?.toDate ? last.toDate.toISOString().slice(0, 10) : addDays(today, -DEFAULT_LOOKBACK_DAYS);
  return { mode: "incremental", fromDate: fromDate > today ? today : fromDate, toDate: today };
}

/** A range that can only fail is refused before a run exists for it: 400 naming the parameter. */
function checkRange(
  range: SyncRange,
  requested: { fromDate?: string | null; toDate?: string | null },
  today: string,
): void {
  if (range.fromDate < EARLIEST_SYNC_DATE) {
    const param = requested.fromDate ? "from_date" : "to_date";
    throw badRequest(
      `${param} must be ${EARLIEST_SYNC_DATE} or later: Gmail cannot search before then`,
      "invalid_date_range",
    );
  }
  if (range.fromDate > range.toDate) {
    const to = requested.toDate
      ? `to_date (${range.toDate})`
      : `today (${today} in the business's timezone), where a range without to_date ends`;
    throw badRequest(`from_date (${range.fromDate}) is after ${to}`, "invalid_date_range");
  }
}
