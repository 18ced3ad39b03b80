// Review: what the machine was unsure of, for a person — receipts to correct and confirm, near misses
// to import or dismiss, and possible duplicates to settle (?show=candidates|duplicates).
import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { CandidateList } from "@/components/review/candidate-list";
import { DuplicateList } from "@/components/review/duplicate-list";
import { ReviewQueue } from "@/components/review/review-queue";
import { ReviewTabs } from "@/components/review/review-tabs";
import { requireSignedInPage } from "@/lib/auth/signed-in-page";
import { reviewTabOf, type ReviewTab } from "@/lib/ui/review-tabs";

export const metadata: Metadata = { title: "Review · Receipt Sync" };
export const dynamic = "force-dynamic";

const INTRO: Record<ReviewTab, string> = {
  needs_review:
    "Receipts recognition was unsure of, newest first. Correct what it read, then confirm each one, or dismiss what is not a receipt.",
  candidates:
    "Emails recognition did not take as receipts but that came close. Import one as a receipt (correct its fields first), or dismiss it for good.",
  duplicates:
    "Receipts that look like the same purchase twice. Keep both when they are separate purchases, or dismiss the extra copy.",
};

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = await requireSignedInPage();
  const { show } = await searchParams;
  const active = reviewTabOf(show);
  const timeZone = page.business.timezone;
  return (
    <AppShell {...page}>
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Review</h1>
        <ReviewTabs active={active} />
        <p className="text-sm text-slate-600">{INTRO[active]}</p>
      </div>
      {active === "candidates" ? (
        <CandidateList timeZone={timeZone} />
      ) : active === "duplicates" ? (
        <DuplicateList timeZone={timeZone} />
      ) : (
        <ReviewQueue timeZone={timeZone} />
      )}
    </AppShell>
  );
}
