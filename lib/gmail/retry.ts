// The Gmail retry policy: exponential backoff with full jitter, Retry-After honoured, bounded
// attempts, one token refresh per 401, and a heartbeat hook at least every 30 s of waiting.
import { GmailRetriesExhaustedError } from "./errors";
import { classifyFailure, type Failure, type FailureContext } from "./failures";

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After we honour; beyond it we wait this long and let the attempt budget decide. */
  maxRetryAfterMs: number;
  /** Waits are split into chunks no longer than this, with `onWait` called for each. */
  maxWaitChunkMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  maxRetryAfterMs: 5 * 60_000,
  maxWaitChunkMs: 30_000,
};

export type WaitHook = (ms: number, reason: string) => Promise<void> | void;

export interface RetryHooks {
  /** Called before each chunk of backoff; the engine heartbeats here. May throw to abort. */
  onWait?: WaitHook;
  /** A rate-limit answer arrived: slow the shared pacer down. */
  onRateLimited?: () => void;
  onRetry?: (info: { operation: string; attempt: number; reason: string; delayMs: number }) => void;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

/** The access token shared by all calls; `generation` changes whenever a new token arrives. */
export interface AccessTokenSource {
  readonly generation: number;
  /** Refreshes unless the token already changed since `seenGeneration` (or a refresh is running). */
  refresh(seenGeneration: number): Promise<void>;
}

/** Full jitter: uniform in [0, min(max, base·2^(attempt-1))], but never sooner than Retry-After. */
export function backoffDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(random() * ceiling);
  return retryAfterMs === undefined ? jittered : Math.max(jittered, Math.min(retryAfterMs, policy.maxRetryAfterMs));
}

/** Sleeps `ms`, calling `onWait` before every chunk of at most `maxChunkMs`. */
export async function waitWithHeartbeat(
  ms: number,
  reason: string,
  hooks: Pick<RetryHooks, "onWait" | "sleep">,
  maxChunkMs: number,
): Promise<void> {
  let remaining = ms;
  while (remaining > 0) {
    const chunk = Math.min(remaining, maxChunkMs);
    await hooks.onWait?.(chunk, reason);
    await hooks.sleep(chunk);
    remaining -= chunk;
  }
}

export async function withGmailRetries<T>(
  ctx: FailureContext,
  attemptCall: () => Promise<T>,
  tokens: AccessTokenSource,
  policy: RetryPolicy,
  hooks: RetryHooks,
): Promise<T> {
  let attempt = 0;
  // 401s for a token that was already replaced are not this call's failure; bound them separately.
  let staleTokenRetries = 0;
  for (;;) {
    attempt++;
    const generation = tokens.generation;
    let failure: Failure;
    try {
      return await attemptCall();
    } catch (err) {
      failure = classifyFailure(err, ctx);
    }
    if (failure.kind === "unauthorized") {
      if (tokens.generation !== generation && staleTokenRetries < policy.maxAttempts) {
        staleTokenRetries++;
        attempt--;
        continue;
      }
      try {
        await tokens.refresh(generation);
        if (attempt < policy.maxAttempts) continue;
        throw new GmailRetriesExhaustedError(ctx.operation, attempt, "401 after token refresh");
      } catch (err) {
        if (err instanceof GmailRetriesExhaustedError) throw err;
        failure = classifyFailure(err, ctx);
        if (failure.kind === "unauthorized")
          failure = { kind: "retry", reason: "token refresh 401", rateLimited: false };
      }
    }
    if (failure.kind === "fatal") throw failure.error;
    if (failure.kind !== "retry") continue;
    if (attempt >= policy.maxAttempts) throw new GmailRetriesExhaustedError(ctx.operation, attempt, failure.reason);
    if (failure.rateLimited) hooks.onRateLimited?.();
    const delayMs = backoffDelayMs(attempt, policy, hooks.random, failure.retryAfterMs);
    hooks.onRetry?.({ operation: ctx.operation, attempt, reason: failure.reason, delayMs });
    await waitWithHeartbeat(delayMs, `Gmail ${ctx.operation}: ${failure.reason}`, hooks, policy.maxWaitChunkMs);
  }
}
