// Near misses through the real handlers, on both databases: the open candidates of a business, a
// promotion with corrections that makes one confirmed receipt once (and keeps a later sync from adding
// another), a dismissal, the 400s and 409s, and another business — by session or key — getting 404.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as dismissRoute } from "@/app/api/review/candidates/[id]/dismiss/route";
import { POST as promoteRoute } from "@/app/api/review/candidates/[id]/promote/route";
import { GET as listRoute } from "@/app/api/review/candidates/route";
import { candidateList, receiptBody } from "@/lib/api/schemas/responses";
import { saveReceipts, type ReceiptToSave } from "@/lib/receipts/store";
import { createRunStore } from "@/lib/sync/run-store";
import {
  call,
  expectBody,
  expectError,
  seedBusiness,
  type SeededBusiness,
  useApiDatabase,
} from "../support/api-harness";
import { DATABASE_KINDS } from "../support/test-database";

type Headers = Record<string, string>;

describe.each(DATABASE_KINDS)("review candidates API on %s", (kind) => {
  const db = useApiDatabase(kind);
  let a: SeededBusiness;
  let b: SeededBusiness;
  beforeAll(async () => {
    a = await seedBusiness(db.prisma, { name: "A", session: true });
    b = await seedBusiness(db.prisma, { name: "B", session: true });
  });

  let n = 0;
  /** A near miss as a sync keeps it: recognition's guess, no body. */
  const seedCandidate = async (business: SeededBusiness, guess: { currency?: string | null } = {}) => {
    n++;
    return db.prisma.receiptCandidate.create({
      data: {
        businessId: business.id,
        gmailMessageId: `near-${kind}-${n}`,
        sender: "Billing <billing@example.com>",
        subject: `Your statement ${n}`,
        receivedAt: new Date(Date.UTC(2026, 0, n)),
        vendor: "Example Ltd",
        amount: "42.50",
        currency: guess.currency === undefined ? "EUR" : guess.currency,
        receiptDate: new Date(Date.UTC(2026, 0, n)),
        confidence: 0.6,
        reasons: ["receipt evidence 2", 'total "Total" (total) 42.50'],
        extractorVersion: "2.1.0",
      },
    });
  };
  const list = (headers: Headers = a.bearer, query = "") =>
    call(listRoute, `/api/review/candidates${query}`, { headers });
  const promote = (id: string, body?: unknown, headers: Headers = a.bearer) =>
    call(promoteRoute, `/api/review/candidates/${id}/promote`, {
      method: "POST",
      headers,
      params: { id },
      ...(body === undefined ? {} : { body }),
    });
  const dismiss = (id: string, headers: Headers = a.bearer) =>
    call(dismissRoute, `/api/review/candidates/${id}/dismiss`, { method: "POST", headers, params: { id } });

  it("lists a business's open near misses newest first, a page at a time, with their guess", async () => {
    const older = await seedCandidate(a);
    const newer = await seedCandidate(a);
    await seedCandidate(b);
    const page1 = expectBody(await list(a.bearer, "?limit=1"), 200, candidateList);
    expect(page1.candidates.map((c) => c.id)).toEqual([newer.id]);
    expect(page1.candidates[0]).toMatchObject({ vendor: "Example Ltd", amount: "42.50", currency: "EUR" });
    const rest = expectBody(await list(a.bearer, `?limit=100&cursor=${page1.next_cursor}`), 200, candidateList);
    expect(rest.candidates.map((c) => c.id)).toContain(older.id);
    const all = expectBody(await list(a.session), 200, candidateList).candidates.map((c) => c.id);
    expect(all).toContain(newer.id);
    // B sees only its own.
    const ofB = expectBody(await list(b.bearer), 200, candidateList).candidates.map((c) => c.id);
    expect(ofB).not.toContain(newer.id);
    expectError(await list(a.bearer, "?limit=0"), 400, {
      error: "limit: must be a whole number from 1 to 100",
      code: "invalid_request",
    });
    expectError(await list(a.bearer, "?cursor=nope"), 400, {
      error: "cursor is not one this API gave",
      code: "invalid_cursor",
    });
  });

  it("promotes with corrections to one confirmed receipt, once; a later sync adds no second one", async () => {
    const c = await seedCandidate(a);
    const promoted = expectBody(
      await promote(c.id, { vendor: "Example Trading Ltd", amount: "45.00", kind: "invoice" }),
      200,
      receiptBody,
    ).receipt;
    expect(promoted).toMatchObject({
      vendor: "Example Trading Ltd",
      amount: "45.00",
      currency: "EUR",
      kind: "invoice",
      review_status: "confirmed",
      gmail_message_id: c.gmailMessageId,
    });
    expect(promoted.receipt_date).toBe(c.receiptDate!.toISOString().slice(0, 10));
    // Again: the same receipt, not a second one.
    expect(expectBody(await promote(c.id), 200, receiptBody).receipt.id).toBe(promoted.id);
    expect(await db.prisma.receipt.count({ where: { businessId: a.id, gmailMessageId: c.gmailMessageId } })).toBe(1);
    // It left the queue.
    const open = expectBody(await list(), 200, candidateList).candidates.map((x) => x.id);
    expect(open).not.toContain(c.id);

    // A newer reader now accepts the message, from its attachment: the person's receipt stands alone.
    const runs = createRunStore(db.prisma, { staleAfterSeconds: 180 });
    const { run } = await runs.start({ businessId: a.id, mode: "range", fromDate: "2026-01-01", toDate: "2026-12-31" });
    const claimed = (await runs.claim("test", run.id))!;
    const reading: ReceiptToSave = {
      gmailMessageId: c.gmailMessageId,
      attachmentKey: "statement.pdf",
      vendor: "Example Ltd",
      amount: "42.50",
      currency: "EUR",
      receiptDate: "2026-01-02",
      subject: c.subject,
      sender: c.sender,
      receivedAt: c.receivedAt,
      source: "attachment",
      filename: "statement.pdf",
      contentHash: null,
      kind: "invoice",
      confidence: 0.9,
      extractorVersion: "9.0.0",
      file: null,
    };
    const saved = await runs.whileLeaseHeld({ runId: run.id, leaseToken: claimed.lease_token }, (tx) =>
      saveReceipts(tx, { businessId: a.id, syncRunId: run.id }, [reading]),
    );
    expect(saved).toEqual({ inserted: 0, updated: 0 });
    expect(await db.prisma.receipt.count({ where: { businessId: a.id, gmailMessageId: c.gmailMessageId } })).toBe(1);
    await runs.cancel(a.id);
  });

  it("keeps the guess where nothing is corrected, and asks for a field recognition could not read", async () => {
    const c = await seedCandidate(a);
    const receipt = expectBody(await promote(c.id), 200, receiptBody).receipt;
    expect(receipt).toMatchObject({ vendor: "Example Ltd", amount: "42.50", currency: "EUR", kind: "receipt" });

    const noCurrency = await seedCandidate(a, { currency: null });
    expectError(await promote(noCurrency.id, {}), 400, {
      error: "currency: recognition found none; give it",
      code: "invalid_request",
    });
    expectError(await promote(noCurrency.id, { currency: "EU" }), 400, {
      error: /^currency: .*EU.* is not a 3-letter ISO 4217 code/,
      code: "invalid_request",
    });
    expectError(await promote(noCurrency.id, { currency: "EUR", colour: "red" }), 400, {
      error: /colour/,
      code: "invalid_request",
    });
    expect(expectBody(await promote(noCurrency.id, { currency: "gbp" }), 200, receiptBody).receipt.currency).toBe(
      "GBP",
    );
  });

  it("dismisses one: it leaves the queue, stays dismissed, and cannot be promoted; a promoted one cannot be dismissed", async () => {
    const c = await seedCandidate(a);
    expect((await dismiss(c.id)).status).toBe(200);
    expect((await dismiss(c.id)).status).toBe(200);
    const open = expectBody(await list(), 200, candidateList).candidates.map((x) => x.id);
    expect(open).not.toContain(c.id);
    expectError(await promote(c.id), 409, {
      error: "This candidate was dismissed as not a receipt",
      code: "candidate_dismissed",
    });

    const p = await seedCandidate(a);
    expect((await promote(p.id)).status).toBe(200);
    expectError(await dismiss(p.id), 409, {
      error: "This candidate is already a receipt: dismiss the receipt",
      code: "candidate_promoted",
    });
  });

  it("answers another business, by session or key, 404 on every route and changes nothing", async () => {
    const c = await seedCandidate(a);
    for (const headers of [b.bearer, b.session]) {
      expectError(await promote(c.id, { vendor: "Mine now" }, headers), 404, {
        error: "Candidate not found",
        code: "not_found",
      });
      expectError(await dismiss(c.id, headers), 404, { error: "Candidate not found", code: "not_found" });
    }
    expectError(await promote("not-a-uuid"), 404, { error: "Candidate not found", code: "not_found" });
    const after = await db.prisma.receiptCandidate.findUniqueOrThrow({ where: { id: c.id } });
    expect(after).toMatchObject({ promotedReceiptId: null, dismissedAt: null, vendor: "Example Ltd" });
  });
});
