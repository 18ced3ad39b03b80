// The dashboard: start a sync, watch it run, see how it ended, and the recent runs.
import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { SyncDashboard } from "@/components/dashboard/sync-dashboard";
import { requireSignedInPage } from "@/lib/auth/signed-in-page";
import { DEFAULT_LOOKBACK_DAYS, lastDaysIn } from "@/lib/shared/calendar";

export const metadata: Metadata = { title: "Dashboard · Receipt Sync" };
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const page = await requireSignedInPage();
  // Computed here, in the business's zone, so server and browser render the same defaults.
  const defaults = lastDaysIn(page.business.timezone, DEFAULT_LOOKBACK_DAYS);
  return (
    <AppShell {...page}>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
        <p className="text-sm text-slate-600">
          Receipts are dated in your business&apos;s time zone, {page.business.timezone.replaceAll("_", " ")}.
        </p>
      </div>
      <SyncDashboard defaultFrom={defaults.from} defaultTo={defaults.to} timeZone={page.business.timezone} />
    </AppShell>
  );
}
