// Review: the receipts recognition was unsure of, for a person to correct, confirm or dismiss.
import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { ReviewQueue } from "@/components/review/review-queue";
import { requireSignedInPage } from "@/lib/auth/signed-in-page";

export const metadata: Metadata = { title: "Review · Receipt Sync" };
export const dynamic = "force-dynamic";

export default async function ReviewPage() {
  const page = await requireSignedInPage();
  return (
    <AppShell {...page}>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Review</h1>
        <p className="text-sm text-slate-600">
          Receipts recognition was unsure of, newest first. Correct what it read, then confirm each one, or dismiss what
          is not a receipt.
        </p>
      </div>
      <ReviewQueue timeZone={page.business.timezone} />
    </AppShell>
  );
}
