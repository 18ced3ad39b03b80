// The review page's sections, for the page (which one ?show= asks for) and its tabs alike.
import type { ReviewCounts } from "./api-types";

export const REVIEW_TABS = [
  { show: "needs_review", href: "/review", label: "Needs review" },
  { show: "candidates", href: "/review?show=candidates", label: "Near misses" },
  { show: "duplicates", href: "/review?show=duplicates", label: "Possible duplicates" },
] as const satisfies readonly { show: keyof Omit<ReviewCounts, "total">; href: string; label: string }[];

export type ReviewTab = (typeof REVIEW_TABS)[number]["show"];

/** The section `?show=` names; anything else is the needs-review queue. */
export const reviewTabOf = (show: string | string[] | undefined): ReviewTab =>
  REVIEW_TABS.find((tab) => tab.show === show)?.show ?? "needs_review";
