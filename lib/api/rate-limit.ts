// Request budgets, counted per web process. Each caller (an API key or a signed-in user) has one,
// so a runaway script cannot starve a business's dashboard or the database; each client address has
// one for failed authentications, so nobody can try keys as fast as the network carries them.
import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env";
import { ApiError } from "./errors";

const limiters = new Map<string, { points: number; counter: RateLimiterMemory }>();

function limiter(name: string, perMinute: number): RateLimiterMemory {
  const current = limiters.get(name);
  if (current?.points === perMinute) return current.counter;
  const counter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  limiters.set(name, { points: perMinute, counter });
  return counter;
}

const tooMany = (msBeforeNext: number, what: string) => {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new ApiError(
    429,
    "rate_limited",
    `${what}: try again in ${seconds} s`,
    {},
    { "retry-after": String(seconds) },
  );
};

/** Spends one request of the caller's budget; over budget is a 429 that says when to try again. */
export async function spendRequestBudget(callerKey: string): Promise<void> {
  try {
    await limiter("requests", env().API_RATE_LIMIT_PER_MINUTE).consume(callerKey);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw tooMany(rejection.msBeforeNext, "Too many requests");
  }
}

/** A 429 for an address that has failed to authenticate too often this minute, before any lookup. */
export async function refuseIfLockedOut(clientAddress: string): Promise<void> {
  const perMinute = env().AUTH_FAILURES_PER_MINUTE;
  const spent = await limiter("auth-failures", perMinute).get(clientAddress);
  if (spent && spent.consumedPoints >= perMinute)
    throw tooMany(spent.msBeforeNext, "Too many failed authentications from this address");
}

/** Counts one failed authentication against the address. */
export async function recordFailedAuthentication(clientAddress: string): Promise<void> {
  await limiter("auth-failures", env().AUTH_FAILURES_PER_MINUTE)
    .consume(clientAddress)
    .catch((rejection: unknown) => {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    });
}
