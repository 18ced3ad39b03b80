// Which calendar dates a run covers. A start without dates is an incremental sync: from the end of the
// business's last completed run (or 90 days back) to today, in the business's timezone.
import type { PrismaClient } from "@/generated/prisma/client";
import { calendarDateIn } from "../gmail/query";

export const DEFAULT_LOOKBACK_DAYS = 90;

export interface SyncRange {
  mode: "range" | "incremental";
  fromDate: string;
  toDate: string;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function resolveSyncRange(
  prisma: PrismaClient,
  business: { id: string; timezone: string },
  requested: { fromDate?: string | null; toDate?: string | null },
  now = new Date(),
): Promise<SyncRange> {
  const today = calendarDateIn(now, business.timezone);
  if (requested.fromDate || requested.toDate) {
    return {
      mode: "range",
      fromDate: requested.fromDate ?? addDays(requested.toDate!, -DEFAULT_LOOKBACK_DAYS),
      toDate: requested.toDate ?? today,
    };
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
