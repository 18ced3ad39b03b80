// Receipts: the business's receipts with filters kept in the URL, totals, a monthly chart and CSV export.
import type { Metadata } from "next";
import { Suspense } from "react";
import { AppShell } from "@/components/app-shell";
import { ReceiptsView } from "@/components/receipts/receipts-view";
import { requireSignedInPage } from "@/lib/auth/signed-in-page";

export const metadata: Metadata = { title: "Receipts · Receipt Sync" };
export const dynamic = "force-dynamic";

export default async function ReceiptsPage() {
  const page = await requireSignedInPage();
  return (
    <AppShell {...page}>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Receipts</h1>
        <p className="text-sm text-slate-600">
          Dates are receipt dates in {page.business.timezone.replaceAll("_", " ")}; both ends of a range are included.
        </p>
      </div>
      <Suspense fallback={<p className="text-sm text-slate-600">Loading receipts…</p>}>
        <ReceiptsView />
      </Suspense>
    </AppShell>
  );
}
