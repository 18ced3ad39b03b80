// A person's side of review through the real handlers, on both databases: PATCH /api/receipts/{id}
// corrects fields (edited_fields, one history row per changed field, nothing for a no-op), every bad
// value is a 400 naming the field, confirm / dismiss / restore move a receipt once, a dismissed receipt
// leaves the list, totals, spending and export until restored, POST /api/receipts/confirm confirms a
// shown set at once (skipping what is not the caller's to confirm), the history reads oldest first, and
// another business — by session or by key — gets 404 on every route and changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as confirmRoute } from "@/app/api/receipts/[id]/confirm/route";
import { POST as confirmManyRoute } from "@/app/api/receipts/confirm/route";
import { POST as dismissRoute } from "@/app/api/receipts/[id]/dismiss/route";
import { GET as historyRoute } from "@/app/api/receipts/[id]/history/route";
import { POST as restoreRoute } from "@/app/api/receipts/[id]/restore/route";
import { GET as getRoute, PATCH as editRoute } from "@/app/api/receipts/[id]/route";
import { GET as exportCsv } from "@/app/api/receipts/export.csv/route";
import { GET as listRoute } from "@/app/api/receipts/route";
import { GET as spendingRoute } from "@/app/api/receipts/spending/route";
import {
  confirmReceiptsResult,
  receiptBody,
  receiptHistoryBody,
  receiptList,
  spendingBody,
} from "@/lib/api/schemas/responses";
import {
  call,
  expectBody,
  expectError,
  ORIGIN,
  type ReceiptSeed,
  seedBusiness,
  seedReceipt,
  type SeededBusiness,
  useApiDatabase,
} from "../support/api-harness";
import { DATABASE_KINDS } from "../support/test-database";

type Headers = Record<string, string>;

const ACME: ReceiptSeed = { vendor: "Acme", amount: "10.00", currency: "USD", date: "2026-01-05" };

describe.each(DATABASE_KINDS)("receipt review API on %s", (kind) => {
  const db = useApiDatabase(kind);
  let a: SeededBusiness;
  let b: SeededBusiness;
  let owner: { id: string; name: string; email: string };
  beforeAll(async () => {
    a = await seedBusiness(db.prisma, { name: "A", session: true });
    b = await seedBusiness(db.prisma, { name: "B", session: true });
    owner = await db.prisma.user.findUniqueOrThrow({
      where: { id: a.userId },
      select: { id: true, name: true, email: true },
    });
  });

  const edit = (id: string, body: unknown, headers: Headers = a.bearer) =>
    call(editRoute, `/api/receipts/${id}`, { method: "PATCH", headers, body, params: { id } });
  const action =
    (route: typeof confirmRoute, name: string) =>
    (id: string, headers: Headers = a.bearer) =>
      call(route, `/api/receipts/${id}/${name}`, { method: "POST", headers, params: { id } });
  const confirm = action(confirmRoute, "confirm");
  const dismiss = action(dismissRoute, "dismiss");
  const restore = action(restoreRoute, "restore");
  const history = (id: string, headers: Headers = a.bearer) =>
    call(historyRoute, `/api/receipts/${id}/history`, { headers, params: { id } });

  const getOne = async (id: string, headers: Headers = a.bearer) =>
    expectBody(await call(getRoute, `/api/receipts/${id}`, { headers, params: { id } }), 200, receiptBody).receipt;
  const changesOf = async (id: string) => expectBody(await history(id), 200, receiptHistoryBody).changes;
  const seed = (over: Partial<ReceiptSeed> = {}, business: SeededBusiness = a) =>
    seedReceipt(db.prisma, business.id, { ...ACME, ...over });

  describe("PATCH /api/receipts/{id}", () => {
    it("writes the new values, lists them in edited_fields and records one history row per changed field", async () => {
      const id = await seed({ confidence: 0.5 });
      const response = await edit(
        id,
        {
          vendor: "  Acme Ltd ",
          amount: "12.5",
          currency: "eur",
          receipt_date: "2026-01-06",
          kind: "invoice",
          note: "paid by card",
        },
        a.session,
      );
      const { receipt } = expectBody(response, 200, receiptBody);
      expect(receipt).toMatchObject({
        id,
        vendor: "Acme Ltd",
        amount: "12.50",
        currency: "EUR",
        receipt_date: "2026-01-06",
        kind: "invoice",
        note: "paid by card",
        edited_fields: ["vendor", "amount", "currency", "receipt_date", "kind"],
        review_status: "auto",
        dismissed_at: null,
        confidence: 0.5,
      });
      expect(await getOne(id)).toEqual(receipt);

      const changes = await changesOf(id);
      expect(changes.map(({ field, old_value, new_value, user }) => ({ field, old_value, new_value, user }))).toEqual([
        { field: "vendor", old_value: "Acme", new_value: "Acme Ltd", user: owner },
        { field: "amount", old_value: "10.00", new_value: "12.50", user: owner },
        { field: "currency", old_value: "USD", new_value: "EUR", user: owner },
        { field: "receipt_date", old_value: "2026-01-05", new_value: "2026-01-06", user: owner },
        { field: "kind", old_value: "receipt", new_value: "invoice", user: owner },
        { field: "note", old_value: null, new_value: "paid by card", user: owner },
      ]);
      // One edit, one instant.
      expect(new Set(changes.map((c) => c.changed_at)).size).toBe(1);

      // A second edit by API key: only what changed, edited_fields without repeats, no user.
      const second = expectBody(
        await edit(id, { vendor: "Acme Ltd", amount: "3.1234", note: null }),
        200,
        receiptBody,
      ).receipt;
      expect(second).toMatchObject({
        amount: "3.12",
        note: null,
        edited_fields: ["vendor", "amount", "currency", "receipt_date", "kind"],
      });
      const after = await changesOf(id);
      expect(after.slice(0, 6)).toEqual(changes);
      expect(
        after.slice(6).map(({ field, old_value, new_value, user }) => ({ field, old_value, new_value, user })),
      ).toEqual([
        // Every stored decimal, so an edit of the fourth one still shows.
        { field: "amount", old_value: "12.50", new_value: "3.1234", user: null },
        { field: "note", old_value: "paid by card", new_value: null, user: null },
      ]);
      expect(after[6]!.changed_at >= changes[0]!.changed_at).toBe(true);
    });

    it("keeps refunds, and only refunds, negative: a new kind carries the sign, a wrong-signed amount is refused", async () => {
      const id = await seed();
      const refund = expectBody(await edit(id, { kind: "refund" }), 200, receiptBody).receipt;
      expect(refund).toMatchObject({ kind: "refund", amount: "-10.00", edited_fields: ["amount", "kind"] });
      const back = expectBody(await edit(id, { kind: "invoice" }), 200, receiptBody).receipt;
      expect(back).toMatchObject({ kind: "invoice", amount: "10.00" });
      expect((await changesOf(id)).map(({ field, old_value, new_value }) => [field, old_value, new_value])).toEqual([
        ["amount", "10.00", "-10.00"],
        ["kind", "receipt", "refund"],
        ["amount", "-10.00", "10.00"],
        ["kind", "refund", "invoice"],
      ]);
      expectError(await edit(id, { amount: "-4.00" }), 400, {
        error: "amount: a negative amount is a refund: send kind refund with it, or a positive amount for the invoice",
        code: "invalid_request",
      });
      expectError(await edit(id, { kind: "refund", amount: "4.00" }), 400, {
        error: "amount: a refund's amount is negative, such as -25.00",
        code: "invalid_request",
      });
      expect(await getOne(id)).toMatchObject({ kind: "invoice", amount: "10.00" });
    });

    it("a note alone is recorded in the history but not in edited_fields", async () => {
      const id = await seed();
      const { receipt } = expectBody(await edit(id, { note: "ask Sam" }), 200, receiptBody);
      expect(receipt).toMatchObject({ note: "ask Sam", edited_fields: [] });
      expect((await changesOf(id)).map((c) => c.field)).toEqual(["note"]);
    });

    it("takes receiptDate like the date parameters do; receipt_date wins when both are sent", async () => {
      const id = await seed();
      expect(expectBody(await edit(id, { receiptDate: "2026-02-01" }), 200, receiptBody).receipt.receipt_date).toBe(
        "2026-02-01",
      );
      const both = await edit(id, { receipt_date: "2026-03-01", receiptDate: "2026-04-01" });
      expect(expectBody(both, 200, receiptBody).receipt.receipt_date).toBe("2026-03-01");
    });

    it("an edit to the values the receipt already has changes nothing and writes no history", async () => {
      const id = await seed({ kind: "receipt" });
      const before = await getOne(id);
      const response = await edit(id, {
        vendor: " Acme ",
        amount: "10",
        currency: "usd",
        receipt_date: "2026-01-05",
        kind: "receipt",
        note: "  ",
      });
      expect(expectBody(response, 200, receiptBody).receipt).toEqual(before);
      expect(await getOne(id)).toEqual(before);
      expect(await changesOf(id)).toEqual([]);
      expect(await db.prisma.receiptChange.count({ where: { receiptId: id } })).toBe(0);
    });

    // PGlite has one connection: a second transaction cannot be open beside the first there.
    it.runIf(kind === "postgres")(
      "an edit waits for a concurrent writer's row lock and records the value that writer left",
      async () => {
        const id = await seed();
        let locked!: () => void;
        let release!: () => void;
        const hasLock = new Promise<void>((resolve) => (locked = resolve));
        const released = new Promise<void>((resolve) => (release = resolve));
        const writer = db.prisma.$transaction(async (tx) => {
          await tx.$executeRaw`UPDATE receipts SET amount = 5 WHERE id = ${id}::uuid`;
          locked();
          await released;
        });
        await hasLock;
        const editing = edit(id, { amount: "2.00" });
        // Long enough for the edit to reach the row; it must wait there, not read the old amount.
        await new Promise((resolve) => setTimeout(resolve, 300));
        release();
        await writer;
        expect((await editing).status).toBe(200);
        expect(await changesOf(id)).toMatchObject([{ field: "amount", old_value: "5.00", new_value: "2.00" }]);
      },
    );

    const AMOUNT_HINT = "is not an amount: use digits, a dot and at most 4 decimals, such as 12.50 or -25.00";
    it.each([
      ["amount with a comma", { amount: "12,50" }, `amount: '12,50' ${AMOUNT_HINT}`],
      ["amount with an exponent", { amount: "1e3" }, `amount: '1e3' ${AMOUNT_HINT}`],
      ["amount with 5 decimals", { amount: "1.23456" }, `amount: '1.23456' ${AMOUNT_HINT}`],
      ["amount with a currency sign", { amount: "$12" }, `amount: '$12' ${AMOUNT_HINT}`],
      ["amount as a JSON number", { amount: 12.5 }, 'amount: must be a decimal string such as "12.50"'],
      ["currency of 2 letters", { currency: "EU" }, "currency: 'EU' is not a 3-letter ISO 4217 code such as EUR"],
      ["currency unknown to ISO 4217", { currency: "XYZ" }, "currency: 'XYZ' is not an ISO 4217 currency code"],
      [
        "receipt_date that is no day",
        { receipt_date: "2026-02-30" },
        "receipt_date: '2026-02-30' is not a calendar day: use YYYY-MM-DD",
      ],
      [
        "receiptDate that is no day",
        { receiptDate: "2026-13-01" },
        "receiptDate: '2026-13-01' is not a calendar day: use YYYY-MM-DD",
      ],
      ["kind outside the three", { kind: "gift" }, "kind: must be receipt, invoice or refund"],
      ["a blank vendor", { vendor: "   " }, "vendor: must not be empty"],
      ["a null vendor", { vendor: null }, "vendor: must be a string"],
      ["a vendor with NUL", { vendor: "A\u0000B" }, "vendor: must not contain NUL characters"],
      ["a note over 2000 characters", { note: "x".repeat(2001) }, "note: must be at most 2000 characters"],
      ["an unknown field", { vendor: "Acme Ltd", colour: "red" }, "Unknown field(s): colour"],
      ["a field only the system sets", { review_status: "confirmed" }, "Unknown field(s): review_status"],
      [
        "an empty object",
        {},
        "Send at least one field to change: vendor, amount, currency, receipt_date, kind, note, category_id",
      ],
      [
        "an empty body",
        "",
        "Send at least one field to change: vendor, amount, currency, receipt_date, kind, note, category_id",
      ],
    ])("%s is 400 naming the field, and nothing changes", async (_label, body, error) => {
      const id = await seed();
      const before = await getOne(id);
      expectError(await edit(id, body), 400, { error, code: "invalid_request" });
      expect(await getOne(id)).toEqual(before);
      expect(await changesOf(id)).toEqual([]);
    });
  });

  describe("confirm, dismiss, restore", () => {
    it("confirm moves a receipt to confirmed once: confirming again writes no second history row", async () => {
      const id = await seed({ confidence: 0.4 });
      await db.prisma.receipt.update({ where: { id }, data: { reviewStatus: "needs_review" } });
      const first = expectBody(await confirm(id, a.session), 200, receiptBody).receipt;
      expect(first.review_status).toBe("confirmed");
      const again = expectBody(await confirm(id), 200, receiptBody).receipt;
      expect(again).toEqual(first);
      const changes = await changesOf(id);
      expect(changes).toMatchObject([
        { field: "review_status", old_value: "needs_review", new_value: "confirmed", user: owner },
      ]);
      expect(changes).toHaveLength(1);
    });

    it("a dismissed receipt leaves the list, totals, spending and export, and comes back when restored", async () => {
      // A business of its own, so its totals are known.
      const c = await seedBusiness(db.prisma);
      const kept = await seed({ vendor: "Kept", amount: "10.00" }, c);
      const gone = await seed({ vendor: "Newsletter", amount: "99.00" }, c);
      const view = async () => {
        const list = expectBody(await call(listRoute, "/api/receipts", { headers: c.bearer }), 200, receiptList);
        const months = expectBody(
          await call(spendingRoute, "/api/receipts/spending", { headers: c.bearer }),
          200,
          spendingBody,
        ).months;
        const csv = await call(exportCsv, "/api/receipts/export.csv", { headers: c.bearer });
        const csvIds = csv.text
          .replace(/^\uFEFF/, "")
          .trimEnd()
          .split("\r\n")
          .slice(1)
          .map((row) => row.split(",")[9]);
        return { ids: list.receipts.map((r) => r.id).sort(), totals: list.totals, months, csvIds: csvIds.sort() };
      };
      const all = [kept, gone].sort();
      const whole = {
        ids: all,
        totals: [{ currency: "USD", amount: "109.00", count: 2, refund_count: 0, refund_amount: "0.00" }],
        months: [{ month: "2026-01", currency: "USD", amount: "109.00" }],
        csvIds: all,
      };
      expect(await view()).toEqual(whole);

      const dismissed = expectBody(await dismiss(gone, c.bearer), 200, receiptBody).receipt;
      expect(dismissed.dismissed_at).toEqual(expect.any(String));
      const hidden = {
        ids: [kept],
        totals: [{ currency: "USD", amount: "10.00", count: 1, refund_count: 0, refund_amount: "0.00" }],
        months: [{ month: "2026-01", currency: "USD", amount: "10.00" }],
        csvIds: [kept],
      };
      expect(await view()).toEqual(hidden);
      // Still there by id, so it can be restored; a second dismissal keeps the first one's time.
      expect(await getOne(gone, c.bearer)).toEqual(dismissed);
      expect(expectBody(await dismiss(gone, c.bearer), 200, receiptBody).receipt).toEqual(dismissed);
      // No filter brings it back.
      const searched = expectBody(
        await call(listRoute, "/api/receipts?q=Newsletter&review_status=auto", { headers: c.bearer }),
        200,
        receiptList,
      );
      expect(searched.receipts).toEqual([]);

      const restored = expectBody(await restore(gone, c.bearer), 200, receiptBody).receipt;
      expect(restored.dismissed_at).toBeNull();
      expect(expectBody(await restore(gone, c.bearer), 200, receiptBody).receipt).toEqual(restored);
      expect(await view()).toEqual(whole);

      const changes = expectBody(await history(gone, c.bearer), 200, receiptHistoryBody).changes;
      expect(changes.map(({ field, old_value, new_value, user }) => ({ field, old_value, new_value, user }))).toEqual([
        { field: "dismissed", old_value: "false", new_value: "true", user: null },
        { field: "dismissed", old_value: "true", new_value: "false", user: null },
      ]);
    });
  });

  describe("GET /api/receipts?review_status=", () => {
    let r: SeededBusiness;
    let ids: Record<"auto" | "needs" | "confirmed", string>;
    beforeAll(async () => {
      r = await seedBusiness(db.prisma);
      ids = {
        auto: await seed({ vendor: "Sure", amount: "1.00", date: "2026-03-01" }, r),
        needs: await seed({ vendor: "Unsure", amount: "2.00", date: "2026-03-02" }, r),
        confirmed: await seed({ vendor: "Checked", amount: "4.00", date: "2026-03-03" }, r),
      };
      await db.prisma.receipt.update({ where: { id: ids.needs }, data: { reviewStatus: "needs_review" } });
      await confirm(ids.confirmed, r.bearer);
    });

    it.each([
      ["needs_review", ["needs"]],
      ["auto", ["auto"]],
      ["confirmed", ["confirmed"]],
    ] as const)("review_status=%s lists, totals, spends and exports only those", async (status, expected) => {
      const wanted = expected.map((name) => ids[name]);
      const list = expectBody(
        await call(listRoute, `/api/receipts?review_status=${status}`, { headers: r.bearer }),
        200,
        receiptList,
      );
      expect(list.receipts.map((x) => x.id)).toEqual(wanted);
      expect(list.receipts.every((x) => x.review_status === status)).toBe(true);
      expect(list.totals.map((t) => t.count)).toEqual([1]);
      const months = expectBody(
        await call(spendingRoute, `/api/receipts/spending?review_status=${status}`, { headers: r.bearer }),
        200,
        spendingBody,
      ).months;
      expect(months).toEqual([{ month: "2026-03", currency: "USD", amount: list.totals[0]!.amount }]);
      const csv = await call(exportCsv, `/api/receipts/export.csv?review_status=${status}`, { headers: r.bearer });
      expect(
        csv.text
          .replace(/^\uFEFF/, "")
          .trimEnd()
          .split("\r\n")
          .slice(1)
          .map((row) => row.split(",")[9]),
      ).toEqual(wanted);
    });

    for (const [name, route, path] of [
      ["GET /api/receipts", listRoute, "/api/receipts"],
      ["GET /api/receipts/export.csv", exportCsv, "/api/receipts/export.csv"],
      ["GET /api/receipts/spending", spendingRoute, "/api/receipts/spending"],
    ] as const) {
      it.each(["pending", "CONFIRMED", ""])(`${name}?review_status=%j is 400 naming the parameter`, async (value) => {
        expectError(await call(route, `${path}?review_status=${value}`, { headers: r.bearer }), 400, {
          error: `Invalid review_status: '${value}'. Use auto, needs_review or confirmed`,
          code: "invalid_review_status",
        });
      });
      it(`${name} with review_status given twice is 400`, async () => {
        expectError(
          await call(route, `${path}?review_status=auto&review_status=confirmed`, { headers: r.bearer }),
          400,
          { error: "review_status was given 2 times; give it once", code: "invalid_request" },
        );
      });
    }
  });

  describe("POST /api/receipts/confirm", () => {
    const confirmMany = (body: unknown, headers: Headers = a.bearer) =>
      call(confirmManyRoute, "/api/receipts/confirm", { method: "POST", headers, body });
    const needsReview = async (business: SeededBusiness = a) => {
      const id = await seed({ confidence: 0.3 }, business);
      await db.prisma.receipt.update({ where: { id }, data: { reviewStatus: "needs_review" } });
      return id;
    };

    it("confirms each of the business's waiting receipts once, with a history row each, and says how many", async () => {
      const [first, second] = [await needsReview(), await needsReview()];
      const auto = await seed();
      const already = await needsReview();
      await confirm(already);
      const result = expectBody(
        await confirmMany({ ids: [first, second, auto, already, first] }, a.session),
        200,
        confirmReceiptsResult,
      );
      expect(result.confirmed).toBe(3);
      expect([...result.receipt_ids].sort()).toEqual([first, second, auto].sort());
      for (const id of [first, second, auto]) {
        expect((await getOne(id)).review_status).toBe("confirmed");
        expect(await changesOf(id)).toMatchObject([{ field: "review_status", new_value: "confirmed", user: owner }]);
      }
      expect(await changesOf(already)).toHaveLength(1);
      // Again: nothing left to confirm, nothing written.
      expect(expectBody(await confirmMany({ ids: [first, second] }), 200, confirmReceiptsResult)).toEqual({
        success: true,
        confirmed: 0,
        receipt_ids: [],
      });
      expect(await changesOf(first)).toHaveLength(1);
      const queue = expectBody(
        await call(listRoute, "/api/receipts?review_status=needs_review", { headers: a.bearer }),
        200,
        receiptList,
      );
      expect(queue.receipts.map((r) => r.id)).not.toContain(first);
    });

    it("skips another business's, unknown and dismissed receipts, by session and by key, and changes nothing of them", async () => {
      const own = await needsReview();
      const dismissed = await needsReview();
      await dismiss(dismissed);
      // A business of its own, so the other suites' "B wrote nothing" stays true.
      const c = await seedBusiness(db.prisma);
      const foreign = await needsReview(c);
      const unknown = "00000000-0000-4000-8000-000000000000";
      for (const headers of [a.session, a.bearer]) {
        const result = expectBody(
          await confirmMany({ ids: [foreign, unknown, dismissed] }, headers),
          200,
          confirmReceiptsResult,
        );
        expect(result).toEqual({ success: true, confirmed: 0, receipt_ids: [] });
      }
      // The other business's call confirms its own receipt only, never A's; B's session or key confirms nothing.
      for (const headers of [b.session, b.bearer])
        expect(expectBody(await confirmMany({ ids: [own] }, headers), 200, confirmReceiptsResult).confirmed).toBe(0);
      const byC = expectBody(await confirmMany({ ids: [own, foreign] }, c.bearer), 200, confirmReceiptsResult);
      expect(byC.receipt_ids).toEqual([foreign]);
      expect((await getOne(own)).review_status).toBe("needs_review");
      expect(await changesOf(own)).toEqual([]);
      expect((await getOne(dismissed)).review_status).toBe("needs_review");
      expect(await db.prisma.receiptChange.count({ where: { receiptId: foreign, businessId: a.id } })).toBe(0);
      expect(await db.prisma.receiptChange.count({ where: { businessId: b.id } })).toBe(0);
    });

    it.each([
      ["no ids", { ids: [] }, "ids: send at least one receipt id"],
      [
        "more than 200 ids",
        { ids: Array.from({ length: 201 }, () => crypto.randomUUID()) },
        "ids: send at most 200 receipt ids at once",
      ],
      ["an id that is not a uuid", { ids: ["not-a-uuid"] }, "ids.0: must be receipt ids (uuids)"],
      ["ids that are not an array", { ids: "x" }, "ids: must be an array of receipt ids"],
      ["an unknown field", { ids: [crypto.randomUUID()], all: true }, "Unknown field(s): all"],
      ["an empty body", "", "ids: must be an array of receipt ids"],
    ])("%s is 400 naming the field", async (_label, body, error) => {
      expectError(await confirmMany(body), 400, { error, code: "invalid_request" });
    });

    it("refuses the session from a foreign page", async () => {
      const id = await needsReview();
      expectError(
        await confirmMany({ ids: [id] }, { ...a.session, origin: "http://evil.test", "sec-fetch-site": "same-site" }),
        403,
        { error: /^Refused a request from /, code: "foreign_origin" },
      );
      expect((await getOne(id)).review_status).toBe("needs_review");
    });
  });

  describe("GET /api/receipts/{id}/history", () => {
    it("is every change oldest first — edits, confirmation, dismissal, restore — and [] for an untouched receipt", async () => {
      const id = await seed();
      expect(await changesOf(id)).toEqual([]);
      await edit(id, { kind: "refund", amount: "-10.00" }, a.session);
      await confirm(id);
      await dismiss(id, a.session);
      await restore(id);
      const changes = await changesOf(id);
      expect(changes.map(({ field, old_value, new_value }) => [field, old_value, new_value])).toEqual([
        ["amount", "10.00", "-10.00"],
        ["kind", "receipt", "refund"],
        ["review_status", "auto", "confirmed"],
        ["dismissed", "false", "true"],
        ["dismissed", "true", "false"],
      ]);
      expect(changes.map((c) => c.user?.email ?? null)).toEqual([owner.email, owner.email, null, owner.email, null]);
      const times = changes.map((c) => c.changed_at);
      expect([...times].sort()).toEqual(times);
    });
  });

  describe("another business", () => {
    const routes = [
      ["PATCH /api/receipts/{id}", (id: string, h: Headers) => edit(id, { vendor: "Taken over" }, h)],
      ["POST /api/receipts/{id}/confirm", confirm],
      ["POST /api/receipts/{id}/dismiss", dismiss],
      ["POST /api/receipts/{id}/restore", restore],
      ["GET /api/receipts/{id}/history", history],
    ] as const;

    it.each(routes)(
      "%s is 404 for A's receipt with B's session and B's key, and A's receipt is unchanged",
      async (_name, send) => {
        const id = await seed();
        await dismiss(id);
        await restore(id);
        const before = await getOne(id);
        const historyBefore = await changesOf(id);
        for (const headers of [b.session, b.bearer]) {
          expectError(await send(id, headers), 404, { error: "Receipt not found", code: "not_found" });
        }
        expect(await getOne(id)).toEqual(before);
        expect(await changesOf(id)).toEqual(historyBefore);
        expect(await db.prisma.receiptChange.count({ where: { businessId: b.id } })).toBe(0);
      },
    );

    it.each(routes)("%s is 404 for an unknown or malformed id", async (_name, send) => {
      for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "1; DROP TABLE receipts", ""]) {
        expectError(await send(id, a.bearer), 404, { error: "Receipt not found", code: "not_found" });
      }
    });
  });

  describe("foreign origins", () => {
    const foreign = { origin: "http://evil.test", "sec-fetch-site": "same-site" };
    it.each([
      ["PATCH /api/receipts/{id}", (id: string, h: Headers) => edit(id, { vendor: "Forged" }, h)],
      ["POST /api/receipts/{id}/confirm", confirm],
      ["POST /api/receipts/{id}/dismiss", dismiss],
    ] as const)("%s refuses the session from a foreign page and changes nothing", async (_name, send) => {
      const id = await seed();
      const before = await getOne(id);
      expectError(await send(id, { ...a.session, ...foreign }), 403, {
        error:
          /^Refused a request from .+: changes with a signed-in session must come from this app's own pages \(scripts use an API key\)$/,
        code: "foreign_origin",
      });
      expect(await getOne(id)).toEqual(before);
      expect(await changesOf(id)).toEqual([]);
    });

    it("accepts the session from the app's own pages, and an API key from anywhere", async () => {
      const id = await seed();
      const own = await edit(
        id,
        { vendor: "Own page" },
        { ...a.session, origin: ORIGIN, "sec-fetch-site": "same-origin" },
      );
      expect(own.status, own.text).toBe(200);
      const byKey = await edit(id, { vendor: "Script" }, { ...a.bearer, ...foreign });
      expect(byKey.status, byKey.text).toBe(200);
      // Reads are not state changes.
      expect((await history(id, { ...a.session, ...foreign })).status).toBe(200);
    });
  });
});
