// The Gmail client the sync engine uses: googleapis + OAuth2, paced under the quota, with our own
// retry policy (gaxios' retries are off so every backoff is paced, logged and heartbeated).
import "server-only";
import { auth, gmail, type gmail_v1 } from "@googleapis/gmail";
import type { Logger } from "../log";
import { GmailNotFoundError, GmailPermanentError } from "./errors";
import type { FailureContext, GmailOperation } from "./failures";
import { mapConcurrent } from "./map-concurrent";
import { GMAIL_QUOTA_UNITS, QuotaPacer } from "./quota";
import {
  DEFAULT_RETRY_POLICY,
  withGmailRetries,
  type AccessTokenSource,
  type RetryPolicy,
  type WaitHook,
} from "./retry";

export interface GmailClientOptions {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** Gmail API root, e.g. the emulator's `http://127.0.0.1:PORT/`. Default: Google. */
  rootUrl?: string;
  /** OAuth token endpoint. Default: Google's. */
  tokenUrl?: string;
  /** Called before every ≤30 s chunk of backoff; the engine heartbeats (and may throw to stop). */
  onWait?: WaitHook;
  /** A new access token arrived (to record the connection's token expiry). */
  onTokenRefresh?: (expiresAt: Date | null) => void;
  logger?: Pick<Logger, "warn" | "debug">;
  /** Quota pacing; Gmail allows 250 units/s per user. Default 200. */
  unitsPerSecond?: number;
  burstUnits?: number;
  /** Parallel messages.get calls in getMessages. Default 10. */
  concurrency?: number;
  /** Per-request timeout. Default 30 s. */
  requestTimeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface MessageRef {
  id: string;
  threadId: string;
}

export interface MessageIdPage {
  messages: MessageRef[];
  nextPageToken?: string;
  /** Gmail's estimate of all matches of the query (not of this page). */
  resultSizeEstimate: number;
}

export interface GmailProfile {
  emailAddress: string;
  messagesTotal: number;
  historyId: string;
}

export interface GmailLabel {
  id: string;
  name: string;
  type: "system" | "user";
}

export interface HistoryChanges {
  /** Messages added since the start id (not to spam or trash), oldest first, without duplicates. */
  added: MessageRef[];
  /** The mailbox's current history id: the next incremental sync starts here. */
  historyId: string;
}

export interface GmailClientStats {
  requests: number;
  retries: number;
  tokenRefreshes: number;
  backoffMs: number;
  /** Time spent waiting for the quota pacer, summed over concurrent calls. */
  quotaWaitMs: number;
}

export interface GmailClient {
  listMessageIds(opts: { query?: string; pageToken?: string; maxResults?: number }): Promise<MessageIdPage>;
  getMessage(id: string, format?: "full" | "metadata"): Promise<gmail_v1.Schema$Message>;
  /** messages.get for many ids with bounded concurrency; results in input order. */
  getMessages(
    ids: readonly string[],
    opts?: { concurrency?: number; format?: "full" | "metadata" },
  ): Promise<gmail_v1.Schema$Message[]>;
  /** Like getMessages, but a message deleted since it was listed (404) is left out and named in `deleted`. */
  getExistingMessages(ids: readonly string[]): Promise<{ messages: gmail_v1.Schema$Message[]; deleted: string[] }>;
  getAttachment(messageId: string, attachmentId: string): Promise<Buffer>;
  getProfile(): Promise<GmailProfile>;
  /** Throws GmailHistoryExpiredError when Gmail no longer has history from `startHistoryId`. */
  listHistory(startHistoryId: string): Promise<HistoryChanges>;
  /** The mailbox's labels, system and user (users.labels.list). */
  listLabels(): Promise<GmailLabel[]>;
  readonly stats: GmailClientStats;
}

const sleepFor = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createGmailClient(opts: GmailClientOptions): GmailClient {
  const oauth = new auth.OAuth2({
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
    // Refresh 10 s before expiry rather than the library's 5 min, so short-lived emulator tokens
    // (--token-ttl 60) are not refreshed on every request.
    eagerRefreshThresholdMillis: 10_000,
    ...(opts.tokenUrl ? { endpoints: { oauth2TokenUrl: opts.tokenUrl } } : {}),
  });
  oauth.setCredentials({ refresh_token: opts.refreshToken });
  const api = gmail({ version: "v1", auth: oauth, ...(opts.rootUrl ? { rootUrl: opts.rootUrl } : {}) });

  const stats: GmailClientStats = { requests: 0, retries: 0, tokenRefreshes: 0, backoffMs: 0, quotaWaitMs: 0 };
  const sleep = opts.sleep ?? sleepFor;
  const pacer = new QuotaPacer({ unitsPerSecond: opts.unitsPerSecond, burstUnits: opts.burstUnits });
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...opts.retry };
  const timeout = opts.requestTimeoutMs ?? 30_000;

  const tokens = accessTokenSource(oauth, () => stats.tokenRefreshes++, opts.onTokenRefresh);
  const hooks = {
    onWait: opts.onWait,
    onRateLimited: () => pacer.drain(),
    onRetry: (info: { operation: string; attempt: number; reason: string; delayMs: number }) => {
      stats.retries++;
      stats.backoffMs += info.delayMs;
      opts.logger?.warn(
        { gmail_operation: info.operation, attempt: info.attempt, reason: info.reason, delay_ms: info.delayMs },
        "GMAIL_RETRY",
      );
    },
    sleep,
    random: opts.random ?? Math.random,
  };

  /** One paced attempt per try; gaxios' own retry is off so the policy above is the only one. */
  function call<T>(
    ctx: FailureContext,
    request: (o: { retry: false; timeout: number }) => Promise<{ data: T }>,
  ): Promise<T> {
    const units = GMAIL_QUOTA_UNITS[ctx.operation];
    return withGmailRetries(
      ctx,
      async () => {
        stats.quotaWaitMs += await pacer.acquire(units);
        stats.requests++;
        return (await request({ retry: false, timeout })).data;
      },
      tokens,
      policy,
      hooks,
    );
  }
  const op = (operation: GmailOperation): FailureContext => ({ operation });

  const client: GmailClient = {
    stats,
    async listMessageIds({ query, pageToken, maxResults }) {
      const data = await call(op("messages.list"), (o) =>
        api.users.messages.list({ userId: "me", q: query, pageToken, maxResults: Math.min(500, maxResults ?? 500) }, o),
      );
      return {
        messages: (data.messages ?? []).map((m) => ({ id: m.id ?? "", threadId: m.threadId ?? "" })),
        ...(data.nextPageToken ? { nextPageToken: data.nextPageToken } : {}),
        resultSizeEstimate: data.resultSizeEstimate ?? 0,
      };
    },
    getMessage(id, format = "full") {
      return call(op("messages.get"), (o) => api.users.messages.get({ userId: "me", id, format }, o));
    },
    getMessages(ids, { concurrency, format } = {}) {
      return mapConcurrent(ids, concurrency ?? opts.concurrency ?? 10, (id) => client.getMessage(id, format));
    },
    async getExistingMessages(ids) {
      const deleted: string[] = [];
      const fetched = await mapConcurrent(ids, opts.concurrency ?? 10, (id) =>
        client.getMessage(id).catch((error: unknown) => {
          if (!(error instanceof GmailNotFoundError)) throw error;
          deleted.push(id);
          return null;
        }),
      );
      return { messages: fetched.filter((m): m is gmail_v1.Schema$Message => m !== null), deleted };
    },
    async getAttachment(messageId, attachmentId) {
      const data = await call(op("attachments.get"), (o) =>
        api.users.messages.attachments.get({ userId: "me", messageId, id: attachmentId }, o),
      );
      if (typeof data.data !== "string") {
        throw new GmailPermanentError("attachments.get", 200, undefined, "attachment without data");
      }
      return Buffer.from(data.data, "base64url");
    },
    async getProfile() {
      const data = await call(op("profile"), (o) => api.users.getProfile({ userId: "me" }, o));
      return {
        emailAddress: data.emailAddress ?? "",
        messagesTotal: data.messagesTotal ?? 0,
        historyId: data.historyId ?? "",
      };
    },
    async listHistory(startHistoryId) {
      const seen = new Set<string>();
      const added: MessageRef[] = [];
      let pageToken: string | undefined;
      let historyId = startHistoryId;
      do {
        const data: gmail_v1.Schema$ListHistoryResponse = await call(
          { operation: "history.list", startHistoryId },
          (o) =>
            api.users.history.list(
              { userId: "me", startHistoryId, pageToken, historyTypes: ["messageAdded"], maxResults: 500 },
              o,
            ),
        );
        for (const record of data.history ?? []) {
          for (const { message } of record.messagesAdded ?? []) {
            // As messages.list does by default, spam and trash are left out.
            if (message?.labelIds?.some((l) => l === "SPAM" || l === "TRASH")) continue;
            if (message?.id && !seen.has(message.id)) {
              seen.add(message.id);
              added.push({ id: message.id, threadId: message.threadId ?? "" });
            }
          }
        }
        historyId = data.historyId ?? historyId;
        pageToken = data.nextPageToken ?? undefined;
      } while (pageToken);
      return { added, historyId };
    },
    async listLabels() {
      const data = await call(op("labels.list"), (o) => api.users.labels.list({ userId: "me" }, o));
      return (data.labels ?? []).map((l) => ({
        id: l.id ?? "",
        name: l.name ?? l.id ?? "",
        type: l.type === "system" ? "system" : "user",
      }));
    },
  };
  return client;
}

/** Token refreshes shared by every call: concurrent 401s for the same token cause one refresh. */
function accessTokenSource(
  oauth: InstanceType<typeof auth.OAuth2>,
  counted: () => void,
  onTokenRefresh?: (expiresAt: Date | null) => void,
): AccessTokenSource {
  let generation = 0;
  let inFlight: Promise<void> | undefined;
  // Fires for our refreshes and for the library's own (first call, near expiry).
  oauth.on("tokens", (t) => {
    generation++;
    counted();
    onTokenRefresh?.(t.expiry_date ? new Date(t.expiry_date) : null);
  });
  return {
    get generation() {
      return generation;
    },
    async refresh(seenGeneration) {
      if (inFlight) return inFlight;
      if (seenGeneration !== generation) return;
      inFlight = oauth
        .refreshAccessToken()
        .then(() => undefined)
        .finally(() => {
          inFlight = undefined;
        });
      return inFlight;
    },
  };
}
