// The migration history applied by the in-process migrator, on the embedded database and on PostgreSQL.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError, readMigrations } from "@/lib/db/migrate";
import { DEFAULT_CATEGORIES } from "@/lib/shared/categories";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../support/test-database";

const migrations = readMigrations();
const [initial, heartbeat] = migrations;
const receiptKinds = migrations.find((m) => m.name === "20261202100000_add_receipt_kind_confidence")!;
const beforeReceiptKinds = migrations.slice(0, migrations.indexOf(receiptKinds));
const throughReceiptKinds = migrations.slice(0, migrations.indexOf(receiptKinds) + 1);
const failureCode = migrations.find((m) => m.name === "20261203090000_add_sync_run_failure_code")!;
const beforeFailureCode = migrations.slice(0, migrations.indexOf(failureCode));
const throughFailureCode = migrations.slice(0, migrations.indexOf(failureCode) + 1);
const dropFullMode = migrations.find((m) => m.name === "20261203120000_drop_sync_run_mode_full")!;
const beforeDropFullMode = migrations.slice(0, migrations.indexOf(dropFullMode));
const throughDropFullMode = migrations.slice(0, migrations.indexOf(dropFullMode) + 1);
const syncRunHistory = migrations.find((m) => m.name === "20261203200000_add_sync_run_history")!;
const beforeSyncRunHistory = migrations.slice(0, migrations.indexOf(syncRunHistory));
const throughSyncRunHistory = migrations.slice(0, migrations.indexOf(syncRunHistory) + 1);
const receiptReview = migrations.find((m) => m.name === "20261203140000_add_receipt_review")!;
const beforeReceiptReview = migrations.slice(0, migrations.indexOf(receiptReview));
const throughReceiptReview = migrations.slice(0, migrations.indexOf(receiptReview) + 1);
const syncSchedules = migrations.find((m) => m.name === "20261203190000_add_sync_schedules")!;
const beforeSyncSchedules = migrations.slice(0, migrations.indexOf(syncSchedules));
const throughSyncSchedules = migrations.slice(0, migrations.indexOf(syncSchedules) + 1);
const categories = migrations.find((m) => m.name === "20261203180000_add_categories_and_vendor_rules")!;
const beforeCategories = migrations.slice(0, migrations.indexOf(categories));
const throughCategories = migrations.slice(0, migrations.indexOf(categories) + 1);

describe.each(DATABASE_KINDS)("migrations on %s", (kind) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await db.drop();
  });

  async function insertBusiness(name: string): Promise<string> {
    const [row] = await db.session.query<{ id: string }>(`INSERT INTO businesses (name) VALUES ($1) RETURNING id`, [
      name,
    ]);
    return row!.id;
  }

  async function insertRun(businessId: string, status: string, startedAt = "now()"): Promise<string> {
    const [row] = await db.session.query<{ id: string }>(
      `INSERT INTO receipt_sync_runs (business_id, status, started_at) VALUES ($1, $2::sync_run_status, ${startedAt}) RETURNING id`,
      [businessId, status],
    );
    return row!.id;
  }

  it("has the initial legacy migration first and the heartbeat migration after it", () => {
    expect(initial!.name).toMatch(/_init$/);
    expect(heartbeat!.name).toMatch(/_add_sync_run_heartbeat$/);
    expect(initial!.script).not.toContain("last_heartbeat_at");
  });

  it("applies every migration once; a second run is a no-op", async () => {
    const first = await applyMigrations(db.session, migrations);
    expect(first.applied).toEqual(migrations.map((m) => m.name));
    const second = await applyMigrations(db.session, migrations);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(migrations.map((m) => m.name));
    expect(second.modified).toEqual([]);

    const rows = await db.session.query<{
      id: string;
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      rolled_back_at: Date | null;
    }>(
      `SELECT id, migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toHaveLength(migrations.length);
    for (const [i, row] of rows.entries()) {
      const file = fs.readFileSync(path.join("prisma/migrations", row.migration_name, "migration.sql"));
      expect(row.migration_name).toBe(migrations[i]!.name);
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("backfills the heartbeat of running rows only", async () => {
    await applyMigrations(db.session, [initial!]);
    const a = await insertBusiness("A");
    const b = await insertBusiness("B");
    const running = await insertRun(a, "running");
    const completed = await insertRun(a, "completed");
    const failed = await insertRun(b, "failed");
    const cancelled = await insertRun(b, "cancelled");
    const runningB = await insertRun(b, "running");

    await applyMigrations(db.session, migrations);

    const rows = await db.session.query<{ id: string; status: string; fresh: boolean | null }>(
      `SELECT id, status::text, (last_heartbeat_at > now() - interval '1 minute') AS fresh FROM receipt_sync_runs`,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(running)).toMatchObject({ status: "running", fresh: true });
    expect(byId.get(runningB)).toMatchObject({ status: "running", fresh: true });
    for (const id of [completed, failed, cancelled]) expect(byId.get(id)!.fresh).toBeNull();
  });

  it("keeps the newest of several legacy running rows of one business and fails the others", async () => {
    await applyMigrations(db.session, [initial!]);
    const a = await insertBusiness("A");
    const older = await insertRun(a, "running", "now() - interval '2 hours'");
    const newer = await insertRun(a, "running", "now() - interval '1 hour'");

    await applyMigrations(db.session, migrations);

    const rows = await db.session.query<{
      id: string;
      status: string;
      error_message: string | null;
      finished: boolean;
    }>(`SELECT id, status::text, error_message, finished_at IS NOT NULL AS finished FROM receipt_sync_runs`);
    expect(rows.find((r) => r.id === newer)).toMatchObject({ status: "running", error_message: null, finished: false });
    expect(rows.find((r) => r.id === older)).toMatchObject({ status: "failed", finished: true });
    expect(rows.find((r) => r.id === older)!.error_message).toMatch(/Superseded/);
  });

  it("creates the heartbeat, business/status and one-running indexes as specified", async () => {
    await applyMigrations(db.session, migrations);
    const rows = await db.session.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'receipt_sync_runs' ORDER BY indexname`,
    );
    const defs = Object.fromEntries(rows.map((r) => [r.indexname, r.indexdef]));
    expect(defs.idx_receipt_sync_runs_heartbeat).toBe(
      "CREATE INDEX idx_receipt_sync_runs_heartbeat ON public.receipt_sync_runs USING btree (last_heartbeat_at) WHERE (status = 'running'::sync_run_status)",
    );
    expect(defs.idx_receipt_sync_runs_business_status).toBe(
      "CREATE INDEX idx_receipt_sync_runs_business_status ON public.receipt_sync_runs USING btree (business_id, status)",
    );
    expect(defs.uq_receipt_sync_runs_one_running_per_business).toBe(
      "CREATE UNIQUE INDEX uq_receipt_sync_runs_one_running_per_business ON public.receipt_sync_runs USING btree (business_id) WHERE (status = 'running'::sync_run_status)",
    );
    const [column] = await db.session.query<{ data_type: string; is_nullable: string }>(
      `SELECT data_type, is_nullable FROM information_schema.columns WHERE table_name = 'receipt_sync_runs' AND column_name = 'last_heartbeat_at'`,
    );
    expect(column).toEqual({ data_type: "timestamp with time zone", is_nullable: "YES" });
  });

  it("allows one running run per business, and any number of finished ones", async () => {
    await applyMigrations(db.session, migrations);
    const a = await insertBusiness("A");
    const b = await insertBusiness("B");
    await insertRun(a, "running");
    await insertRun(a, "completed");
    await insertRun(a, "failed");
    await expect(insertRun(a, "running")).rejects.toMatchObject({ code: "23505" });
    await expect(insertRun(b, "running")).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is safe on a database where the heartbeat change was applied by hand, and when run twice", async () => {
    await applyMigrations(db.session, [initial!]);
    await db.session.exec(`
      ALTER TABLE receipt_sync_runs ADD COLUMN last_heartbeat_at TIMESTAMPTZ NULL;
      CREATE INDEX idx_receipt_sync_runs_heartbeat ON receipt_sync_runs (last_heartbeat_at) WHERE status = 'running';
    `);
    const report = await applyMigrations(db.session, migrations);
    expect(report.applied).toEqual(migrations.slice(1).map((m) => m.name));
    await db.session.exec(heartbeat!.script);
    const [count] = await db.session.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'receipt_sync_runs' AND indexname LIKE '%heartbeat%'`,
    );
    expect(count!.n).toBe(1);
  });

  async function insertReceipt(businessId: string, messageId: string, columns = "", values = ""): Promise<string> {
    const [row] = await db.session.query<{ id: string }>(
      `INSERT INTO receipts (business_id, gmail_message_id, vendor, amount, currency, receipt_date, subject, sender, received_at, source${columns})
       VALUES ($1, $2, 'Acme', 12.50, 'USD', '2026-03-05', 'Receipt', 'billing@acme.test', now(), 'body'${values}) RETURNING id`,
      [businessId, messageId],
    );
    return row!.id;
  }

  it("gives receipts saved before kinds were recorded kind 'receipt' and no confidence or extractor version", async () => {
    expect(beforeReceiptKinds.length).toBeGreaterThan(0);
    await applyMigrations(db.session, beforeReceiptKinds);
    const a = await insertBusiness("A");
    const legacy = await insertReceipt(a, "legacy");

    expect((await applyMigrations(db.session, throughReceiptKinds)).applied).toEqual([receiptKinds.name]);

    const [row] = await db.session.query<{ kind: string; confidence: number | null; extractor_version: string | null }>(
      `SELECT kind::text, confidence, extractor_version FROM receipts WHERE id = $1`,
      [legacy],
    );
    expect(row).toEqual({ kind: "receipt", confidence: null, extractor_version: null });
    const columns = await db.session.query<{
      column_name: string;
      data_type: string;
      udt_name: string;
      domain_name: string | null;
      is_nullable: string;
      column_default: string | null;
    }>(
      `SELECT column_name, data_type, udt_name, domain_name, is_nullable, column_default FROM information_schema.columns
       WHERE table_name = 'receipts' AND column_name IN ('kind', 'confidence', 'extractor_version') ORDER BY column_name`,
    );
    expect(columns).toEqual([
      // DOUBLE PRECISION through a domain that carries the 0..1 CHECK.
      {
        column_name: "confidence",
        data_type: "double precision",
        udt_name: "float8",
        domain_name: "receipt_confidence",
        is_nullable: "YES",
        column_default: null,
      },
      {
        column_name: "extractor_version",
        data_type: "text",
        udt_name: "text",
        domain_name: null,
        is_nullable: "YES",
        column_default: null,
      },
      {
        column_name: "kind",
        data_type: "USER-DEFINED",
        udt_name: "receipt_kind",
        domain_name: null,
        is_nullable: "NO",
        column_default: "'receipt'::receipt_kind",
      },
    ]);
    const [labels] = await db.session.query<{ labels: string }>(
      `SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) AS labels FROM pg_enum WHERE enumtypid = 'receipt_kind'::regtype`,
    );
    expect(labels!.labels).toBe("receipt,invoice,refund");
    const [index] = await db.session.query<{ indexdef: string }>(
      `SELECT indexdef FROM pg_indexes WHERE indexname = 'idx_receipts_business_kind_date'`,
    );
    expect(index!.indexdef).toBe(
      "CREATE INDEX idx_receipts_business_kind_date ON public.receipts USING btree (business_id, kind, receipt_date, id)",
    );
  });

  it("records how runs failed before failure codes existed: stale ones by their message, the rest as unexpected", async () => {
    await applyMigrations(db.session, beforeFailureCode);
    const a = await insertBusiness("A");
    const stale = await insertRun(a, "failed");
    const crashed = await insertRun(a, "failed");
    const done = await insertRun(a, "completed");
    await db.session.query(
      `UPDATE receipt_sync_runs SET error_message = 'Stale run auto-failed: no heartbeat for 200s' WHERE id = $1`,
      [stale],
    );
    await db.session.query(
      `UPDATE receipt_sync_runs SET error_message = 'Sync failed unexpectedly: boom' WHERE id = $1`,
      [crashed],
    );

    expect((await applyMigrations(db.session, throughFailureCode)).applied).toEqual([failureCode.name]);
    const rows = await db.session.query<{ id: string; failure_code: string | null }>(
      `SELECT id::text, failure_code::text FROM receipt_sync_runs`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.failure_code]))).toEqual({
      [stale]: "stale",
      [crashed]: "unexpected",
      [done]: null,
    });
    // Run again over a database that has it all: nothing changes, nothing fails.
    await db.session.query(`DELETE FROM _prisma_migrations WHERE migration_name = $1`, [failureCode.name]);
    expect((await applyMigrations(db.session, throughFailureCode)).applied).toEqual([failureCode.name]);
  });

  it("counts nothing skipped and no summary on runs from before history syncs, twice safely", async () => {
    await applyMigrations(db.session, beforeSyncRunHistory);
    const a = await insertBusiness("A");
    const done = await insertRun(a, "completed");
    expect((await applyMigrations(db.session, throughSyncRunHistory)).applied).toEqual([syncRunHistory.name]);
    const [row] = await db.session.query<{ skipped_messages: number; summary: string | null }>(
      `SELECT skipped_messages, summary FROM receipt_sync_runs WHERE id = $1`,
      [done],
    );
    expect(row).toEqual({ skipped_messages: 0, summary: null });
    await db.session.query(`DELETE FROM _prisma_migrations WHERE migration_name = $1`, [syncRunHistory.name]);
    expect((await applyMigrations(db.session, throughSyncRunHistory)).applied).toEqual([syncRunHistory.name]);
  });

  it("drops the run mode nothing used: runs keep their modes, a hand-written full run becomes a range run, twice is safe", async () => {
    await applyMigrations(db.session, beforeDropFullMode);
    const a = await insertBusiness("A");
    const range = await insertRun(a, "completed");
    const incremental = await insertRun(a, "completed");
    const full = await insertRun(a, "completed");
    await db.session.query(`UPDATE receipt_sync_runs SET mode = 'incremental' WHERE id = $1`, [incremental]);
    await db.session.query(`UPDATE receipt_sync_runs SET mode = 'full' WHERE id = $1`, [full]);

    expect((await applyMigrations(db.session, throughDropFullMode)).applied).toEqual([dropFullMode.name]);
    const rows = await db.session.query<{ id: string; mode: string }>(
      `SELECT id::text, mode::text FROM receipt_sync_runs`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.mode]))).toEqual({
      [range]: "range",
      [incremental]: "incremental",
      [full]: "range",
    });
    const [labels] = await db.session.query<{ labels: string }>(
      `SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
       FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'sync_run_mode'`,
    );
    expect(labels!.labels).toBe("range,incremental");
    await expect(db.session.query(`UPDATE receipt_sync_runs SET mode = 'full'`)).rejects.toThrow();
    // The default survives the rebuild of the type.
    expect(
      (
        await db.session.query<{ mode: string }>(`SELECT mode::text FROM receipt_sync_runs WHERE id = $1`, [
          await insertRun(a, "completed"),
        ])
      )[0]!.mode,
    ).toBe("range");

    await db.session.query(`DELETE FROM _prisma_migrations WHERE migration_name = $1`, [dropFullMode.name]);
    expect((await applyMigrations(db.session, throughDropFullMode)).applied).toEqual([dropFullMode.name]);
  });

  it("puts receipts recognition was unsure of (confidence under 0.75) in review, and nothing else, twice safely", async () => {
    await applyMigrations(db.session, beforeReceiptReview);
    const a = await insertBusiness("A");
    const receipt = async (message: string, confidence: number | null) => {
      await db.session.query(
        `INSERT INTO receipts (business_id, gmail_message_id, vendor, amount, currency, receipt_date, subject, sender,
                               received_at, source, confidence)
         VALUES ($1, $2, 'V', 1, 'EUR', '2026-01-01', 's', 'x@example.com', now(), 'body', $3)`,
        [a, message, confidence],
      );
    };
    await receipt("unsure", 0.6);
    await receipt("sure", 0.9);
    await receipt("edge", 0.75);
    await receipt("legacy", null);
    expect((await applyMigrations(db.session, throughReceiptReview)).applied).toEqual([receiptReview.name]);
    const rows = await db.session.query<{ gmail_message_id: string; review_status: string; edited_fields: string }>(
      `SELECT gmail_message_id, review_status::text, array_to_string(edited_fields, ',') AS edited_fields FROM receipts`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.gmail_message_id, r.review_status]))).toEqual({
      unsure: "needs_review",
      sure: "auto",
      edge: "auto",
      legacy: "auto",
    });
    expect(rows.every((r) => r.edited_fields === "")).toBe(true);
    await db.session.query(`DELETE FROM _prisma_migrations WHERE migration_name = $1`, [receiptReview.name]);
    expect((await applyMigrations(db.session, throughReceiptReview)).applied).toEqual([receiptReview.name]);
  });

  it("keeps confidence within 0..1 (or NULL) and kind within receipt, invoice and refund", async () => {
    await applyMigrations(db.session, migrations);
    const a = await insertBusiness("A");
    for (const [n, confidence] of ["0", "1", "0.5", "NULL"].entries()) {
      await expect(insertReceipt(a, `ok-${n}`, ", confidence", `, ${confidence}`)).resolves.toMatch(/^[0-9a-f-]{36}$/);
    }
    for (const [n, confidence] of ["1.0001", "-0.01", "2", "'NaN'"].entries()) {
      await expect(insertReceipt(a, `bad-${n}`, ", confidence", `, ${confidence}`)).rejects.toMatchObject({
        code: "23514",
      });
    }
    const refund = await db.session.query<{ id: string }>(
      `INSERT INTO receipts (business_id, gmail_message_id, vendor, amount, currency, receipt_date, subject, sender, received_at, source, kind, confidence, extractor_version)
       VALUES ($1, 'refund', 'Acme', -25.00, 'USD', '2026-03-06', 'Refund', 'billing@acme.test', now(), 'body', 'refund', 0.75, '1.0.0') RETURNING id`,
      [a],
    );
    expect(refund).toHaveLength(1);
    await expect(insertReceipt(a, "gift", ", kind", ", 'gift'")).rejects.toMatchObject({ code: "22P02" });
  });

  it("applies the kind migration safely twice, and over a hand-applied part of it", async () => {
    await applyMigrations(db.session, beforeReceiptKinds);
    const a = await insertBusiness("A");
    // Part of the change made by hand: the type and one column, with a row using them.
    await db.session.exec(`
      CREATE TYPE receipt_kind AS ENUM ('receipt', 'invoice', 'refund');
      ALTER TABLE receipts ADD COLUMN kind receipt_kind NOT NULL DEFAULT 'receipt';
    `);
    const refund = await insertReceipt(a, "refund", ", kind", ", 'refund'");

    expect((await applyMigrations(db.session, throughReceiptKinds)).applied).toEqual([receiptKinds.name]);
    await db.session.exec(receiptKinds.script);
    await db.session.exec(receiptKinds.script);

    const [row] = await db.session.query<{ kind: string }>(`SELECT kind::text FROM receipts WHERE id = $1`, [refund]);
    expect(row!.kind).toBe("refund");
    const [counts] = await db.session.query<{ checks: number; indexes: number; types: number }>(`
      SELECT (SELECT count(*)::int FROM pg_constraint WHERE contypid = 'receipt_confidence'::regtype AND contype = 'c') AS checks,
             (SELECT count(*)::int FROM pg_indexes WHERE tablename = 'receipts' AND indexname = 'idx_receipts_business_kind_date') AS indexes,
             (SELECT count(*)::int FROM pg_type WHERE typname IN ('receipt_kind', 'receipt_confidence')) AS types`);
    expect(counts).toEqual({ checks: 1, indexes: 1, types: 2 });
  });

  it("gives existing businesses an automatic hourly schedule due now, keeps its bounds, and is safe twice", async () => {
    await applyMigrations(db.session, beforeSyncSchedules);
    const a = await insertBusiness("A");
    expect((await applyMigrations(db.session, throughSyncSchedules)).applied).toEqual([syncSchedules.name]);
    await db.session.exec(syncSchedules.script);

    const [row] = await db.session.query<{ auto_sync: boolean; every: number; months: number; due: boolean }>(
      `SELECT auto_sync, sync_interval_minutes AS every, first_import_months AS months, next_sync_at <= now() AS due
       FROM businesses WHERE id = $1`,
      [a],
    );
    expect(row).toEqual({ auto_sync: true, every: 60, months: 12, due: true });
    const set = (column: string, value: number) =>
      db.session.query(`UPDATE businesses SET ${column} = $2 WHERE id = $1`, [a, value]);
    for (const [column, ok, bad] of [
      ["sync_interval_minutes", [15, 1440], [14, 1441, 0]],
      ["first_import_months", [1, 60], [0, 61]],
    ] as const) {
      for (const value of ok) await expect(set(column, value)).resolves.toBeDefined();
      for (const value of bad) await expect(set(column, value)).rejects.toMatchObject({ code: "23514" });
    }
    const [counts] = await db.session.query<{ indexes: number; types: number }>(`
      SELECT (SELECT count(*)::int FROM pg_indexes WHERE tablename = 'businesses' AND indexname = 'idx_businesses_next_sync') AS indexes,
             (SELECT count(*)::int FROM pg_type WHERE typname IN ('sync_interval_minutes', 'first_import_months')) AS types`);
    expect(counts).toEqual({ indexes: 1, types: 2 });
  });

  it("gives every existing business the default categories, once, and keeps a name per business whatever its case", async () => {
    await applyMigrations(db.session, beforeCategories);
    const a = await insertBusiness("A");
    const b = await insertBusiness("B");
    const receipt = await insertReceipt(a, "m1");
    expect((await applyMigrations(db.session, throughCategories)).applied).toEqual([categories.name]);
    await db.session.exec(categories.script);

    const names = async (business: string) =>
      (
        await db.session.query<{ name: string }>(`SELECT name FROM categories WHERE business_id = $1 ORDER BY name`, [
          business,
        ])
      ).map((r) => r.name);
    expect(await names(a)).toEqual([...DEFAULT_CATEGORIES].sort());
    expect(await names(b)).toEqual(await names(a));
    await expect(
      db.session.query(`INSERT INTO categories (business_id, name) VALUES ($1, 'TRAVEL')`, [a]),
    ).rejects.toMatchObject({ code: "23505" });

    // A receipt's category and a rule's category are cleared when the category goes.
    const [travel] = await db.session.query<{ id: string }>(
      `SELECT id FROM categories WHERE business_id = $1 AND name = 'Travel'`,
      [a],
    );
    await db.session.query(`UPDATE receipts SET category_id = $1 WHERE id = $2`, [travel!.id, receipt]);
    await db.session.query(
      `INSERT INTO vendor_rules (business_id, sender_match, vendor_name, category_id) VALUES ($1, 'acme.test', 'Acme', $2)`,
      [a, travel!.id],
    );
    await db.session.query(`DELETE FROM categories WHERE id = $1`, [travel!.id]);
    const [after] = await db.session.query<{ receipt: string | null; rule: string | null }>(
      `SELECT (SELECT category_id::text FROM receipts WHERE id = $1) AS receipt,
              (SELECT category_id::text FROM vendor_rules WHERE business_id = $2) AS rule`,
      [receipt, a],
    );
    expect(after).toEqual({ receipt: null, rule: null });
  });

  it("refuses a vendor rule that sets neither a vendor name nor a category, and a second rule for one sender", async () => {
    await applyMigrations(db.session, migrations);
    const a = await insertBusiness("A");
    await expect(
      db.session.query(`INSERT INTO vendor_rules (business_id, sender_match) VALUES ($1, 'acme.test')`, [a]),
    ).rejects.toMatchObject({ code: "23514" });
    await db.session.query(
      `INSERT INTO vendor_rules (business_id, sender_match, vendor_name) VALUES ($1, 'acme.test', 'Acme')`,
      [a],
    );
    await expect(
      db.session.query(`UPDATE vendor_rules SET vendor_name = NULL WHERE business_id = $1`, [a]),
    ).rejects.toMatchObject({ code: "23514" });
    await expect(
      db.session.query(
        `INSERT INTO vendor_rules (business_id, sender_match, vendor_name) VALUES ($1, 'acme.test', 'A')`,
        [a],
      ),
    ).rejects.toMatchObject({ code: "23505" });
    // Deleting the business takes its rules and categories with it, the rule-only-category case too.
    const [other] = await db.session.query<{ id: string }>(
      `INSERT INTO categories (business_id, name) VALUES ($1, 'Travel') RETURNING id`,
      [a],
    );
    await db.session.query(
      `INSERT INTO vendor_rules (business_id, sender_match, category_id) VALUES ($1, 'x.test', $2)`,
      [a, other!.id],
    );
    await db.session.query(`DELETE FROM businesses WHERE id = $1`, [a]);
    const [left] = await db.session.query<{ n: number }>(`SELECT count(*)::int AS n FROM vendor_rules`);
    expect(left!.n).toBe(0);
  });

  it("rolls a failing migration back completely and applies it once fixed", async () => {
    await applyMigrations(db.session, migrations);
    const broken = {
      name: "29991231000000_broken",
      script: `CREATE TABLE half_done (id int);\nALTER TABLE no_such_table ADD COLUMN x int;\n`,
      checksum: "0".repeat(64),
    };
    await expect(applyMigrations(db.session, [...migrations, broken])).rejects.toThrow(MigrationError);
    await expect(applyMigrations(db.session, [...migrations, broken])).rejects.toThrow(
      /29991231000000_broken failed and was rolled back.*no_such_table/,
    );
    const [table] = await db.session.query<{ t: string | null }>(`SELECT to_regclass('public.half_done')::text AS t`);
    expect(table!.t).toBeNull();
    const failures = await db.session.query<{ rolled_back_at: Date | null; finished_at: Date | null; logs: string }>(
      `SELECT rolled_back_at, finished_at, logs FROM _prisma_migrations WHERE migration_name = $1`,
      [broken.name],
    );
    expect(failures.length).toBe(2);
    for (const f of failures) {
      expect(f.finished_at).toBeNull();
      expect(f.rolled_back_at).toBeInstanceOf(Date);
      expect(f.logs).toContain("no_such_table");
    }
    const fixed = { ...broken, script: `CREATE TABLE half_done (id int);\n` };
    expect((await applyMigrations(db.session, [...migrations, fixed])).applied).toEqual([fixed.name]);
  });

  it("refuses to go on past a failed migration that Prisma left unresolved", async () => {
    await applyMigrations(db.session, migrations);
    await db.session.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs) VALUES (gen_random_uuid()::text, $1, '29990101000000_prisma_failed', 'boom')`,
      ["0".repeat(64)],
    );
    await expect(applyMigrations(db.session, migrations)).rejects.toThrow(
      /29990101000000_prisma_failed failed on an earlier attempt.*prisma migrate resolve --rolled-back 29990101000000_prisma_failed/,
    );
  });
});

describe("migrations folder", () => {
  it("keeps semicolons out of SQL comments and dollar quotes in every migration", () => {
    // Prisma's driver-adapter migrate splits a script at every semicolon, wherever it stands.
    for (const m of migrations) {
      const commentsWithSemicolons = m.script.split("\n").filter((line) => /--.*;/.test(line));
      expect(commentsWithSemicolons, m.name).toEqual([]);
      expect(m.script, m.name).not.toContain("$$");
    }
  });

  it("names a missing folder clearly", () => {
    const missing = path.join(os.tmpdir(), "no-such-migrations-folder");
    expect(() => readMigrations(missing)).toThrow(`Migrations folder not found: ${missing}`);
  });
});
