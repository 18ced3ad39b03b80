// What a hostile page or client tries: same-site CSRF with the victim's session, rotating
// X-Forwarded-For to escape the sign-in limit, floods of invalid API keys, and a fuzz of every endpoint.
import crypto from "node:crypto";
import { call, request, type Caller, type HttpResult } from "./api";
import { EMAIL, type Cluster } from "./cluster";
import { runCount } from "./ledger";
import { check } from "./report";

/** State changes sent with the session cookie from a sibling port of the same host. */
export async function sameSiteCsrf(cluster: Cluster, web: 0 | 1): Promise<void> {
  const scenario = "same-site CSRF";
  const port = cluster.webPorts[web];
  const sibling = `http://127.0.0.1:${cluster.webPorts[web === 0 ? 1 : 0] + 1}`;
  const runsBefore = await runCount(cluster.sql, cluster.businessId);
  const forged = { cookie: cluster.cookie, origin: sibling, "sec-fetch-site": "same-site" };
  const attempts: Array<[string, Record<string, string>, unknown]> = [
    ["/api/receipts/sync", forged, { from_date: "2025-01-01" }],
    ["/api/receipts/sync/cancel", forged, {}],
    ["/api/gmail/disconnect", forged, {}],
    ["/api/keys", forged, { name: "stolen" }],
    // An old browser without Sec-Fetch-Site: Origin alone must refuse it.
    ["/api/receipts/sync", { cookie: cluster.cookie, origin: sibling }, {}],
    // A form post from the app's own origin is still not JSON.
    [
      "/api/receipts/sync",
      { cookie: cluster.cookie, origin: `http://127.0.0.1:${port}`, "content-type": "text/plain" },
      "from_date=2025-01-01",
    ],
  ];
  const answers = await Promise.all(
    attempts.map(([path, headers, body]) => request(port, path, { method: "POST", headers, body })),
  );
  const refused = answers.filter((a) => a.status === 403 || a.status === 415);
  const connection = await call(cluster.session[web], "/api/gmail/connection");
  const runsAfter = await runCount(cluster.sql, cluster.businessId);
  check(
    scenario,
    "forged state changes",
    `${attempts.length} refused (403/415)`,
    `${refused.length} refused: ${answers.map((a) => a.status).join(", ")}`,
    refused.length === attempts.length,
  );
  check(
    scenario,
    "effect of the attempts",
    "no run started, Gmail still connected",
    `${runsAfter - runsBefore} run(s), Gmail ${connection.json?.connection?.status ?? "not connected"}`,
    runsAfter === runsBefore && connection.json?.connection?.status === "active",
  );
}

/** Wrong passwords, each claiming another client address. */
export async function rotatingForwardedFor(cluster: Cluster, web: 0 | 1, attempts: number): Promise<void> {
  const scenario = "sign-in guesses, rotating X-Forwarded-For";
  const port = cluster.webPorts[web];
  const statuses: number[] = [];
  for (let i = 0; i < attempts; i++) {
    const res = await request(port, "/api/auth/sign-in/email", {
      body: { email: EMAIL, password: `guess-${i}` },
      headers: {
        origin: `http://127.0.0.1:${port}`,
        "x-forwarded-for": `203.0.113.${i % 250}`,
        "x-real-ip": `198.51.100.${i % 250}`,
      },
    });
    statuses.push(res.status);
  }
  const limited = statuses.filter((s) => s === 429).length;
  const firstLimited = statuses.indexOf(429);
  check(
    scenario,
    `${attempts} wrong passwords`,
    "rate-limited after a few, whatever the header says",
    `${statuses.filter((s) => s === 401).length} × 401, ${limited} × 429 (first at #${firstLimited + 1})`,
    limited > 0 && firstLimited >= 0 && firstLimited < 10 && statuses.every((s) => s === 401 || s === 429),
  );
}

/**
 * Random API keys from one address, in waves of concurrent requests: refused, then limited before
 * any lookup. Requests already past the check when the budget runs out still get their 401, so up to
 * one wave beyond the budget is answered.
 */
export async function invalidKeyFlood(cluster: Cluster, web: 0 | 1, waves: number, budget: number): Promise<void> {
  const scenario = "invalid API key flood";
  const port = cluster.webPorts[web];
  const WAVE = 10;
  const statuses: number[] = [];
  for (let i = 0; i < waves; i++) {
    const wave = Array.from({ length: WAVE }, () =>
      request(port, "/api/receipts", {
        headers: { authorization: `Bearer rsk_${crypto.randomBytes(18).toString("hex")}` },
      }),
    );
    statuses.push(...(await Promise.all(wave)).map((r) => r.status));
  }
  const unauthorized = statuses.filter((s) => s === 401).length;
  const limited = statuses.filter((s) => s === 429).length;
  const fine = unauthorized >= budget && unauthorized < budget + WAVE && limited === statuses.length - unauthorized;
  check(
    scenario,
    `${statuses.length} random keys, ${WAVE} at a time`,
    `${budget} × 401 (+ < ${WAVE} in flight), then 429`,
    `${unauthorized} × 401, ${limited} × 429`,
    fine,
  );
}

/** Paths whose percent-escapes are not UTF-8 reach the front door before any route or credential. */
export async function unreadablePaths(cluster: Cluster, web: 0 | 1): Promise<void> {
  const scenario = "unreadable percent-escapes";
  const port = cluster.webPorts[web];
  const api = ["/api/receipts/%ED%A0%80", "/api/receipts/%ff/file", "/api/keys/%ff", "/api/gmail/%C0%AF"];
  const pages = ["/receipts/%C0%AF", "/%ff"];
  const apiAnswers = await Promise.all(
    api.map((p) => request(port, p, { method: p.startsWith("/api/keys") ? "DELETE" : "GET" })),
  );
  const pageAnswers = await Promise.all(pages.map((p) => request(port, p)));
  const apiFine = apiAnswers.filter(
    (a) => a.status === 400 && a.json?.success === false && typeof a.json?.code === "string",
  ).length;
  const pageFine = pageAnswers.filter((a) => a.status === 404).length;
  check(
    scenario,
    `${api.length} API paths, ${pages.length} pages, unauthenticated`,
    "400 JSON error for the API, 404 for pages",
    `${apiAnswers.map((a) => `${a.status} ${a.json?.code ?? ""}`.trim()).join(", ")}; ${pageAnswers.map((a) => a.status).join(", ")}`,
    apiFine === api.length && pageFine === pages.length,
  );
}

// --- fuzz ------------------------------------------------------------------------------------

const ENDPOINTS = [
  "/api/health",
  "/api/business",
  "/api/businesses",
  "/api/keys",
  "/api/keys/{id}",
  "/api/openapi.json",
  "/api/gmail/connection",
  "/api/gmail/connect",
  "/api/gmail/callback",
  "/api/gmail/disconnect",
  "/api/receipts",
  "/api/receipts/{id}",
  "/api/receipts/{id}/file",
  "/api/receipts/export.csv",
  "/api/receipts/spending",
  "/api/receipts/sync",
  "/api/receipts/sync/status",
  "/api/receipts/sync/runs",
  "/api/receipts/sync/cancel",
  "/",
  "/dashboard",
  "/settings",
  "/sign-in",
];
const METHODS = ["GET", "GET", "POST", "POST", "PATCH", "DELETE", "PUT", "HEAD", "OPTIONS"];
const PARAMS = [
  "from_date",
  "to_date",
  "fromDate",
  "toDate",
  "q",
  "limit",
  "cursor",
  "run_id",
  "sort",
  "order",
  "currency",
  "kind",
  "code",
  "state",
  "error",
  "business",
  "page",
];
const VALUES = [
  "2025-01-01",
  "2025-02-30",
  "2999-12-31",
  "0001-01-01",
  "1969-12-31",
  "-1",
  "0",
  "1e309",
  "NaN",
  "null",
  "true",
  "[]",
  "{}",
  "%00",
  "%E0%A4%A",
  "%ZZ",
  "..%2F..%2Fetc%2Fpasswd",
  "%F0%9F%A7%BE",
  "'; DROP TABLE receipts; --",
  "<script>alert(1)</script>",
  '=HYPERLINK("x")',
  "\u202e",
  "a".repeat(5000),
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "9".repeat(40),
];
const BODIES: unknown[] = [
  undefined,
  {},
  [],
  null,
  0,
  "x",
  '{"from_date":',
  "\u0000\u0001",
  { from_date: "2025-13-01" },
  { from_date: 20250101 },
  { from_date: "2025-01-01", to_date: "2024-01-01" },
  { from_date: "2025-01-01", extra: true },
  { name: "k".repeat(10_000) },
  { name: { $ne: null } },
  { __proto__: { admin: true } },
  { timezone: "Mars/Olympus" },
  { vendor: null, amount: "1e999" },
  "a".repeat(300_000),
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function fuzzPath(random: () => number, ids: string[]): string {
  let path = pick(random, ENDPOINTS).replace("{id}", () => encodeURIComponent(pick(random, [...ids, ...VALUES])));
  const params = Math.floor(random() * 4);
  const query: string[] = [];
  for (let i = 0; i < params; i++) {
    const value = pick(random, VALUES);
    // Half as written (bad escapes and all; node sends no raw non-ASCII), half properly encoded.
    query.push(
      `${pick(random, PARAMS)}=${random() < 0.5 ? value.replace(/[^\x21-\x7e]|[#&]/g, (c) => encodeURIComponent(c)) : encodeURIComponent(value)}`,
    );
  }
  if (random() < 0.05) path += pick(random, ["/..", "/%2e%2e/", "//", "/%", "/%C3%A9", "/%C3"]);
  return query.length ? `${path}?${query.join("&")}` : path;
}

export interface FuzzResult {
  requests: number;
  byStatus: Map<number, number>;
  failures: string[];
}

/** Random methods, paths, queries, headers and bodies against every endpoint for `seconds`. */
export async function fuzz(cluster: Cluster, web: 0 | 1, seconds: number, random: () => number): Promise<FuzzResult> {
  const scenario = `fuzz of every endpoint, ${seconds} s`;
  const ids = [
    ...(
      await cluster.sql.query<{ id: string }>(`SELECT id::text FROM receipts WHERE business_id = $1::uuid LIMIT 20`, [
        cluster.businessId,
      ])
    ).rows.map((r) => r.id),
    ...(
      await cluster.sql.query<{ id: string }>(`SELECT id::text FROM receipts WHERE business_id <> $1::uuid LIMIT 5`, [
        cluster.businessId,
      ])
    ).rows.map((r) => r.id),
  ];
  const callers: Array<Caller | null> = [
    cluster.key[web],
    cluster.session[web],
    null,
    { port: cluster.webPorts[web], headers: { authorization: "Bearer rsk_nope" } },
  ];
  const result: FuzzResult = { requests: 0, byStatus: new Map(), failures: [] };
  const deadline = Date.now() + seconds * 1000;
  const lane = async () => {
    while (Date.now() < deadline) {
      const caller = pick(random, callers);
      const method = pick(random, METHODS);
      const path = fuzzPath(random, ids);
      const body = method === "GET" || method === "HEAD" ? undefined : pick(random, BODIES);
      const headers: Record<string, string> = {};
      if (random() < 0.2)
        headers["content-type"] = pick(random, [
          "text/plain",
          "application/json; charset=latin1",
          "multipart/form-data",
          "application/x-www-form-urlencoded",
        ]);
      if (random() < 0.1) headers["x-forwarded-for"] = pick(random, ["1.2.3.4", "::1", "garbage", "1.2.3.4, 5.6.7.8"]);
      let res: HttpResult | null = null;
      try {
        res = await (caller
          ? call(caller, path, { method, body, headers })
          : request(cluster.webPorts[web], path, { method, body, headers }));
      } catch (error) {
        // A connection the server refused to read (e.g. a malformed request line) is not a 500.
        if (result.failures.length < 5 && !/socket hang up|ECONNRESET|Parse Error/i.test(String(error)))
          result.failures.push(`${method} ${path}: ${String(error).slice(0, 100)}`);
        continue;
      }
      result.requests++;
      result.byStatus.set(res.status, (result.byStatus.get(res.status) ?? 0) + 1);
      if (res.status >= 500 && result.failures.length < 5)
        result.failures.push(`${method} ${path.slice(0, 80)} → ${res.status} ${res.text.slice(0, 100)}`);
    }
  };
  await Promise.all(Array.from({ length: 6 }, lane));
  const fivehundreds = [...result.byStatus].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const spread = [...result.byStatus]
    .sort(([a], [b]) => a - b)
    .map(([s, c]) => `${s}×${c}`)
    .join(" ");
  check(
    scenario,
    `${result.requests} requests`,
    "0 answers ≥ 500",
    `${fivehundreds} ≥ 500 (${spread})`,
    fivehundreds === 0 && result.requests > 0,
  );
  for (const failure of result.failures) process.stdout.write(`       ${failure}\n`);
  return result;
}
