// Quota and fault injection for the Gmail emulator: the failure modes a sync run meets in production.

/** Fraction (0..1) of Gmail API requests that get each fault. Failure kinds are drawn from one
 *  roll, so each kind hits its own share of requests; `slowRate` is rolled separately. */
export interface FaultRates {
  rate429?: number;
  rate403?: number;
  rate500?: number;
  rate503?: number;
  /** Destroy the socket without answering (the client sees ECONNRESET / socket hang up). */
  dropRate?: number;
  /** Answer 401 and invalidate the access token, so the client has to refresh it. */
  expireTokenRate?: number;
  slowRate?: number;
  slowMs?: number;
}

export type FailureFault = "drop" | "expireToken" | "429" | "403" | "500" | "503";

export interface FaultDecision {
  slowMs: number;
  failure?: FailureFault;
}

/** Small seeded PRNG (mulberry32): the same seed gives the same fault sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private rates: FaultRates;
  private readonly random: () => number;

  constructor(rates: FaultRates = {}, seed = 1) {
    this.rates = { ...rates };
    this.random = seededRandom(seed);
  }

  set(rates: FaultRates): void {
    this.rates = { ...rates };
  }

  decide(): FaultDecision {
    const r = this.rates;
    const slowMs = this.random() < (r.slowRate ?? 0) ? (r.slowMs ?? 2000) : 0;
    const roll = this.random();
    const kinds: [FailureFault, number | undefined][] = [
      ["drop", r.dropRate],
      ["expireToken", r.expireTokenRate],
      ["429", r.rate429],
      ["403", r.rate403],
      ["500", r.rate500],
      ["503", r.rate503],
    ];
    let cumulative = 0;
    for (const [kind, rate] of kinds) {
      cumulative += rate ?? 0;
      if (roll < cumulative) return { slowMs, failure: kind };
    }
    return { slowMs };
  }
}

/** Gmail's per-user limit: 250 quota units per second, as a token bucket. */
export class QuotaBucket {
  private tokens: number;
  private last = performance.now();

  constructor(
    private readonly unitsPerSecond = 250,
    private readonly burstUnits = unitsPerSecond,
  ) {
    this.tokens = burstUnits;
  }

  /** Takes `units` if available; otherwise reports how long until they would be. */
  take(units: number): { ok: true } | { ok: false; retryAfterMs: number } {
    const now = performance.now();
    this.tokens = Math.min(this.burstUnits, this.tokens + ((now - this.last) / 1000) * this.unitsPerSecond);
    this.last = now;
    if (this.tokens >= units) {
      this.tokens -= units;
      return { ok: true };
    }
    return { ok: false, retryAfterMs: ((units - this.tokens) / this.unitsPerSecond) * 1000 };
  }
}

export interface GmailErrorBody {
  error: {
    code: number;
    message: string;
    errors: { message: string; domain: string; reason: string; location?: string; locationType?: string }[];
    status: string;
  };
}

/** Error bodies shaped like Gmail's, so the googleapis client parses them as it would in production. */
export function gmailError(
  code: number,
  status: string,
  reason: string,
  message: string,
  domain = "global",
): GmailErrorBody {
  return { error: { code, message, errors: [{ message, domain, reason }], status } };
}

export const unauthenticated = (): GmailErrorBody => ({
  error: {
    code: 401,
    message:
      "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
    errors: [
      {
        message: "Invalid Credentials",
        domain: "global",
        reason: "authError",
        location: "Authorization",
        locationType: "header",
      },
    ],
    status: "UNAUTHENTICATED",
  },
});

export const notFound = (): GmailErrorBody =>
  gmailError(404, "NOT_FOUND", "notFound", "Requested entity was not found.");

export const invalidArgument = (message: string): GmailErrorBody =>
  gmailError(400, "INVALID_ARGUMENT", "invalidArgument", message);

export const rateLimited = (retryAt: Date): GmailErrorBody =>
  gmailError(
    429,
    "RESOURCE_EXHAUSTED",
    "rateLimitExceeded",
    `User-rate limit exceeded.  Retry after ${retryAt.toISOString()}`,
    "usageLimits",
  );

export const userRateLimited = (): GmailErrorBody =>
  gmailError(403, "PERMISSION_DENIED", "userRateLimitExceeded", "User Rate Limit Exceeded", "usageLimits");

export const backendError = (): GmailErrorBody =>
  gmailError(500, "INTERNAL", "backendError", "Internal error encountered.");

export const unavailable = (): GmailErrorBody =>
  gmailError(503, "UNAVAILABLE", "backendError", "The service is currently unavailable.");
