// Field schemas shared by several request bodies.
import "server-only";
import { z } from "zod";

/** A name people give something (a business, an API key): trimmed, 1 to 100 characters. */
export const displayName = z
  .string({ error: "is required" })
  .trim()
  .min(1, "must be 1 to 100 characters")
  .max(100, "must be 1 to 100 characters")
  // PostgreSQL text cannot hold NUL: the insert would fail in the database (a 500).
  .refine((name) => !name.includes("\u0000"), "must not contain NUL characters");
