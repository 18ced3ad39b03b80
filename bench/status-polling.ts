// node --import tsx bench/status-polling.ts [--quick] — figure 5: GET /api/receipts/sync/status while
// 200 dashboards poll it every 2 s (100 requests/s) during a sync, against GET /api/health (a database
// round trip and nothing else) measured the same way in the same server. The route handlers run as
// Next would call them, behind a plain node http server on loopback — no `next build` needed; a
// standalone worker process runs the sync against the emulator (40 ms on every Gmail call).
// autocannon caps its connections at overallRate and fires each second's budget at once: 100
// connections sending together every second, dashboards in lockstep — the worst case of the poll.
import http from "node:http";
import autocannon from "autocannon";
import { GET as health } from "@/app/api/health/route";
import { GET as syncStatus } from "@/app/api/receipts/sync/status/route";
import { getDatabase } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { startSync } from "@/lib/sync/service";
import { freePort, waitFor } from "../tests/reliability/processes";
import { percentile, quick, recordResult } from "./results";
import { startSyncSetup, SYNC_RANGE } from "./sync-setup";

const DASHBOARDS = 200;
const POLL_SECONDS = 2;
const SECONDS = quick ? 8 : 20;
const TARGET_RATIO = 2;

type Handler = (request: Request, context: { params: Promise<Record<string, never>> }) => Promise<Response>;
const ROUTES: Record<string, Handler> = {
  "/api/health": health,
  "/api/receipts/sync/status": syncStatus as Handler,
};

/** node:http in, a fetch Request to the route handler, its Response back out. */
function serveRoutes(port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    const handler = ROUTES[url.pathname];
    if (!handler || req.method !== "GET") {
      res.writeHead(404).end();
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    void handler(new Request(url, { headers }), { params: Promise.resolve({}) })
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => res.writeHead(500).end());
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

interface Polled {
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
}

/** Polls the route as the dashboards would; latencies are kept per response so p95 is exact (autocannon reports p90 and p97.5). */
function poll(url: string, apiKey: string): Promise<Polled> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: DASHBOARDS,
        overallRate: DASHBOARDS / POLL_SECONDS,
        duration: SECONDS,
        headers: { authorization: `Bearer ${apiKey}` },
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          requests: result.requests.total,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** One request at a time: the route's own cost, without the queueing a burst adds. */
async function unloaded(url: string, apiKey: string, count = 100): Promise<number> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${apiKey}` } });
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
  }
  return percentile(latencies, 50);
}

async function main() {
  const setup = await startSyncSetup({ mailboxSize: quick ? 1200 : 2400, workerEnv: {} });
  // Every dashboard polls with the one key: the per-key request budget is not what is measured here.
  process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";
  process.env.LOG_LEVEL = "silent";
  resetEnvForTests();
  const port = await freePort();
  const server = await serveRoutes(port);
  try {
    await setup.startWorker("worker-1");
    const prisma = (await getDatabase()).prisma;
    const { run } = await startSync(prisma, { id: setup.businessId, timezone: "Europe/Berlin" }, SYNC_RANGE);
    await waitFor("the worker to claim the run", 30_000, async () => {
      const { rows } = await setup.sql.query("SELECT worker_id FROM receipt_sync_runs WHERE id = $1::uuid", [run.id]);
      return rows[0]?.worker_id != null;
    });
    const base = `http://127.0.0.1:${port}`;
    const alone = {
      health: await unloaded(`${base}/api/health`, setup.apiKey),
      status: await unloaded(`${base}/api/receipts/sync/status`, setup.apiKey),
    };
    const baseline = await poll(`${base}/api/health`, setup.apiKey);
    const status = await poll(`${base}/api/receipts/sync/status`, setup.apiKey);
    const { rows } = await setup.sql.query<{ status: string; messages_scanned: number }>(
      "SELECT status::text, messages_scanned FROM receipt_sync_runs WHERE id = $1::uuid",
      [run.id],
    );
    const during = rows[0]!;
    const ratio = status.p95 / Math.max(1, baseline.p95);
    const ms = (x: number) => x.toFixed(1).padStart(5);
    const row = (name: string, p: Polled) =>
      `${name.padEnd(28)} ${ms(p.p50)} ${ms(p.p95)} ${ms(p.p99)}  ${String(p.requests).padStart(8)}  ${String(p.errors).padStart(6)}  ${String(p.non2xx).padStart(6)}`;
    console.log(
      `\n${DASHBOARDS} dashboards polling every ${POLL_SECONDS} s (${DASHBOARDS / POLL_SECONDS} requests/s in one burst a second) for ${SECONDS} s each, during a sync (run ${during.status}, ${during.messages_scanned} of ${setup.messages} messages scanned by the end)\n`,
    );
    console.log("route                        p50   p95   p99  requests  errors  non-2xx   (ms)");
    console.log(row("baseline: GET /api/health", baseline));
    console.log(row("GET /api/receipts/sync/status", status));
    console.log(
      `\np95 ratio status / health: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}); one request at a time, p50: status ${alone.status.toFixed(1)} ms, health ${alone.health.toFixed(1)} ms`,
    );
    recordResult("status-polling", {
      figures: {
        dashboards: DASHBOARDS,
        poll_seconds: POLL_SECONDS,
        seconds: SECONDS,
        status_p50_ms: status.p50,
        status_p95_ms: status.p95,
        status_p99_ms: status.p99,
        status_requests: status.requests,
        status_errors: status.errors,
        status_non_2xx: status.non2xx,
        p95_ratio: Number(ratio.toFixed(2)),
        status_unloaded_p50_ms: Number(alone.status.toFixed(1)),
        run_status_after: during.status,
      },
      baseline: {
        health_unloaded_p50_ms: Number(alone.health.toFixed(1)),
        health_p50_ms: baseline.p50,
        health_p95_ms: baseline.p95,
        health_p99_ms: baseline.p99,
        health_requests: baseline.requests,
        health_errors: baseline.errors + baseline.non2xx,
      },
      targets: [
        { label: `status p95 ≤ ${TARGET_RATIO}× health p95 (${ratio.toFixed(2)}×)`, met: ratio <= TARGET_RATIO },
        {
          label: `0 errors and 0 non-2xx (${status.errors} errors, ${status.non2xx} non-2xx)`,
          met: status.errors === 0 && status.non2xx === 0,
        },
        { label: `a sync was running throughout (run ${during.status} at the end)`, met: during.status === "running" },
      ],
    });
  } finally {
    server.close();
    setup.stop();
  }
}

await main();
process.exit(0);
