// POST /api/receipts/sync, GET /sync/status, POST /sync/cancel, GET /sync/runs through the real
// handlers, on both databases: 202 and its range, 409 with the running run's live progress (by the
// database clock), stale takeover, 100 concurrent starts, status by run_id, cancel, and history pages.
import { describe, expect, it } from "vitest";
import { POST as startSync } from "@/app/api/receipts/sync/route";
import { POST as cancelSync } from "@/app/api/receipts/sync/cancel/route";
import { GET as listRuns } from "@/app/api/receipts/sync/runs/route";
import { GET as syncStatus } from "@/app/api/receipts/sync/status/route";
import { syncConflict, syncRunBody, syncRunsBody, syncStarted, syncStatusBody } from "@/lib/api/schemas/responses";
import { calendarDateIn } from "@/lib/shared/calendar";
import { ageHeartbeat, call, expectBody, expectError, seedBusiness, useApiDatabase } from "../support/api-harness";
import { DATABASE_KINDS } from "../support/test-database";

const PROGRESS_KEYS = [
  "last_heartbeat_at",
  "messages_scanned",
  "pages_scanned",
  "progress_percentage",
  "saved_receipts",
  "seconds_since_heartbeat",
];

describe.each(DATABASE_KINDS)("sync API on %s", (kind) => {
  const db = useApiDatabase(kind);
  const post = (headers: Record<string, string>, body?: unknown) =>
    call(startSync, "/api/receipts/sync", { method: "POST", headers, body });

  describe("POST /api/receipts/sync", () => {
    it("starts a range run: 202 with the run, from snake_case dates", async () => {
      const a = await seedBusiness(db.prisma);
      const started = expectBody(
        await post(a.bearer, { from_date: "2026-01-01", to_date: "2026-03-31" }),
        202,
        syncStarted,
      );
      expect(started.run).toMatchObject({
        business_id: a.id,
        mode: "range",
        // Started with an API key: a program asked.
        started_by: "api",
        status: "running",
        from_date: "2026-01-01",
        to_date: "2026-03-31",
        messages_scanned: 0,
        is_stale: false,
      });
      expect(started.run.seconds_since_heartbeat).toBeLessThanOrEqual(1);
      expect(started).not.toHaveProperty("replaced_stale_run");
    });

    it("accepts camelCase dates, and a session as well as a key", async () => {
      const a = await seedBusiness(db.prisma, { session: true });
      const started = expectBody(
        await post(a.session, { fromDate: "2025-02-01", toDate: "2025-02-28" }),
        202,
        syncStarted,
      );
      expect(started.run).toMatchObject({
        mode: "range",
        from_date: "2025-02-01",
        to_date: "2025-02-28",
        // A signed-in person pressed Sync.
        started_by: "manual",
      });
    });

    it("snake_case wins when both spellings are sent", async () => {
      const a = await seedBusiness(db.prisma);
      const body = { from_date: "2026-01-01", fromDate: "2020-05-05", to_date: "2026-01-31", toDate: "2020-06-06" };
      const started = expectBody(await post(a.bearer, body), 202, syncStarted);
      expect(started.run).toMatchObject({ from_date: "2026-01-01", to_date: "2026-01-31" });
    });

    it("without a range (no body, empty object, JSON nulls) starts an incremental sync of the last 90 days to today", async () => {
      const today = calendarDateIn(new Date(), "UTC");
      const ninetyDaysAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 90 * 86_400_000).toISOString().slice(0, 10);
      for (const body of [undefined, {}, { from_date: null, to_date: null }]) {
        const a = await seedBusiness(db.prisma);
        const started = expectBody(await post(a.bearer, body), 202, syncStarted);
        expect(started.run).toMatchObject({ mode: "incremental", from_date: ninetyDaysAgo, to_date: today });
      }
    });

    it("a range that can only fail is 400 naming the parameter, and no run is created", async () => {
      const a = await seedBusiness(db.prisma);
      const today = calendarDateIn(new Date(), "UTC");
      expectError(await post(a.bearer, { from_date: "2999-12-31" }), 400, {
        error: `from_date (2999-12-31) is after today (${today} in the business's timezone), where a range without to_date ends`,
        code: "invalid_date_range",
      });
      expectError(await post(a.bearer, { fromDate: "1969-12-31", toDate: "1970-01-31" }), 400, {
        error: "from_date must be 1970-01-01 or later: Gmail cannot search before then",
        code: "invalid_date_range",
      });
      // Without from_date the range starts 90 days before to_date.
      expectError(await post(a.bearer, { to_date: "1970-02-01" }), 400, {
        error: "to_date must be 1970-01-01 or later: Gmail cannot search before then",
        code: "invalid_date_range",
      });
      expect(await db.prisma.receiptSyncRun.count({ where: { businessId: a.id } })).toBe(0);
      // The earliest day Gmail can search is accepted.
      expectBody(await post(a.bearer, { from_date: "1970-01-01", to_date: "1970-01-31" }), 202, syncStarted);
    });

    it("a business without a Gmail connection gets 409 gmail_not_connected", async () => {
      const a = await seedBusiness(db.prisma, { gmail: false });
      expectError(await post(a.bearer, {}), 409, {
        error: "Gmail is not connected for this business: connect it in Settings first",
        code: "gmail_not_connected",
      });
      expect(await db.prisma.receiptSyncRun.count({ where: { businessId: a.id } })).toBe(0);
    });

    it("a second start is 409 with exactly the running run's id and live progress, aged by the database clock", async () => {
      const a = await seedBusiness(db.prisma);
      const { run } = expectBody(
        await post(a.bearer, { from_date: "2026-01-01", to_date: "2026-01-31" }),
        202,
        syncStarted,
      );
      await db.prisma
        .$executeRaw`UPDATE receipt_sync_runs SET messages_scanned = 120, saved_receipts = 9, pages_scanned = 3, progress_percentage = 37 WHERE id = ${run.id}::uuid`;
      await db.prisma
        .$executeRaw`UPDATE receipt_sync_runs SET last_heartbeat_at = now() - interval '42 seconds' WHERE id = ${run.id}::uuid`;

      const response = await post(a.bearer, { from_date: "2026-02-01", to_date: "2026-02-28" });
      const conflict = expectBody(response, 409, syncConflict);
      expect(Object.keys(response.body).sort()).toEqual(["code", "error", "progress", "run_id", "success"]);
      expect(Object.keys(response.body.progress).sort()).toEqual(PROGRESS_KEYS);
      expect(conflict).toMatchObject({
        success: false,
        error: "Sync already in progress",
        code: "sync_in_progress",
        run_id: run.id,
        progress: { messages_scanned: 120, saved_receipts: 9, pages_scanned: 3, progress_percentage: 37 },
      });
      expect(conflict.progress.seconds_since_heartbeat).toBeGreaterThanOrEqual(42);
      expect(conflict.progress.seconds_since_heartbeat).toBeLessThanOrEqual(43);
      const [db_heartbeat] = await db.prisma.$queryRaw<
        { at: Date }[]
      >`SELECT last_heartbeat_at AS at FROM receipt_sync_runs WHERE id = ${run.id}::uuid`;
      expect(conflict.progress.last_heartbeat_at).toBe(db_heartbeat!.at.toISOString());
      expect(await db.prisma.receiptSyncRun.count({ where: { businessId: a.id } })).toBe(1);
    });

    it("a run silent for longer than SYNC_STALE_AFTER_SECONDS is failed and replaced, and the 202 says so", async () => {
      const a = await seedBusiness(db.prisma);
      const { run: old } = expectBody(
        await post(a.bearer, { from_date: "2026-01-01", to_date: "2026-01-31" }),
        202,
        syncStarted,
      );
      // 180 s is still healthy…
      await ageHeartbeat(db.prisma, old.id, 170);
      expectBody(await post(a.bearer, {}), 409, syncConflict);
      // …past it the run is stale.
      await ageHeartbeat(db.prisma, old.id, 200);
      const started = expectBody(
        await post(a.bearer, { from_date: "2026-01-01", to_date: "2026-01-31" }),
        202,
        syncStarted,
      );
      expect(started.run.id).not.toBe(old.id);
      expect(started.replaced_stale_run).toEqual({
        run_id: old.id,
        reason: expect.stringMatching(/^Stale run auto-failed: no heartbeat for 20[01]s$/),
        resumed_from_checkpoint: false,
      });

      const status = expectBody(
        await call(syncStatus, `/api/receipts/sync/status?run_id=${old.id}`, { headers: a.bearer }),
        200,
        syncStatusBody,
      );
      expect(status.run).toMatchObject({
        id: old.id,
        status: "failed",
        error_message: started.replaced_stale_run!.reason,
        is_stale: false,
      });
      expect(status.run!.finished_at).not.toBeNull();
    });
  });

  describe("GET /api/receipts/sync/status", () => {
    it("run is null when the business never synced", async () => {
      const a = await seedBusiness(db.prisma);
      expect(
        expectBody(await call(syncStatus, "/api/receipts/sync/status", { headers: a.bearer }), 200, syncStatusBody),
      ).toEqual({
        success: true,
        run: null,
        // A new business's automatic sync: hourly, first due an hour after it was created.
        schedule: {
          enabled: true,
          interval_minutes: 60,
          first_import_months: 12,
          next_sync_at: expect.stringMatching(/^\d{4}-/),
          paused_reason: null,
        },
        gmail: { status: "active", reconnect_url: null },
      });
    });

    it("returns the running run with its heartbeat and seconds since, by the database clock", async () => {
      const a = await seedBusiness(db.prisma, { session: true });
      const { run } = expectBody(
        await post(a.bearer, { from_date: "2026-03-01", to_date: "2026-03-31" }),
        202,
        syncStarted,
      );
      await ageHeartbeat(db.prisma, run.id, 42);
      const status = expectBody(
        await call(syncStatus, "/api/receipts/sync/status", { headers: a.session }),
        200,
        syncStatusBody,
      );
      expect(status.run).toMatchObject({
        id: run.id,
        status: "running",
        from_date: "2026-03-01",
        to_date: "2026-03-31",
        is_stale: false,
      });
      expect(status.run!.last_heartbeat_at).not.toBeNull();
      expect(Date.parse(status.run!.last_heartbeat_at!)).toBeLessThan(Date.parse(run.last_heartbeat_at!));
      expect(status.run!.seconds_since_heartbeat).toBeGreaterThanOrEqual(42);
      expect(status.run!.seconds_since_heartbeat).toBeLessThanOrEqual(43);
      await ageHeartbeat(db.prisma, run.id, 181);
      const stale = expectBody(
        await call(syncStatus, "/api/receipts/sync/status", { headers: a.bearer }),
        200,
        syncStatusBody,
      );
      // Even with no worker alive to sweep it, the status never shows a dead run as running.
      expect(stale.run).toMatchObject({ id: run.id, status: "failed", failure_code: "stale", is_stale: false });
      expect(stale.run!.error_message).toMatch(/^Stale run auto-failed: no heartbeat for 18[12]s$/);
      expect(stale.run!.finished_at).not.toBeNull();
    });

    it("?run_id= picks a given run; a malformed one is 400, another business's is 404", async () => {
      const a = await seedBusiness(db.prisma);
      const b = await seedBusiness(db.prisma);
      const { run: first } = expectBody(
        await post(a.bearer, { from_date: "2026-01-01", to_date: "2026-01-02" }),
        202,
        syncStarted,
      );
      expectBody(
        await call(cancelSync, "/api/receipts/sync/cancel", { method: "POST", headers: a.bearer }),
        202,
        syncRunBody,
      );
      const { run: second } = expectBody(
        await post(a.bearer, { from_date: "2026-02-01", to_date: "2026-02-02" }),
        202,
        syncStarted,
      );
      const { run: foreign } = expectBody(await post(b.bearer, {}), 202, syncStarted);

      const current = expectBody(
        await call(syncStatus, "/api/receipts/sync/status", { headers: a.bearer }),
        200,
        syncStatusBody,
      );
      expect(current.run!.id).toBe(second.id);
      const picked = expectBody(
        await call(syncStatus, `/api/receipts/sync/status?run_id=${first.id}`, { headers: a.bearer }),
        200,
        syncStatusBody,
      );
      expect(picked.run).toMatchObject({ id: first.id, status: "cancelled" });

      expectError(await call(syncStatus, "/api/receipts/sync/status?run_id=not-a-uuid", { headers: a.bearer }), 400, {
        error: "run_id: must be a UUID",
        code: "invalid_request",
      });
      expectError(
        await call(syncStatus, "/api/receipts/sync/status?run_id=1%27%20OR%201=1", { headers: a.bearer }),
        400,
        { error: "run_id: must be a UUID", code: "invalid_request" },
      );
      expectError(
        await call(syncStatus, `/api/receipts/sync/status?run_id=${first.id}&run_id=${first.id}`, {
          headers: a.bearer,
        }),
        400,
        {
          error: "run_id was given 2 times; give it once",
          code: "invalid_request",
        },
      );
      expectError(await call(syncStatus, "/api/receipts/sync/status?verbose=1", { headers: a.bearer }), 400, {
        error: "Unknown field(s): verbose",
        code: "invalid_request",
      });
      expectError(
        await call(syncStatus, `/api/receipts/sync/status?run_id=${foreign.id}`, { headers: a.bearer }),
        404,
        { error: "Sync run not found", code: "not_found" },
      );
      expectError(
        await call(syncStatus, "/api/receipts/sync/status?run_id=00000000-0000-4000-8000-000000000000", {
          headers: a.bearer,
        }),
        404,
        { error: "Sync run not found", code: "not_found" },
      );
    });
  });

  describe("POST /api/receipts/sync/cancel", () => {
    it("cancels the running run (202), then answers 404 while none runs", async () => {
      const a = await seedBusiness(db.prisma, { session: true });
      expectError(await call(cancelSync, "/api/receipts/sync/cancel", { method: "POST", headers: a.bearer }), 404, {
        error: "No sync is running",
        code: "not_found",
      });
      const { run } = expectBody(await post(a.bearer, {}), 202, syncStarted);
      const cancelled = expectBody(
        await call(cancelSync, "/api/receipts/sync/cancel", { method: "POST", headers: a.session }),
        202,
        syncRunBody,
      );
      // No worker has claimed it, so it is cancelled at once.
      expect(cancelled.run).toMatchObject({ id: run.id, status: "cancelled" });
      expect(cancelled.run.cancel_requested_at).not.toBeNull();
      expect(cancelled.run.cancelled_at).not.toBeNull();
      expectError(await call(cancelSync, "/api/receipts/sync/cancel", { method: "POST", headers: a.bearer }), 404, {
        error: "No sync is running",
        code: "not_found",
      });
      // Nothing runs any more, so a new start is accepted.
      expectBody(await post(a.bearer, {}), 202, syncStarted);
    });

    it("a claimed run stays running with cancel_requested_at set until its worker stops", async () => {
      const a = await seedBusiness(db.prisma);
      const { run } = expectBody(await post(a.bearer, {}), 202, syncStarted);
      await db.prisma
        .$executeRaw`UPDATE receipt_sync_runs SET lease_token = gen_random_uuid(), worker_id = 'w1' WHERE id = ${run.id}::uuid`;
      const requested = expectBody(
        await call(cancelSync, "/api/receipts/sync/cancel", { method: "POST", headers: a.bearer }),
        202,
        syncRunBody,
      );
      expect(requested.run).toMatchObject({ id: run.id, status: "running", cancelled_at: null });
      expect(requested.run.cancel_requested_at).not.toBeNull();
    });
  });

  describe("GET /api/receipts/sync/runs", () => {
    it("lists runs newest first, a page at a time", async () => {
      const a = await seedBusiness(db.prisma, { session: true });
      const ids: string[] = [];
      for (let i = 1; i <= 5; i++) {
        const { run } = expectBody(
          await post(a.bearer, { from_date: `2026-0${i}-01`, to_date: `2026-0${i}-10` }),
          202,
          syncStarted,
        );
        ids.push(run.id);
        // Distinct start times, oldest first, so the order is by time and not by id.
        await db.prisma
          .$executeRaw`UPDATE receipt_sync_runs SET status = 'completed', finished_at = now(), started_at = now() - make_interval(mins => ${10 - i}) WHERE id = ${run.id}::uuid`;
      }
      const newestFirst = [...ids].reverse();

      const all = expectBody(await call(listRuns, "/api/receipts/sync/runs", { headers: a.bearer }), 200, syncRunsBody);
      expect(all.runs.map((r) => r.id)).toEqual(newestFirst);
      expect(all.next_cursor).toBeNull();

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
        const page = expectBody(
          await call(listRuns, `/api/receipts/sync/runs${query}`, { headers: a.session }),
          200,
          syncRunsBody,
        );
        expect(page.runs.length).toBeLessThanOrEqual(2);
        seen.push(...page.runs.map((r) => r.id));
        cursor = page.next_cursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(newestFirst);

      const empty = await seedBusiness(db.prisma);
      expect(
        expectBody(await call(listRuns, "/api/receipts/sync/runs", { headers: empty.bearer }), 200, syncRunsBody),
      ).toEqual({ success: true, runs: [], next_cursor: null });
    });

    it.each([
      ["limit=0", "limit: must be a whole number from 1 to 100"],
      ["limit=-1", "limit: must be a whole number from 1 to 100"],
      ["limit=101", "limit: must be a whole number from 1 to 100"],
      ["limit=1.5", "limit: must be a whole number from 1 to 100"],
      ["limit=abc", "limit: must be a whole number from 1 to 100"],
      ["limit=99999999999999999999", "limit: must be a whole number from 1 to 100"],
      ["cursor=nope", "cursor: must be a UUID"],
      ["page=2", "Unknown field(s): page"],
    ])("?%s is 400 with the reason", async (query, error) => {
      const a = await seedBusiness(db.prisma);
      expectError(await call(listRuns, `/api/receipts/sync/runs?${query}`, { headers: a.bearer }), 400, {
        error,
        code: "invalid_request",
      });
    });
  });

  describe("concurrent starts", () => {
    it("100 concurrent starts make one run: one 202 and 99 × 409 with its progress", async () => {
      const a = await seedBusiness(db.prisma);
      const responses = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          call(startSync, "/api/receipts/sync", {
            method: "POST",
            headers: a.bearer,
            body:
              i % 2
                ? { from_date: "2026-01-01", to_date: "2026-01-31" }
                : { fromDate: "2026-01-01", toDate: "2026-01-31" },
          }),
        ),
      );
      const byStatus = new Map<number, number>();
      for (const r of responses) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
      expect(Object.fromEntries(byStatus), responses.find((r) => r.status >= 500)?.text).toEqual({ 202: 1, 409: 99 });

      const winner = expectBody(
        responses.find((r) => r.status === 202)!,
        202,
        syncStarted,
      );
      for (const r of responses.filter((x) => x.status === 409)) {
        const conflict = expectBody(r, 409, syncConflict);
        expect(conflict.run_id).toBe(winner.run.id);
        expect(conflict.progress).toMatchObject({
          messages_scanned: 0,
          saved_receipts: 0,
          pages_scanned: 0,
          progress_percentage: 0,
        });
      }
      expect(await db.prisma.receiptSyncRun.count({ where: { businessId: a.id } })).toBe(1);
      const status = expectBody(
        await call(syncStatus, "/api/receipts/sync/status", { headers: a.bearer }),
        200,
        syncStatusBody,
      );
      expect(status.run).toMatchObject({ id: winner.run.id, status: "running" });
    });

    it("concurrent starts of different businesses each get their own run", async () => {
      const businesses = await Promise.all(Array.from({ length: 10 }, () => seedBusiness(db.prisma)));
      const responses = await Promise.all(
        businesses.flatMap((b) =>
          [0, 1, 2].map(() => call(startSync, "/api/receipts/sync", { method: "POST", headers: b.bearer, body: {} })),
        ),
      );
      expect(responses.filter((r) => r.status === 202)).toHaveLength(10);
      expect(responses.filter((r) => r.status === 409)).toHaveLength(20);
      const started = responses
        .filter((r) => r.status === 202)
        .map((r) => expectBody(r, 202, syncStarted).run.business_id);
      expect(new Set(started)).toEqual(new Set(businesses.map((b) => b.id)));
    });
  });
});
