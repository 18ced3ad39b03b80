"use client";
// Top navigation; the current section is marked with aria-current for screen readers and styling.
// Review carries the number of receipts waiting for a person.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useReviewCount } from "@/components/review/use-review-queue";
import { formatCount } from "@/lib/ui/format";

const LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/receipts", label: "Receipts" },
  { href: "/review", label: "Review" },
  { href: "/settings", label: "Settings" },
];

export function NavLinks() {
  const pathname = usePathname();
  const { count } = useReviewCount();
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1">
        {LINKS.map(({ href, label }) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900 ${
                  current ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100"
                }`}
              >
                {label}
                {href === "/review" && count ? (
                  <span
                    data-testid="review-count"
                    className="ml-1.5 inline-block min-w-5 rounded-full bg-amber-100 px-1.5 text-center text-xs font-semibold text-amber-950"
                  >
                    {formatCount(count)}
                    <span className="sr-only"> waiting</span>
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
