// Everything that waits for a person, in one place: receipts recognition was unsure of, near misses it
// did not take, and pairs that look like one purchase. The counts drive the navigation's badge.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { listCandidates, openCandidatesOf, type CandidatePage } from "./candidates";
import { flaggedPairsOf, listDuplicates, type DuplicatePage } from "./duplicates";
import { listReceiptPage, type ReceiptPage } from "./query";

export const REVIEW_SECTIONS = ["needs_review", "candidates", "duplicates"] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];

export type ReviewCounts = Record<ReviewSection, number> & { total: number };

export interface ReviewQueue {
  counts: ReviewCounts;
  /** Absent when the request asked for another section only. */
  needs_review?: ReceiptPage;
  candidates?: CandidatePage;
  duplicates?: DuplicatePage;
}

/** What waits in each section; the same rows the listings show (dismissed receipts drop out of all). */
export async function reviewCounts(prisma: PrismaClient, businessId: string): Promise<ReviewCounts> {
  const [row] = await prisma.$queryRaw<{ needs_review: number; candidates: number; duplicates: number }[]>`
    SELECT
      (SELECT count(*)::int FROM receipts
        WHERE business_id = ${businessId}::uuid AND review_status = 'needs_review' AND dismissed_at IS NULL)
        AS needs_review,
      (SELECT count(*)::int ${openCandidatesOf(businessId)}) AS candidates,
      (SELECT count(*)::int ${flaggedPairsOf(businessId)})
        AS duplicates`;
  const counts = { needs_review: row!.needs_review, candidates: row!.candidates, duplicates: row!.duplicates };
  return { ...counts, total: counts.needs_review + counts.candidates + counts.duplicates };
}

/**
 * The counts and the first `limit` items of every section, or — with `section` — one page of that
 * section only, from `cursor`.
 */
export async function reviewQueue(
  prisma: PrismaClient,
  businessId: string,
  request: { limit: number; section?: ReviewSection | null; cursor?: string | null },
): Promise<ReviewQueue> {
  const wanted = (section: ReviewSection) => !request.section || request.section === section;
  const cursor = request.section ? (request.cursor ?? null) : null;
  const [counts, needsReview, candidates, duplicates] = await Promise.all([
    reviewCounts(prisma, businessId),
    wanted("needs_review")
      ? listReceiptPage(prisma, businessId, { reviewStatus: "needs_review" }, { limit: request.limit, cursor })
      : undefined,
    wanted("candidates") ? listCandidates(prisma, businessId, { limit: request.limit, cursor }) : undefined,
    wanted("duplicates") ? listDuplicates(prisma, businessId, { limit: request.limit, cursor }) : undefined,
  ]);
  return {
    counts,
    ...(needsReview && { needs_review: needsReview }),
    ...(candidates && { candidates }),
    ...(duplicates && { duplicates }),
  };
}
