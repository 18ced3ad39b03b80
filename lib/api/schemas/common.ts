// Field schemas shared by several request bodies.
import "server-only";
import { z } from "zod";

/** A page size from the query string: 1 to `max`, `fallback` when absent (the 400 is prefixed with "limit: "). */
export function pageLimit(max: number, fallback: number) {
  const message = `must be a whole number from 1 to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(1, message).max(max, message).default(fallback);
}

/** A name people give something (a business, an API key): trimmed, 1 to 100 characters. */
export const displayName = z
  .string({ error: "is required" })
  .trim()
  .min(1, "must be 1 to 100 characters")
  .max(100, "must be 1 to 100 characters")
  // PostgreSQL text cannot hold NUL: the insert would fail in the database (a 500).
  .refine((name) => !name.includes("\u0000"), "must not contain NUL characters");
