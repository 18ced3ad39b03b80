// Sorts a failed googleapis call into: retry (with backoff), refresh the access token, or give up.
import { GmailAuthError, GmailHistoryExpiredError, GmailNotFoundError, GmailPermanentError } from "./errors";

export type GmailOperation =
  "profile" | "messages.list" | "messages.get" | "attachments.get" | "history.list" | "labels.list";

export type Failure =
  | { kind: "retry"; reason: string; rateLimited: boolean; retryAfterMs?: number }
  | { kind: "unauthorized" }
  | { kind: "fatal"; error: Error };

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  config?: unknown;
  response?: { status?: number; data?: unknown; headers?: unknown };
}

const RATE_LIMIT_REASONS = new Set(["rateLimitExceeded", "userRateLimitExceeded"]);
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "TimeoutError",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

export interface FailureContext {
  operation: GmailOperation;
  startHistoryId?: string;
}

export function classifyFailure(err: unknown, ctx: FailureContext): Failure {
  const e = (err ?? {}) as ErrorLike;
  const res = e.response;
  if (!res || typeof res.status !== "number") return classifyNetwork(e, err, ctx);

  const status = res.status;
  const data = res.data as { error?: unknown; error_description?: unknown } | undefined;

  // The token endpoint answers OAuth errors as `{ error: "invalid_grant", error_description }`.
  if (typeof data?.error === "string") {
    if (status >= 500 || status === 429)
      return { kind: "retry", reason: `token endpoint ${status}`, rateLimited: false };
    if (data.error === "invalid_grant") return { kind: "fatal", error: new GmailAuthError("invalid_grant") };
    return {
      kind: "fatal",
      error: new GmailAuthError(
        data.error,
        `Gmail OAuth client was rejected (${data.error}); check the Google OAuth client id and secret`,
      ),
    };
  }

  const apiError = (data?.error ?? {}) as { message?: unknown; errors?: { reason?: unknown }[] };
  const reason = typeof apiError.errors?.[0]?.reason === "string" ? apiError.errors[0].reason : undefined;
  const detail = typeof apiError.message === "string" ? apiError.message : `HTTP ${status}`;

  if (status === 401) return { kind: "unauthorized" };
  if (RETRYABLE_STATUS.has(status) || (status === 403 && reason && RATE_LIMIT_REASONS.has(reason))) {
    const rateLimited = status === 429 || status === 403;
    return {
      kind: "retry",
      reason: `${status}${reason ? ` ${reason}` : ""}`,
      rateLimited,
      retryAfterMs: retryAfterMs(res.headers),
    };
  }
  if (status === 404 && ctx.operation === "history.list") {
    return { kind: "fatal", error: new GmailHistoryExpiredError(ctx.startHistoryId ?? "") };
  }
  if (status === 404 && (ctx.operation === "messages.get" || ctx.operation === "attachments.get")) {
    return { kind: "fatal", error: new GmailNotFoundError(ctx.operation, detail) };
  }
  return { kind: "fatal", error: new GmailPermanentError(ctx.operation, status, reason, detail) };
}

function classifyNetwork(e: ErrorLike, original: unknown, ctx: FailureContext): Failure {
  const codes = [e.code, (e.cause as ErrorLike | undefined)?.code].filter((c): c is string => typeof c === "string");
  const message = typeof e.message === "string" ? e.message : "";
  const code = codes.find((c) => NETWORK_CODES.has(c));
  if (code || /socket hang up|timed? ?out|network|fetch failed/i.test(message)) {
    return { kind: "retry", reason: code ?? "network error", rateLimited: false };
  }
  // A request error we do not know: keep its message but drop the request config (it holds the
  // Authorization header) so nothing downstream can log a token.
  if (e.config) return { kind: "fatal", error: new GmailPermanentError(ctx.operation, 0, undefined, message) };
  return { kind: "fatal", error: original instanceof Error ? original : new Error(String(original)) };
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function retryAfterMs(headers: unknown, now = Date.now()): number | undefined {
  const h = headers as { get?: (name: string) => string | null } & Record<string, unknown>;
  const raw = typeof h?.get === "function" ? h.get("retry-after") : h?.["retry-after"];
  if (typeof raw !== "string" || !raw.trim()) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw.trim())) return Number(raw) * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
