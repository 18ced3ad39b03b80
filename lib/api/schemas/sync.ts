// Request schemas of the sync endpoints; the handlers and the OpenAPI document both use them.
import { z } from "zod";

// JSON null means "no bound", as an omitted field does (parseDateFilters reads it so).
const dateField = z.string().nullable().optional().describe("YYYY-MM-DD, inclusive, in the business's timezone");

/** POST /api/receipts/sync. Both spellings are accepted; snake_case wins when both are sent. */
export const startSyncBody = z.strictObject({
  from_date: dateField,
  to_date: dateField,
  fromDate: dateField,
  toDate: dateField,
});

const uuid = z.uuid({ error: "must be a UUID" });

export const syncStatusQuery = z.strictObject({ run_id: uuid.optional() });

export const syncRunsQuery = z.strictObject({
  limit: z.coerce
    .number({ error: "limit must be a whole number from 1 to 100" })
    .int("limit must be a whole number from 1 to 100")
    .min(1, "limit must be a whole number from 1 to 100")
    .max(100, "limit must be a whole number from 1 to 100")
    .default(20),
  cursor: uuid.optional(),
});

/** A query string as a plain object; a repeated parameter is an error rather than a silent pick. */
export function queryObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1)
      throw new z.ZodError([
        {
          code: "custom",
          path: [key],
          message: `${key} was given ${values.length} times; give it once`,
          input: values,
        },
      ]);
    out[key] = values[0]!;
  }
  return out;
}
