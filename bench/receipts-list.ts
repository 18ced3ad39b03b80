// node --import tsx bench/receipts-list.ts [--quick] — figure 6: GET /api/receipts at scale on PostgreSQL.
// 1,000,000 receipts across 1,000 businesses (quick: 100,000 across 100), made by set-based SQL, then
// listReceipts — the function the handler calls — with date filters: first pages and keyset next pages
// of 50 with their per-currency totals, p50/p95 against a `SELECT 1` through the same client (the
// round trip no query can beat), and EXPLAIN (ANALYZE, BUFFERS) of the SQL Prisma sent.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { migrateDatabase } from "@/lib/db";
import { listReceipts } from "@/lib/receipts/query";
import { startPostgres } from "../tests/support/postgres-server";
import { percentile, quick, recordResult } from "./results";

const BUSINESSES = quick ? 100 : 1000;
const RECEIPTS = quick ? 100_000 : 1_000_000;
const QUERIES = quick ? 200 : 400;
const PAGE = 50;
const TARGET_P95_MS = 20;

/** Deterministic spread: a few large businesses and many small ones, dates over three years, mostly EUR/USD. */
const GENERATE = `
  SELECT setseed(0.20261204);
  INSERT INTO businesses (name, timezone) SELECT 'Bench business ' || g, 'UTC' FROM generate_series(1, $B) g;
  CREATE TEMP TABLE numbered AS SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM businesses;
  INSERT INTO receipts (business_id, gmail_message_id, vendor, amount, currency, receipt_date, subject, sender,
                        received_at, source, kind, review_status, dismissed_at, confidence)
  SELECT b.id, 'msg-' || g, v.vendor,
         CASE WHEN k.kind = 'refund' THEN -1 ELSE 1 END * round((1 + random() * 400)::numeric, 2),
         c.currency, d.day, 'Your ' || v.vendor || ' receipt', 'billing@' || lower(v.vendor) || '.example',
         d.day + time '12:00', CASE WHEN g % 3 = 0 THEN 'attachment' ELSE 'body' END::receipt_source,
         k.kind::receipt_kind,
         (CASE WHEN g % 10 = 0 THEN 'needs_review' WHEN g % 7 = 0 THEN 'confirmed' ELSE 'auto' END)::receipt_review_status,
         CASE WHEN g % 100 = 0 THEN now() END, 0.5 + random() / 2
  FROM (SELECT g, floor($B * power(random(), 1.6))::int AS n, random() AS rv, random() AS rc, random() AS rk,
               date '2026-12-31' - floor(random() * 1095)::int AS day FROM generate_series(1, $N) g) s
  JOIN numbered b ON b.n = s.n
  CROSS JOIN LATERAL (SELECT (ARRAY['Acme','Globex','Initech','Umbrella','Hooli','Stark','Wayne','Wonka','Tyrell','Cyberdyne'])[1 + floor(s.rv * 10)::int] AS vendor) v
  CROSS JOIN LATERAL (SELECT CASE WHEN s.rc < 0.5 THEN 'EUR' WHEN s.rc < 0.8 THEN 'USD' WHEN s.rc < 0.9 THEN 'GBP' WHEN s.rc < 0.96 THEN 'SEK' ELSE 'JPY' END AS currency) c
  CROSS JOIN LATERAL (SELECT CASE WHEN s.rk < 0.85 THEN 'receipt' WHEN s.rk < 0.97 THEN 'invoice' ELSE 'refund' END AS kind) k
  CROSS JOIN LATERAL (SELECT s.day) d;
  ANALYZE businesses; ANALYZE receipts;`;

interface SentQuery {
  query: string;
  params: unknown[];
}

/** A month, a quarter or a year, ending at most a few months before the newest receipts. */
function randomRange(random: () => number): { fromDate: string; toDate: string } {
  const months = [1, 3, 12][Math.floor(random() * 3)]!;
  const end = new Date(Date.UTC(2026, 11 - Math.floor(random() * 24), 1));
  const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - months + 1, 1));
  const last = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0));
  return { fromDate: start.toISOString().slice(0, 10), toDate: last.toISOString().slice(0, 10) };
}

async function explain(sql: pg.Client, sent: SentQuery): Promise<string> {
  const { rows } = await sql.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${sent.query}`,
    sent.params as unknown[],
  );
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

async function main() {
  const server = await startPostgres();
  try {
    await migrateDatabase({ databaseUrl: server.url, dataDir: "" });
    const sql = new pg.Client(server.url);
    await sql.connect();
    let started = performance.now();
    await sql.query(GENERATE.replaceAll("$B", String(BUSINESSES)).replaceAll("$N", String(RECEIPTS)));
    const { rows: counted } = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM receipts");
    console.log(
      `generated ${counted[0]!.n} receipts across ${BUSINESSES} businesses in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const { rows: businesses } = await sql.query<{ id: string }>("SELECT id::text FROM businesses ORDER BY name");

    // Prisma reports each statement it sends, with its bound parameters, so the plan is of the real SQL.
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: server.url, max: 4 }),
      log: [{ emit: "event", level: "query" }],
    });
    let sent: SentQuery[] = [];
    prisma.$on("query", (e) => sent.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));

    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const roundTrip: number[] = [];
    const first: number[] = [];
    const next: number[] = [];
    let rowsShown = 0;
    for (let i = 0; i < 20; i++) await prisma.$queryRaw`SELECT 1`; // warm the pool and the plan cache
    for (let i = 0; i < QUERIES; i++) {
      started = performance.now();
      await prisma.$queryRaw`SELECT 1`;
      roundTrip.push(performance.now() - started);
      const business = { id: businesses[Math.floor(random() * businesses.length)]!.id, timezone: "UTC" };
      const filters = randomRange(random);
      started = performance.now();
      const page = await listReceipts(prisma, business, filters, { limit: PAGE });
      first.push(performance.now() - started);
      rowsShown += page.receipts.length;
      if (page.next_cursor) {
        started = performance.now();
        await listReceipts(prisma, business, filters, { limit: PAGE, cursor: page.next_cursor });
        next.push(performance.now() - started);
      }
    }

    // The plans of one next page of the largest business over a year: the most rows a page reads past.
    const { rows: largest } = await sql.query<{ id: string }>(
      "SELECT business_id::text AS id FROM receipts GROUP BY business_id ORDER BY count(*) DESC LIMIT 1",
    );
    const business = { id: largest[0]!.id, timezone: "UTC" };
    const filters = { fromDate: "2026-01-01", toDate: "2026-12-31" };
    const firstPage = await listReceipts(prisma, business, filters, { limit: PAGE });
    sent = [];
    await listReceipts(prisma, business, filters, { limit: PAGE, cursor: firstPage.next_cursor });
    const listSql = sent.find((q) => q.query.includes("ORDER BY"));
    const totalsSql = sent.find((q) => q.query.includes("GROUP BY"));
    if (!listSql || !totalsSql) throw new Error(`expected a list and a totals query, Prisma sent ${sent.length}`);
    const plans = { list: await explain(sql, listSql), totals: await explain(sql, totalsSql) };
    const seqScan = Object.values(plans).some((p) => /Seq Scan on receipts/.test(p));
    const indexes = [
      ...new Set(
        Object.values(plans)
          .join("\n")
          .match(/idx_receipts_\w+/g) ?? [],
      ),
    ];
    await prisma.$disconnect();
    await sql.end();

    const figures = {
      receipts: counted[0]!.n,
      businesses: BUSINESSES,
      queries: QUERIES,
      first_page_p50_ms: percentile(first, 50),
      first_page_p95_ms: percentile(first, 95),
      next_page_p50_ms: percentile(next, 50),
      next_page_p95_ms: percentile(next, 95),
      next_pages: next.length,
      mean_rows_on_first_page: rowsShown / QUERIES,
      indexes_used: indexes,
      seq_scan: seqScan,
      plan_list: plans.list,
      plan_totals: plans.totals,
    };
    const baseline = { select_1_p50_ms: percentile(roundTrip, 50), select_1_p95_ms: percentile(roundTrip, 95) };
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(`\nGET /api/receipts via listReceipts (page of ${PAGE} + totals), ${QUERIES} random businesses/ranges`);
    console.log("                         p50       p95");
    console.log(
      `first page + totals  ${ms(figures.first_page_p50_ms).padStart(8)}  ${ms(figures.first_page_p95_ms).padStart(8)}`,
    );
    console.log(
      `next page + totals   ${ms(figures.next_page_p50_ms).padStart(8)}  ${ms(figures.next_page_p95_ms).padStart(8)}`,
    );
    console.log(
      `baseline: SELECT 1   ${ms(baseline.select_1_p50_ms).padStart(8)}  ${ms(baseline.select_1_p95_ms).padStart(8)}`,
    );
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS), next page of the largest business over 2026 — list:\n${plans.list}`);
    console.log(`\ntotals:\n${plans.totals}\n`);
    console.log(
      `indexes used: ${indexes.join(", ") || "none"}; sequential scan of receipts: ${seqScan ? "yes" : "no"}`,
    );
    recordResult("receipts-list", {
      figures,
      baseline,
      targets: [
        {
          label: `first page + totals p95 ≤ ${TARGET_P95_MS} ms (${ms(figures.first_page_p95_ms)})`,
          met: figures.first_page_p95_ms <= TARGET_P95_MS,
        },
        {
          label: `next page + totals p95 ≤ ${TARGET_P95_MS} ms (${ms(figures.next_page_p95_ms)})`,
          met: figures.next_page_p95_ms <= TARGET_P95_MS,
        },
        {
          label: `the plans use an index, no sequential scan of receipts (${indexes.join(", ") || "none"})`,
          met: !seqScan && indexes.length > 0,
        },
      ],
    });
  } finally {
    server.stop();
  }
}

await main();
