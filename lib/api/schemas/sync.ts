// Request schemas of the sync endpoints; the handlers and the OpenAPI document both use them.
import "server-only";
import { z } from "zod";
import { pageLimit } from "./common";

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
  limit: pageLimit(100, 20),
  cursor: uuid.optional(),
});
