// A local Gmail API + OAuth token endpoint for tests, the demo and benchmarks. The real
// `@googleapis/gmail` client talks to it through `rootUrl`; see DESIGN.md "The Gmail emulator".
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { gmail_v1 } from "@googleapis/gmail";
import * as faults from "./faults";
import { FaultInjector, QuotaBucket, type FaultRates, type GmailErrorBody } from "./faults";
import { EmulatorOAuth } from "./oauth";
import { createStats, QUOTA_UNITS, record, routeOf, type EmulatorRoute, type EmulatorStats } from "./routes";
import { HISTORY_TYPES, MailboxStore, QueryError, type EmulatorMailbox } from "./store";

export type { EmulatorMailbox } from "./store";
export type { FaultRates } from "./faults";
export type { EmulatorRoute, EmulatorStats, StatusKey } from "./routes";
export { QUOTA_UNITS } from "./routes";

export interface QuotaOptions {
  unitsPerSecond?: number;
  burstUnits?: number;
}

export interface GmailEmulatorOptions {
  mailbox: EmulatorMailbox;
  emailAddress?: string;
  /** Refresh tokens the token endpoint accepts. Default: ["emulator-refresh-token"]. */
  refreshTokens?: string[];
  /** Enforce the per-user quota (429 rateLimitExceeded). `true` = Gmail's 250 units/s. */
  quota?: boolean | QuotaOptions;
  faults?: FaultRates;
  /** Seed of the fault PRNG. */
  seed?: number;
  accessTokenTtlSeconds?: number;
  /** History ids older than this answer 404, like Gmail after its retention window. */
  oldestHistoryId?: number;
  port?: number;
  host?: string;
}

export interface GmailEmulator {
  url: string;
  /** The OAuth token endpoint (`oauth2TokenUrl`). */
  tokenUrl: string;
  /** The OAuth consent page (`oauth2AuthBaseUrl`); it answers at once with a redirect. */
  authUrl: string;
  /** The OAuth revocation endpoint (`oauth2RevokeUrl`). */
  revokeUrl: string;
  port: number;
  stats: EmulatorStats;
  store: MailboxStore;
  setFaults(rates: FaultRates): void;
  setQuota(quota: boolean | QuotaOptions): void;
  addRefreshToken(token: string): void;
  /** false: the consent page redirects with `error=access_denied`, as when the user clicks Cancel. */
  setConsent(allow: boolean): void;
  /** Revokes a refresh token and the access tokens issued from it. */
  revokeRefreshToken(token: string): void;
  /** Invalidates every access token issued so far (the next request answers 401). */
  expireAccessTokens(): void;
  addMessage(message: gmail_v1.Schema$Message, attachments?: Map<string, Buffer>): void;
  /** Deletes a message: messages.get answers 404, history records messageDeleted. False if unknown. */
  deleteMessage(id: string): boolean;
  close(): Promise<void>;
}

export const DEFAULT_REFRESH_TOKEN = "emulator-refresh-token";

const clampPageSize = (raw: string | null, fallback: number): number =>
  Math.min(500, Math.max(1, Number.parseInt(raw ?? "", 10) || fallback));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startGmailEmulator(opts: GmailEmulatorOptions): Promise<GmailEmulator> {
  const emailAddress = opts.emailAddress ?? "finance@northwind-studio.com";
  const store = new MailboxStore(opts.mailbox, opts.oldestHistoryId);
  const oauth = new EmulatorOAuth(opts.refreshTokens ?? [DEFAULT_REFRESH_TOKEN], opts.accessTokenTtlSeconds ?? 3600);
  const injector = new FaultInjector(opts.faults, opts.seed ?? 1);
  const stats = createStats();
  const makeBucket = (q: boolean | QuotaOptions | undefined) =>
    q
      ? new QuotaBucket(q === true ? 250 : (q.unitsPerSecond ?? 250), q === true ? undefined : q.burstUnits)
      : undefined;
  let bucket = makeBucket(opts.quota);

  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json; charset=UTF-8", ...headers });
    res.end(JSON.stringify(body));
  };

  async function serveGmail(
    route: EmulatorRoute,
    params: string[],
    url: URL,
  ): Promise<{ status: number; body: unknown }> {
    const user = params[0];
    if (user !== "me" && user !== emailAddress) {
      return {
        status: 403,
        body: faults.gmailError(403, "PERMISSION_DENIED", "forbidden", "Delegation denied for " + emailAddress),
      };
    }
    const q = url.searchParams;
    switch (route) {
      case "profile":
        return {
          status: 200,
          body: {
            emailAddress,
            messagesTotal: store.size,
            threadsTotal: store.size,
            historyId: String(store.currentHistoryId()),
          },
        };
      case "messages.list":
        return {
          status: 200,
          body: store.list(
            q.get("q") ?? undefined,
            q.get("pageToken") ?? undefined,
            clampPageSize(q.get("maxResults"), 100),
          ),
        };
      case "messages.get": {
        const format = q.get("format") ?? "full";
        if (format === "raw")
          return { status: 400, body: faults.invalidArgument("format=raw is not supported by the emulator") };
        const message = store.get(params[1] ?? "", format, q.getAll("metadataHeaders"));
        return message ? { status: 200, body: message } : { status: 404, body: faults.notFound() };
      }
      case "attachments.get": {
        const attachmentId = params[2] ?? "";
        const bytes = await store.attachment(params[1] ?? "", attachmentId);
        if (!bytes) return { status: 404, body: faults.notFound() };
        return { status: 200, body: { attachmentId, size: bytes.length, data: bytes.toString("base64url") } };
      }
      case "history.list": {
        const start = Number(q.get("startHistoryId"));
        if (!q.get("startHistoryId") || !Number.isFinite(start)) {
          return { status: 400, body: faults.invalidArgument("Invalid startHistoryId") };
        }
        if (start < store.oldestHistoryId) return { status: 404, body: faults.notFound() };
        const types = q.getAll("historyTypes");
        const unknown = types.find((t) => !(HISTORY_TYPES as readonly string[]).includes(t));
        if (unknown) return { status: 400, body: faults.invalidArgument(`Invalid historyTypes: ${unknown}`) };
        return {
          status: 200,
          body: store.history(start, q.get("pageToken") ?? undefined, clampPageSize(q.get("maxResults"), 100), types),
        };
      }
      case "labels.list":
        return { status: 200, body: { labels: store.labels() } };
      default:
        return { status: 404, body: faults.notFound() };
    }
  }

  /** Quota, then injected faults; returns the error to answer with, if any. */
  async function interfere(
    req: http.IncomingMessage,
    route: EmulatorRoute,
    token: string,
  ): Promise<{ status: number; body: GmailErrorBody; headers?: Record<string, string> } | "drop" | undefined> {
    if (bucket) {
      const taken = bucket.take(QUOTA_UNITS[route]);
      if (!taken.ok) {
        const retryAfterS = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
        return {
          status: 429,
          body: faults.rateLimited(new Date(Date.now() + taken.retryAfterMs)),
          headers: { "retry-after": String(retryAfterS) },
        };
      }
    }
    const decision = injector.decide();
    if (decision.slowMs) await sleep(decision.slowMs);
    switch (decision.failure) {
      case "drop":
        return "drop";
      case "expireToken":
        oauth.expireAccessToken(token);
        return {
          status: 401,
          body: faults.unauthenticated(),
          headers: { "www-authenticate": 'Bearer realm="https://accounts.google.com/"' },
        };
      case "429":
        return { status: 429, body: faults.rateLimited(new Date(Date.now() + 1000)) };
      case "403":
        return { status: 403, body: faults.userRateLimited() };
      case "500":
        return { status: 500, body: faults.backendError() };
      case "503":
        return { status: 503, body: faults.unavailable() };
      default:
        return req.destroyed ? "drop" : undefined;
    }
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://emulator");
    const { route, params } = routeOf(req.method ?? "GET", url.pathname);
    res.on("finish", () => record(stats, route, res.statusCode));
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => send(res, status, body, headers);
    if (route === "token") return oauth.token(req, url, reply);
    if (route === "consent") return oauth.consent(url, res, reply);
    if (route === "revoke") return oauth.revoke(req, url, reply);
    if (route === "unknown") return send(res, 404, faults.notFound());
    const token = oauth.authenticate(req);
    if (!token) {
      return send(res, 401, faults.unauthenticated(), {
        "www-authenticate": 'Bearer realm="https://accounts.google.com/"',
      });
    }
    const failure = await interfere(req, route, token);
    if (failure === "drop") {
      record(stats, route, "dropped");
      req.socket.destroy();
      return;
    }
    if (failure) return send(res, failure.status, failure.body, failure.headers);
    try {
      const { status, body } = await serveGmail(route, params, url);
      send(res, status, body);
    } catch (e) {
      if (e instanceof QueryError) return send(res, 400, faults.invalidArgument(e.message));
      throw e;
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, faults.backendError());
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://${opts.host ?? "127.0.0.1"}:${port}`;

  return {
    url: `${base}/`,
    tokenUrl: `${base}/token`,
    authUrl: `${base}/o/oauth2/v2/auth`,
    revokeUrl: `${base}/revoke`,
    port,
    stats,
    store,
    setFaults: (rates) => injector.set(rates),
    setQuota: (quota) => {
      bucket = makeBucket(quota);
    },
    addRefreshToken: (token) => oauth.addRefreshToken(token),
    setConsent: (allow) => {
      oauth.allowConsent = allow;
    },
    revokeRefreshToken: (token) => oauth.revokeRefreshToken(token),
    expireAccessTokens: () => oauth.expireAccessTokens(),
    addMessage: (message, attachments) => store.addMessage(message, attachments),
    deleteMessage: (id) => store.deleteMessage(id),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
