// Database errors that pass: PostgreSQL restarting, a dropped connection, a failover. A run rides them
// out by retrying its writes (each still guarded by the lease) instead of abandoning its work.
import "server-only";

const TRANSIENT_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  // SQLSTATE: admin shutdown, crash shutdown, cannot connect now, connection exceptions.
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  // Prisma: can't reach the server, timed out, server closed the connection, pool timeout.
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);
const TRANSIENT_MESSAGE =
  /connection terminated|connection (?:was )?closed|server closed the connection|can't reach database|connection refused|econnrefused|econnreset|terminating connection|the database system is (?:starting up|shutting down|in recovery mode)|client has encountered a connection error|timeout exceeded when trying to connect/i;

function* causes(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && !seen.has(current) && depth < 6; depth++) {
    seen.add(current);
    const record = current as Record<string, unknown>;
    yield record;
    const meta = record.meta as Record<string, unknown> | undefined;
    current = record.cause ?? (meta?.driverAdapterError as unknown) ?? undefined;
  }
}

export function isTransientDatabaseError(error: unknown): boolean {
  for (const e of causes(error)) {
    for (const key of ["code", "originalCode", "kind"])
      if (typeof e[key] === "string" && TRANSIENT_CODES.has(e[key])) return true;
    if (typeof e.message === "string" && TRANSIENT_MESSAGE.test(e.message)) return true;
  }
  return false;
}

export interface RetryOptions {
  /** Give up after this long in all; the error of the last attempt is thrown. */
  budgetMs: number;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `work`, retrying transient database errors with capped exponential backoff within a budget. */
export async function retryTransient<T>(work: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  const deadline = Date.now() + options.budgetMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const delayMs = Math.min(5_000, 250 * 2 ** (attempt - 1));
      if (!isTransientDatabaseError(error) || Date.now() + delayMs > deadline) throw error;
      options.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs);
    }
  }
}
