"use client";
// One line about automatic sync under the Sync heading, with a way back when Gmail needs signing in again.
import { linkClass } from "@/components/ui/styles";
import type { SyncRun, SyncSchedule } from "@/lib/ui/api-types";
import { scheduleSentence } from "@/lib/ui/schedule-sentence";
import { useNow } from "@/lib/ui/use-now";

export function SyncScheduleLine({
  schedule,
  lastRun,
  timeZone,
}: {
  schedule: SyncSchedule | null;
  lastRun: SyncRun | null;
  timeZone: string;
}) {
  const now = useNow(30_000);
  if (!schedule) return null;
  return (
    <p className="text-sm text-slate-700" data-testid="sync-schedule">
      {scheduleSentence(schedule, lastRun, now, timeZone)}
      {schedule.paused_reason === "gmail_needs_reauth" ? (
        <>
          {" — "}
          {/* A full navigation: the route redirects to Google's consent screen. */}
          <a href="/api/gmail/connect" className={linkClass}>
            Reconnect
          </a>
        </>
      ) : null}
    </p>
  );
}
