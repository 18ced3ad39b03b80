// Tenant isolation through the real handlers, on both databases: business A, by session or by API key,
// cannot see, cancel, export, download, correct, confirm, dismiss or restore anything of business B,
// nor read its history, nor act for B by naming it.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getReceiptFile } from "@/app/api/receipts/[id]/file/route";
import { POST as confirmReceipt } from "@/app/api/receipts/[id]/confirm/route";
import { POST as dismissReceipt } from "@/app/api/receipts/[id]/dismiss/route";
import { GET as receiptHistory } from "@/app/api/receipts/[id]/history/route";
import { POST as restoreReceipt } from "@/app/api/receipts/[id]/restore/route";
import { GET as getReceipt, PATCH as editReceipt } from "@/app/api/receipts/[id]/route";
import { GET as exportCsv } from "@/app/api/receipts/export.csv/route";
import { GET as listReceipts } from "@/app/api/receipts/route";
import { GET as spending } from "@/app/api/receipts/spending/route";
import { POST as cancelSync } from "@/app/api/receipts/sync/cancel/route";
import { POST as startSync } from "@/app/api/receipts/sync/route";
import { GET as listRuns } from "@/app/api/receipts/sync/runs/route";
import { GET as syncStatus } from "@/app/api/receipts/sync/status/route";
import {
  receiptBody,
  receiptList,
  spendingBody,
  syncRunsBody,
  syncStarted,
  syncStatusBody,
} from "@/lib/api/schemas/responses";
import { revokeApiKey } from "@/lib/auth/api-keys";
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

const FILE = {
  data: new Uint8Array([37, 80, 68, 70, 45, 1, 2, 3]),
  mimeType: "application/pdf",
  filename: "b-secret.pdf",
};

describe.each(DATABASE_KINDS)("tenant isolation on %s", (kind) => {
  const db = useApiDatabase(kind);
  let a: SeededBusiness;
  let b: SeededBusiness;
  const aReceipts: string[] = [];
  const bReceipts: string[] = [];
  let aRun: string;
  let bRun: string;

  beforeAll(async () => {
    a = await seedBusiness(db.prisma, { name: "A", session: true });
    b = await seedBusiness(db.prisma, { name: "B", session: true });
    aReceipts.push(
      await seedReceipt(db.prisma, a.id, {
        vendor: "A Stationery",
        amount: "12.00",
        date: "2026-01-10",
        file: { ...FILE, filename: "a.pdf" },
      }),
    );
    aReceipts.push(await seedReceipt(db.prisma, a.id, { vendor: "A Coffee", amount: "3.50", date: "2026-01-11" }));
    bReceipts.push(
      await seedReceipt(db.prisma, b.id, { vendor: "B Lawyers", amount: "900.00", date: "2026-01-10", file: FILE }),
    );
    bReceipts.push(
      await seedReceipt(db.prisma, b.id, { vendor: "B Hotel", amount: "250.00", currency: "EUR", date: "2026-01-12" }),
    );
    bReceipts.push(
      await seedReceipt(db.prisma, b.id, {
        vendor: "B Hotel",
        amount: "-50.00",
        currency: "EUR",
        date: "2026-01-13",
        kind: "refund",
      }),
    );
    // A's run is finished; B's is running, so a cancel by A has something of B's to reach for.
    aRun = expectBody(
      await call(startSync, "/api/receipts/sync", { method: "POST", headers: a.bearer, body: {} }),
      202,
      syncStarted,
    ).run.id;
    await db.prisma
      .$executeRaw`UPDATE receipt_sync_runs SET status = 'completed', finished_at = now() WHERE id = ${aRun}::uuid`;
    bRun = expectBody(
      await call(startSync, "/api/receipts/sync", { method: "POST", headers: b.bearer, body: {} }),
      202,
      syncStarted,
    ).run.id;
  });

  const credentials = () =>
    [
      ["session", a.session],
      ["API key", a.bearer],
    ] as const;

  it.each(["session", "API key"])(
    "with A's %s, lists, totals, spending and the export hold only A's receipts",
    async (via) => {
      const headers = credentials().find(([name]) => name === via)![1];
      const list = expectBody(await call(listReceipts, "/api/receipts", { headers }), 200, receiptList);
      expect(list.receipts.map((r) => r.id).sort()).toEqual([...aReceipts].sort());
      expect(list.totals).toEqual([
        { currency: "USD", amount: "15.50", count: 2, refund_count: 0, refund_amount: "0.00" },
      ]);
      // A search for B's vendor finds nothing, and neither does a filter for the refund only B has.
      expect(
        expectBody(await call(listReceipts, "/api/receipts?q=Lawyers", { headers }), 200, receiptList).receipts,
      ).toEqual([]);
      expect(
        expectBody(await call(listReceipts, "/api/receipts?kind=refund", { headers }), 200, receiptList),
      ).toMatchObject({ receipts: [], totals: [] });

      const months = expectBody(await call(spending, "/api/receipts/spending", { headers }), 200, spendingBody).months;
      expect(months).toEqual([{ month: "2026-01", currency: "USD", amount: "15.50" }]);

      const csv = await call(exportCsv, "/api/receipts/export.csv", { headers });
      expect(csv.status).toBe(200);
      const rows = csv.text
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split("\r\n")
        .slice(1);
      expect(rows.map((r) => r.split(",")[9]).sort()).toEqual([...aReceipts].sort());
      for (const id of bReceipts) expect(csv.text).not.toContain(id);
      expect(csv.text).not.toContain("B Lawyers");
    },
  );

  it.each(["session", "API key"])(
    "with A's %s, B's receipts, files and runs are 404 and B's run cannot be cancelled",
    async (via) => {
      const headers = credentials().find(([name]) => name === via)![1];
      for (const id of bReceipts) {
        expectError(await call(getReceipt, `/api/receipts/${id}`, { headers, params: { id } }), 404, {
          error: "Receipt not found",
          code: "not_found",
        });
        expectError(await call(getReceiptFile, `/api/receipts/${id}/file`, { headers, params: { id } }), 404, {
          error: "Receipt file not found",
          code: "not_found",
        });
      }
      // Nor can A correct, confirm, dismiss or restore them, or read their history.
      const before = await Promise.all(
        bReceipts.map(
          async (id) =>
            expectBody(
              await call(getReceipt, `/api/receipts/${id}`, { headers: b.bearer, params: { id } }),
              200,
              receiptBody,
            ).receipt,
        ),
      );
      for (const id of bReceipts) {
        const review = [
          call(editReceipt, `/api/receipts/${id}`, { method: "PATCH", headers, body: { amount: "0" }, params: { id } }),
          call(confirmReceipt, `/api/receipts/${id}/confirm`, { method: "POST", headers, params: { id } }),
          call(dismissReceipt, `/api/receipts/${id}/dismiss`, { method: "POST", headers, params: { id } }),
          call(restoreReceipt, `/api/receipts/${id}/restore`, { method: "POST", headers, params: { id } }),
          call(receiptHistory, `/api/receipts/${id}/history`, { headers, params: { id } }),
        ];
        for (const response of await Promise.all(review)) {
          expectError(response, 404, { error: "Receipt not found", code: "not_found" });
        }
      }
      for (const [i, id] of bReceipts.entries()) {
        const after = await call(getReceipt, `/api/receipts/${id}`, { headers: b.bearer, params: { id } });
        expect(expectBody(after, 200, receiptBody).receipt).toEqual(before[i]);
      }
      expect(await db.prisma.receiptChange.count({ where: { receiptId: { in: bReceipts } } })).toBe(0);
      expectError(await call(syncStatus, `/api/receipts/sync/status?run_id=${bRun}`, { headers }), 404, {
        error: "Sync run not found",
        code: "not_found",
      });
      const status = expectBody(await call(syncStatus, "/api/receipts/sync/status", { headers }), 200, syncStatusBody);
      expect(status.run!.id).toBe(aRun);

      const runs = expectBody(await call(listRuns, "/api/receipts/sync/runs", { headers }), 200, syncRunsBody);
      expect(runs.runs.map((r) => r.id)).toEqual([aRun]);
      // B's run id as a cursor pages through nothing of B's.
      const paged = expectBody(
        await call(listRuns, `/api/receipts/sync/runs?cursor=${bRun}`, { headers }),
        200,
        syncRunsBody,
      );
      expect(paged.runs.map((r) => r.business_id).every((id) => id === a.id)).toBe(true);

      expectError(await call(cancelSync, "/api/receipts/sync/cancel", { method: "POST", headers }), 404, {
        error: "No sync is running",
        code: "not_found",
      });
      const still = expectBody(
        await call(syncStatus, "/api/receipts/sync/status", { headers: b.bearer }),
        200,
        syncStatusBody,
      );
      expect(still.run).toMatchObject({ id: bRun, status: "running", cancel_requested_at: null });
      // A's own files are served.
      const own = await call(getReceiptFile, `/api/receipts/${aReceipts[0]}/file`, {
        headers,
        params: { id: aReceipts[0]! },
      });
      expect(own.status).toBe(200);
    },
  );

  it("naming B (x-business-id header or rs_business cookie) with A's credentials is 404", async () => {
    const notFound = { error: "Business not found", code: "not_found" };
    expectError(
      await call(listReceipts, "/api/receipts", { headers: { ...a.bearer, "x-business-id": b.id } }),
      404,
      notFound,
    );
    expectError(
      await call(listReceipts, "/api/receipts", { headers: { ...a.session, "x-business-id": b.id } }),
      404,
      notFound,
    );
    expectError(
      await call(listReceipts, "/api/receipts", { headers: { cookie: `${a.session.cookie}; rs_business=${b.id}` } }),
      404,
      notFound,
    );
    expectError(
      await call(exportCsv, "/api/receipts/export.csv", { headers: { ...a.session, "x-business-id": b.id } }),
      404,
      notFound,
    );
    expectError(
      await call(cancelSync, "/api/receipts/sync/cancel", {
        method: "POST",
        headers: { ...a.bearer, "x-business-id": b.id },
      }),
      404,
      notFound,
    );
    // Naming A itself works.
    expectBody(
      await call(listReceipts, "/api/receipts", { headers: { ...a.bearer, "x-business-id": a.id } }),
      200,
      receiptList,
    );
    expectBody(
      await call(listReceipts, "/api/receipts", { headers: { ...a.session, "x-business-id": a.id } }),
      200,
      receiptList,
    );
  });

  it("a revoked key is 401 on every endpoint, while the business's session still works", async () => {
    const c = await seedBusiness(db.prisma, { session: true });
    await revokeApiKey(db.prisma, c.id, c.keyId);
    const revoked = { error: "Invalid or revoked API key", code: "unauthorized" };
    expectError(await call(listReceipts, "/api/receipts", { headers: c.bearer }), 401, revoked);
    expectError(
      await call(startSync, "/api/receipts/sync", { method: "POST", headers: c.bearer, body: {} }),
      401,
      revoked,
    );
    expectError(
      await call(cancelSync, "/api/receipts/sync/cancel", { method: "POST", headers: c.bearer }),
      401,
      revoked,
    );
    expectError(await call(exportCsv, "/api/receipts/export.csv", { headers: c.bearer }), 401, revoked);
    expectError(
      await call(getReceiptFile, `/api/receipts/${aReceipts[0]}/file`, {
        headers: c.bearer,
        params: { id: aReceipts[0]! },
      }),
      401,
      revoked,
    );
    // A bearer header is judged on its own: a valid session cookie beside a revoked key does not rescue it.
    expectError(await call(listReceipts, "/api/receipts", { headers: { ...c.bearer, ...c.session } }), 401, revoked);
    expectBody(await call(listReceipts, "/api/receipts", { headers: c.session }), 200, receiptList);
    expect(await db.prisma.receiptSyncRun.count({ where: { businessId: c.id } })).toBe(0);
  });
});
