"use client";
// The review page's three sections as links, each with what waits in it: receipts to check, near
// misses to promote or dismiss, and possible duplicates to settle.
import Link from "next/link";
import { formatCount } from "@/lib/ui/format";
import { REVIEW_TABS, type ReviewTab } from "@/lib/ui/review-tabs";
import { useReviewCount } from "./use-review-queue";

export function ReviewTabs({ active }: { active: ReviewTab }) {
  const { counts } = useReviewCount();
  return (
    <nav aria-label="Review sections">
      <ul className="flex flex-wrap gap-2">
        {REVIEW_TABS.map((tab) => {
          const current = tab.show === active;
          const count = counts?.[tab.show];
          return (
            <li key={tab.show}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900 ${
                  current
                    ? "border-slate-900 bg-slate-900 text-white"
                    : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
                }`}
              >
                {tab.label}
                {count !== undefined ? (
                  <span
                    data-testid={`review-tab-count-${tab.show}`}
                    className={`rounded-full px-2 text-xs tabular-nums ${current ? "bg-white text-slate-900" : "bg-slate-200 text-slate-900"}`}
                  >
                    {formatCount(count)}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
