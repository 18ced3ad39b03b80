import { describe, expect, test } from "vitest";
import { backoffDelayMs, DEFAULT_RETRY_POLICY, waitWithHeartbeat } from "@/lib/gmail/retry";
import { classifyFailure, retryAfterMs } from "@/lib/gmail/failures";
import { QuotaPacer } from "@/lib/gmail/quota";
import { mapConcurrent } from "@/lib/gmail/map-concurrent";
import { GmailAuthError, GmailHistoryExpiredError, GmailNotFoundError, GmailPermanentError } from "@/lib/gmail/errors";

const gaxiosLike = (status: number, data: unknown, headers: Record<string, string> = {}) => ({
  message: "x",
  response: { status, data, headers: new Headers(headers) },
});
const apiError = (status: number, reason: string) =>
  gaxiosLike(status, { error: { code: status, message: reason, errors: [{ reason }] } });

describe("backoff", () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
  test("full jitter grows exponentially up to the cap", () => {
    expect([1, 2, 3, 4, 5, 9].map((a) => backoffDelayMs(a, policy, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(200);
  });
  test("Retry-After is a floor, capped at maxRetryAfterMs", () => {
    expect(backoffDelayMs(1, policy, () => 0, 5000)).toBe(5000);
    expect(backoffDelayMs(1, { ...policy, maxRetryAfterMs: 2000 }, () => 0, 5000)).toBe(2000);
  });
  test("Retry-After parses seconds and HTTP dates", () => {
    expect(retryAfterMs(new Headers({ "retry-after": "3" }))).toBe(3000);
    expect(retryAfterMs(new Headers({ "retry-after": new Date(10_000).toUTCString() }), 4000)).toBe(6000);
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });
});

describe("waitWithHeartbeat", () => {
  test("a 95 s wait calls onWait before each chunk of at most 30 s", async () => {
    const calls: number[] = [];
    const slept: number[] = [];
    await waitWithHeartbeat(
      95_000,
      "429",
      { onWait: (ms) => void calls.push(ms), sleep: async (ms) => void slept.push(ms) },
      30_000,
    );
    expect(calls).toEqual([30_000, 30_000, 30_000, 5_000]);
    expect(slept).toEqual(calls);
  });
  test("an onWait that throws (run cancelled, lease lost) stops the wait", async () => {
    const slept: number[] = [];
    const wait = waitWithHeartbeat(
      60_000,
      "429",
      {
        onWait: () => {
          throw new Error("lease lost");
        },
        sleep: async (ms) => void slept.push(ms),
      },
      30_000,
    );
    await expect(wait).rejects.toThrow("lease lost");
    expect(slept).toEqual([]);
  });
});

describe("classifyFailure", () => {
  const ctx = { operation: "messages.get" as const };
  test.each([
    [apiError(429, "rateLimitExceeded"), { kind: "retry", rateLimited: true }],
    [apiError(403, "userRateLimitExceeded"), { kind: "retry", rateLimited: true }],
    [apiError(403, "rateLimitExceeded"), { kind: "retry", rateLimited: true }],
    [apiError(500, "backendError"), { kind: "retry", rateLimited: false }],
    [apiError(502, "backendError"), { kind: "retry", rateLimited: false }],
    [apiError(503, "backendError"), { kind: "retry", rateLimited: false }],
    [apiError(504, "backendError"), { kind: "retry", rateLimited: false }],
    [{ message: "request failed, reason: socket hang up", code: "ECONNRESET" }, { kind: "retry" }],
    [{ message: "The operation was aborted due to timeout", code: "TimeoutError" }, { kind: "retry" }],
    [apiError(401, "authError"), { kind: "unauthorized" }],
  ])("%# → %o", (err, expected) => {
    expect(classifyFailure(err, ctx)).toMatchObject(expected);
  });

  test("permanent answers become typed errors with stable codes", () => {
    const grant = classifyFailure(
      gaxiosLike(400, { error: "invalid_grant", error_description: "Token has been expired or revoked." }),
      ctx,
    );
    expect(grant.kind === "fatal" && grant.error).toBeInstanceOf(GmailAuthError);
    expect(grant.kind === "fatal" && grant.error.message).toBe(
      "Gmail access was revoked or expired; reconnect Gmail (invalid_grant)",
    );
    const forbidden = classifyFailure(apiError(403, "insufficientPermissions"), ctx);
    expect(forbidden.kind === "fatal" && forbidden.error).toBeInstanceOf(GmailPermanentError);
    const gone = classifyFailure(apiError(404, "notFound"), ctx);
    expect(gone.kind === "fatal" && gone.error).toBeInstanceOf(GmailNotFoundError);
    const history = classifyFailure(apiError(404, "notFound"), { operation: "history.list", startHistoryId: "7" });
    expect(history.kind === "fatal" && history.error).toMatchObject({
      code: "GMAIL_HISTORY_EXPIRED",
      startHistoryId: "7",
    });
    expect(history.kind === "fatal" && history.error).toBeInstanceOf(GmailHistoryExpiredError);
    const bad = classifyFailure(apiError(400, "invalidArgument"), ctx);
    expect(bad.kind === "fatal" && bad.error).toMatchObject({ code: "GMAIL_PERMANENT", status: 400 });
  });

  test("a programming error is not retried", () => {
    const bug = new TypeError("x is not a function");
    expect(classifyFailure(bug, ctx)).toEqual({ kind: "fatal", error: bug });
  });
});

describe("QuotaPacer", () => {
  test("keeps spending under the configured rate after the burst", async () => {
    let now = 0;
    const pacer = new QuotaPacer({
      unitsPerSecond: 100,
      burstUnits: 10,
      now: () => now,
      sleep: async (ms) => void (now += ms),
    });
    for (let i = 0; i < 42; i++) await pacer.acquire(5); // 210 units: 10 of burst, 200 paced
    expect(now).toBeGreaterThanOrEqual(2000);
    expect(now).toBeLessThan(2050);
  });
  test("drain makes the next caller wait", async () => {
    let now = 0;
    const pacer = new QuotaPacer({ unitsPerSecond: 100, now: () => now, sleep: async (ms) => void (now += ms) });
    pacer.drain();
    await pacer.acquire(50);
    expect(now).toBe(500);
  });
});

describe("mapConcurrent", () => {
  test("keeps order and never exceeds the concurrency", async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapConcurrent([...Array(25).keys()], 4, async (n) => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, (n * 7) % 5));
      inFlight--;
      return n * 2;
    });
    expect(out).toEqual([...Array(25).keys()].map((n) => n * 2));
    expect(peak).toBe(4);
  });
  test("stops starting work after the first failure", async () => {
    const started: number[] = [];
    const run = mapConcurrent([...Array(20).keys()], 2, async (n) => {
      started.push(n);
      if (n === 3) throw new Error("boom");
      await new Promise((r) => setTimeout(r, 1));
    });
    await expect(run).rejects.toThrow("boom");
    expect(started.length).toBeLessThanOrEqual(6);
  });
});
