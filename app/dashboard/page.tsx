// The dashboard: start a sync, watch it run (the first import too), see how it ended, and the recent runs.
import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { SyncDashboard } from "@/components/dashboard/sync-dashboard";
import { Notice } from "@/components/ui/messages";
import { requireSignedInPage } from "@/lib/auth/signed-in-page";
import { DEFAULT_LOOKBACK_DAYS, lastDaysIn } from "@/lib/shared/calendar";

export const metadata: Metadata = { title: "Dashboard · Receipt Sync" };
export const dynamic = "force-dynamic";

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = await requireSignedInPage();
  // Google's consent comes back here when connecting started the first import.
  const connected = (await searchParams).gmail === "connected";
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
      {connected ? (
        <Notice message="Gmail is connected. The first import has started; its progress is below, and automatic syncs follow it." />
      ) : null}
      <SyncDashboard defaultFrom={defaults.from} defaultTo={defaults.to} timeZone={page.business.timezone} />
    </AppShell>
  );
}
