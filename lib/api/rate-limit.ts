// Per-caller request budget for the API (an API key or a signed-in user), so one runaway script
// cannot starve a business's dashboard or the database. Counted per web process.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env";
import { ApiError } from "./errors";

let limiter: { perMinute: number; counter: RateLimiterMemory } | undefined;

function counter(): RateLimiterMemory {
  const perMinute = env().API_RATE_LIMIT_PER_MINUTE;
  if (limiter?.perMinute !== perMinute) limiter = { perMinute, counter: new RateLimiterMemory({ points: perMinute, duration: 60 }) };
  return limiter.counter;
}

/** Spends one request of the caller's budget; over budget is a 429 that says when to try again. */
export async function spendRequestBudget(callerKey: string): Promise<void> {
  try {
    await counter().consume(callerKey);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new ApiError(429, "rate_limited", `Too many requests: try again in ${seconds} s`, {}, { "retry-after": String(seconds) });
  }
}
