// GET /api/review on both databases: the counts and first page of every section (needs review, near
// misses, possible duplicates), one section a page at a time by its own cursor, the 400s, and another
// business — by session or key — seeing none of it. Also the duplicates listing's own paging.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as duplicatesRoute } from "@/app/api/review/duplicates/route";
import { GET as reviewRoute } from "@/app/api/review/route";
import { duplicateList, reviewQueueBody } from "@/lib/api/schemas/responses";
import {
  call,
  expectBody,
  expectError,
  seedBusiness,
  seedReceipt,
  type SeededBusiness,
  useApiDatabase,
} from "../support/api-harness";
import { DATABASE_KINDS } from "../support/test-database";

type Headers = Record<string, string>;

describe.each(DATABASE_KINDS)("review queue API on %s", (kind) => {
  const db = useApiDatabase(kind);
  let a: SeededBusiness;
  let b: SeededBusiness;
  const waiting: string[] = [];
  const nearMisses: string[] = [];
  const pairs: string[] = [];

  beforeAll(async () => {
    a = await seedBusiness(db.prisma, { name: "A", session: true });
    b = await seedBusiness(db.prisma, { name: "B", session: true });
    // Three receipts waiting for a person, one accepted with confidence, one dismissed while waiting.
    for (const day of ["2026-02-01", "2026-02-02", "2026-02-03"]) {
      const id = await seedReceipt(db.prisma, a.id, { vendor: `Unsure ${day}`, amount: "10.00", date: day });
      await db.prisma.receipt.update({ where: { id }, data: { reviewStatus: "needs_review", confidence: 0.6 } });
      waiting.unshift(id);
    }
    await seedReceipt(db.prisma, a.id, { vendor: "Sure", amount: "5.00", date: "2026-02-04", confidence: 0.97 });
    const gone = await seedReceipt(db.prisma, a.id, { vendor: "Gone", amount: "1.00", date: "2026-02-05" });
    await db.prisma.receipt.update({
      where: { id: gone },
      data: { reviewStatus: "needs_review", dismissedAt: new Date() },
    });
    // Two open near misses, one already dismissed.
    for (let n = 1; n <= 3; n++) {
      const candidate = await db.prisma.receiptCandidate.create({
        data: {
          businessId: a.id,
          gmailMessageId: `near-${n}`,
          sender: "billing@example.com",
          subject: `Statement ${n}`,
          receivedAt: new Date(Date.UTC(2026, 1, n)),
          amount: "42.50",
          currency: "EUR",
          confidence: 0.6,
          extractorVersion: "2.1.0",
          dismissedAt: n === 3 ? new Date() : null,
        },
      });
      if (n < 3) nearMisses.unshift(candidate.id);
    }
    // Two flagged pairs, one a person already marked as separate purchases.
    for (let n = 1; n <= 3; n++) {
      const x = await seedReceipt(db.prisma, a.id, { vendor: `Twice ${n}`, amount: "20.00", date: "2026-01-10" });
      const y = await seedReceipt(db.prisma, a.id, { vendor: `Twice ${n}`, amount: "20.00", date: "2026-01-12" });
      const [low, high] = [x, y].sort();
      const pair = await db.prisma.receiptDuplicate.create({
        data: {
          businessId: a.id,
          receiptId: low!,
          otherReceiptId: high!,
          reason: "the same vendor, amount and currency within 7 days",
          status: n === 3 ? "not_duplicate" : "flagged",
          createdAt: new Date(Date.UTC(2026, 0, n)),
        },
      });
      if (n < 3) pairs.unshift(pair.id);
    }
  });

  const review = (query = "", headers: Headers = a.bearer) => call(reviewRoute, `/api/review${query}`, { headers });

  it("counts every section and gives each one's first page, newest first", async () => {
    const body = expectBody(await review(), 200, reviewQueueBody);
    expect(body.counts).toEqual({ needs_review: 3, candidates: 2, duplicates: 2, total: 7 });
    expect(body.needs_review!.receipts.map((r) => r.id)).toEqual(waiting);
    expect(body.candidates!.candidates.map((c) => c.id)).toEqual(nearMisses);
    expect(body.duplicates!.duplicates.map((d) => d.id)).toEqual(pairs);
    expect(body.duplicates!.duplicates[0]!.receipts.map((r) => r.vendor)).toEqual(["Twice 2", "Twice 2"]);
    // The same answer for the signed-in session.
    expect(expectBody(await review("", a.session), 200, reviewQueueBody).counts.total).toBe(7);
  });

  it("pages one section by its own cursor, leaving the others out", async () => {
    const collect = async (section: string) => {
      const ids: string[] = [];
      let query = `?section=${section}&limit=1`;
      for (let page = 0; page < 5; page++) {
        const body = expectBody(await review(query), 200, reviewQueueBody);
        expect(body.counts.total).toBe(7);
        const others = ["needs_review", "candidates", "duplicates"].filter((s) => s !== section);
        for (const other of others) expect(body).not.toHaveProperty(other);
        const part = body[section as "needs_review" | "candidates" | "duplicates"]!;
        const items: { id: string }[] =
          "receipts" in part ? part.receipts : "candidates" in part ? part.candidates : part.duplicates;
        expect(items.length).toBeLessThanOrEqual(1);
        ids.push(...items.map((item) => item.id));
        if (!part.next_cursor) return ids;
        query = `?section=${section}&limit=1&cursor=${encodeURIComponent(part.next_cursor)}`;
      }
      throw new Error(`${section} did not end`);
    };
    expect(await collect("needs_review")).toEqual(waiting);
    expect(await collect("candidates")).toEqual(nearMisses);
    expect(await collect("duplicates")).toEqual(pairs);
  });

  it("pages the duplicates listing too", async () => {
    const first = expectBody(
      await call(duplicatesRoute, "/api/review/duplicates?limit=1", { headers: a.bearer }),
      200,
      duplicateList,
    );
    expect(first.duplicates.map((d) => d.id)).toEqual([pairs[0]]);
    const second = expectBody(
      await call(duplicatesRoute, `/api/review/duplicates?limit=1&cursor=${first.next_cursor}`, { headers: a.bearer }),
      200,
      duplicateList,
    );
    expect(second).toMatchObject({ next_cursor: null });
    expect(second.duplicates.map((d) => d.id)).toEqual([pairs[1]]);
  });

  it("answers a bad query with a 400 naming the parameter", async () => {
    expectError(await review("?limit=0"), 400, {
      error: "limit: must be a whole number from 1 to 100",
      code: "invalid_request",
    });
    expectError(await review("?section=everything"), 400, {
      error: "section: must be one of needs_review, candidates, duplicates",
      code: "invalid_request",
    });
    expectError(await review(`?cursor=${pairs[0]}`), 400, {
      error: "cursor: give section with cursor: each section pages on its own",
      code: "invalid_request",
    });
    expectError(await review("?section=candidates&cursor=not-a-cursor"), 400, {
      error: "cursor is not one this API gave",
      code: "invalid_cursor",
    });
    expectError(await review("?section=needs_review&cursor=not-a-cursor"), 400, {
      error: /cursor/,
      code: "invalid_cursor",
    });
    expectError(await review("?limit=1&limit=2"), 400, {
      error: "limit was given 2 times; give it once",
      code: "invalid_request",
    });
  });

  it("shows another business none of it, by key or by session", async () => {
    for (const headers of [b.bearer, b.session]) {
      const body = expectBody(await review("", headers), 200, reviewQueueBody);
      expect(body.counts).toEqual({ needs_review: 0, candidates: 0, duplicates: 0, total: 0 });
      expect(body.needs_review!.receipts).toEqual([]);
      expect(body.candidates!.candidates).toEqual([]);
      expect(body.duplicates!.duplicates).toEqual([]);
    }
    // A's cursor gets B nothing of A's either.
    const leaked = expectBody(await review(`?section=duplicates&cursor=${pairs[0]}`, b.bearer), 200, reviewQueueBody);
    expect(leaked.duplicates!.duplicates).toEqual([]);
  });

  it("refuses a caller with no session and no key", async () => {
    expectError(await review("", {}), 401, { error: /Sign in or send an API key/, code: "unauthorized" });
  });
});
