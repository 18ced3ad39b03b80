// GET /api/openapi.json: an OpenAPI 3.1 document generated from the zod schemas the handlers use.
import "server-only";
import { z } from "zod";
import {
  candidateListQuery,
  confirmReceiptsBody,
  duplicateListQuery,
  editReceiptBody,
  promoteCandidateBody,
  receiptListQuery,
  reviewQueueQuery,
} from "./schemas/receipts";
import * as r from "./schemas/responses";
import { createApiKeyBody } from "./schemas/api-keys";
import { categoryNameBody, createVendorRuleBody, updateVendorRuleBody } from "./schemas/categories";
import { createBusinessBody, updateBusinessBody } from "./schemas/businesses";
import { startSyncBody, syncRunsQuery, syncStatusQuery } from "./schemas/sync";

type Schema = Record<string, unknown>;
const schemaOf = (s: z.ZodType, io: "input" | "output" = "output"): Schema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Schema;
  return rest;
};

const jsonContent = (s: z.ZodType) => ({ "application/json": { schema: schemaOf(s) } });
const error = (description: string) => ({ description, content: jsonContent(r.errorBody) });
const common = {
  "401": error("No session and no valid API key"),
  "500": error("Unexpected failure (no details are exposed)"),
};

const dateParam = (name: string, description: string) => ({
  name,
  in: "query",
  required: false,
  description,
  schema: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
});

const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

/** POST /api/receipts/{id}/confirm, /dismiss, /restore: no body, the receipt as it now stands. */
const reviewAction = (summary: string) => ({
  post: {
    summary,
    description: "Idempotent: a receipt already in that state is returned unchanged and no history row is written.",
    parameters: [idParam],
    responses: {
      "200": { description: "The receipt", content: jsonContent(r.receiptBody) },
      "403": error("A signed-in session from a foreign origin"),
      "404": error("Not found (or another business's)"),
      ...common,
    },
  },
});

/** GET /api/receipts/{id}/source, /api/review/candidates/{id}/source: the email, read from Gmail on demand. */
const sourceEmailRoute = (what: "receipt" | "candidate") => ({
  get: {
    summary: `The email the ${what} came from, read from Gmail now, its HTML made inert`,
    description:
      "Bodies are not stored, so each call reads the message from the business's Gmail. Not cached (Cache-Control: no-store).",
    parameters: [idParam],
    responses: {
      "200": { description: "The email", content: jsonContent(r.sourceEmailBody) },
      "404": error("Not found (or another business's), or source_not_found when the email is no longer in the mailbox"),
      "409": error("gmail_not_connected, or gmail_needs_reauth when Gmail access was revoked or expired"),
      "502": error("gmail_unavailable: Gmail did not answer"),
      ...common,
    },
  },
});

const dateParams = [
  dateParam("from_date", "First calendar day, inclusive, in the business's timezone (YYYY-MM-DD)."),
  dateParam("to_date", "Last calendar day, inclusive (YYYY-MM-DD)."),
  dateParam("fromDate", "Same as from_date; from_date wins when both are given."),
  dateParam("toDate", "Same as to_date; to_date wins when both are given."),
];

function queryParams(s: z.ZodObject): Schema[] {
  const json = schemaOf(s, "input") as { properties?: Record<string, Schema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema,
  }));
}

export function openApiDocument(): Schema {
  return {
    openapi: "3.1.0",
    info: {
      title: "Receipt Sync API",
      version: "1.0.0",
      description:
        "Receipts imported from a business's Gmail. Authenticate with a session cookie (sign in) or `Authorization: Bearer <API key>`; every call acts for one business. Errors are `{ success: false, error, code }`.",
    },
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
    },
    security: [{ apiKey: [] }, { session: [] }],
    paths: {
      "/api/receipts/sync": {
        post: {
          summary: "Start a sync run",
          description:
            "Without dates: an incremental sync (from the last completed run, or the last 90 days, to today).",
          requestBody: {
            required: false,
            content: { "application/json": { schema: schemaOf(startSyncBody, "input") } },
          },
          responses: {
            "202": {
              description: "Run started (replaced_stale_run says when a stale run was failed to make room)",
              content: jsonContent(r.syncStarted),
            },
            "400": error("Invalid date, range, JSON or unknown field"),
            "409": {
              description: "A healthy run is going: its live progress (or code gmail_not_connected)",
              content: jsonContent(r.syncConflict),
            },
            "413": error("Body over 16 kB"),
            "415": error("Body is not JSON"),
            ...common,
          },
        },
      },
      "/api/receipts/sync/status": {
        get: {
          summary: "The running (or latest) run, or ?run_id=",
          parameters: queryParams(syncStatusQuery),
          responses: {
            "200": {
              description: "run is null when the business never synced; schedule is its automatic sync",
              content: jsonContent(r.syncStatusBody),
            },
            "404": error("No such run for this business"),
            ...common,
          },
        },
      },
      "/api/receipts/sync/cancel": {
        post: {
          summary: "Cancel the running run (it stops within 20 messages)",
          responses: {
            "202": { description: "Cancellation requested", content: jsonContent(r.syncRunBody) },
            "404": error("No run is going"),
            ...common,
          },
        },
      },
      "/api/receipts/sync/runs": {
        get: {
          summary: "Run history, newest first",
          parameters: queryParams(syncRunsQuery),
          responses: {
            "200": { description: "One page", content: jsonContent(r.syncRunsBody) },
            "400": error("Bad limit or cursor"),
            ...common,
          },
        },
      },
      "/api/receipts": {
        get: {
          summary: "List receipts",
          description:
            "Refunds have negative amounts; totals per currency are net of refunds and also give the refunds' count and sum. `kind`, `review_status` and `category` (an id, or `none`) narrow the list, totals, export and spending alike; dismissed receipts are never in them.",
          parameters: [...dateParams, ...queryParams(receiptListQuery)],
          responses: {
            "200": { description: "One page, with totals per currency", content: jsonContent(r.receiptList) },
            "400": error(
              "Invalid date, kind, review_status or category (names the parameter), range, limit, cursor, currency or sort",
            ),
            ...common,
          },
        },
      },
      "/api/receipts/{id}": {
        get: {
          summary: "One receipt (a dismissed one too, with dismissed_at set, so it can be restored)",
          parameters: [idParam],
          responses: {
            "200": { description: "The receipt", content: jsonContent(r.receiptBody) },
            "404": error("Not found (or another business's)"),
            ...common,
          },
        },
        patch: {
          summary: "Correct the receipt's fields",
          description:
            "Any of vendor, amount, currency, receipt_date, kind, note and category_id (one of this business's categories, or null), at least one. Every field whose value changes is recorded in the history (old → new; the category as field category, by name) and, the note aside, added to edited_fields, which a later sync or vendor rule never overwrites. Values equal to the current ones change nothing.",
          parameters: [idParam],
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaOf(editReceiptBody, "input") } },
          },
          responses: {
            "200": { description: "The receipt as corrected", content: jsonContent(r.receiptBody) },
            "400": error(
              "A bad value (names the field; a category_id that is not this business's too), an unknown field, no field at all, or malformed JSON",
            ),
            "403": error("A signed-in session from a foreign origin"),
            "404": error("Not found (or another business's)"),
            "413": error("Body over 16 kB"),
            "415": error("Body is not JSON"),
            ...common,
          },
        },
      },
      "/api/receipts/confirm": {
        post: {
          summary: "A person checked several receipts at once: each becomes confirmed",
          description:
            "Up to 200 ids. Each of the business's listed receipts not yet confirmed becomes confirmed, with a history row; an id that is already confirmed, dismissed, unknown or another business's is skipped (never an error), and the answer says how many were confirmed.",
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaOf(confirmReceiptsBody, "input") } },
          },
          responses: {
            "200": { description: "How many were confirmed, and which", content: jsonContent(r.confirmReceiptsResult) },
            "400": error("No ids, more than 200, an id that is not a uuid, an unknown field, or malformed JSON"),
            "403": error("A signed-in session from a foreign origin"),
            "413": error("Body over 16 kB"),
            "415": error("Body is not JSON"),
            ...common,
          },
        },
      },
      "/api/receipts/{id}/confirm": reviewAction("A person checked the receipt: review_status becomes confirmed"),
      "/api/receipts/{id}/dismiss": reviewAction(
        "Not a receipt: hidden from the list, totals, spending and export, and never imported again",
      ),
      "/api/receipts/{id}/restore": reviewAction("Undo a dismissal: the receipt is listed and counted again"),
      "/api/receipts/{id}/history": {
        get: {
          summary: "What people changed on the receipt, oldest first, with who changed it (null for an API key)",
          parameters: [idParam],
          responses: {
            "200": { description: "The changes", content: jsonContent(r.receiptHistoryBody) },
            "404": error("Not found (or another business's)"),
            ...common,
          },
        },
      },
      "/api/receipts/{id}/source": sourceEmailRoute("receipt"),
      "/api/review": {
        get: {
          summary: "What waits for a person: counts and each section's first page, or one section's next page",
          description:
            "Sections: needs_review (receipts recognition was unsure of), candidates (near misses it did not take) and duplicates (pairs that look like one purchase). Without section, every section's first `limit` items; with section, only that one, from its next_cursor.",
          parameters: queryParams(reviewQueueQuery),
          responses: {
            "200": { description: "The queue", content: jsonContent(r.reviewQueueBody) },
            "400": error("A bad limit, section or cursor, or a cursor without its section"),
            ...common,
          },
        },
      },
      "/api/review/duplicates": {
        get: {
          summary: "Pairs of receipts that look like one purchase, flagged for a person; never merged",
          parameters: queryParams(duplicateListQuery),
          responses: {
            "200": { description: "A page of flagged pairs", content: jsonContent(r.duplicateList) },
            "400": error("A bad limit or cursor"),
            ...common,
          },
        },
      },
      "/api/review/duplicates/{id}/not-duplicate": {
        post: {
          summary: "The pair are separate purchases: it leaves the queue and is never flagged again",
          parameters: [idParam],
          responses: {
            "200": { description: "Marked (again is a no-op)", content: jsonContent(r.okBody) },
            "403": error("A signed-in session from a foreign origin"),
            "404": error("Not found (or another business's)"),
            ...common,
          },
        },
      },
      "/api/review/candidates": {
        get: {
          summary: "Near misses waiting for a person: messages recognition did not accept but scored close",
          parameters: queryParams(candidateListQuery),
          responses: {
            "200": { description: "A page of candidates", content: jsonContent(r.candidateList) },
            "400": error("A bad limit or cursor"),
            ...common,
          },
        },
      },
      "/api/review/candidates/{id}/promote": {
        post: {
          summary: "Make a near miss a receipt, confirmed, with corrections over recognition's guess",
          description:
            "Fields not given keep recognition's guess (kind: receipt); a field with no guess must be given. Once: promoting again answers the same receipt, and no later sync imports the message again.",
          parameters: [idParam],
          requestBody: {
            required: false,
            content: { "application/json": { schema: schemaOf(promoteCandidateBody, "input") } },
          },
          responses: {
            "200": { description: "The receipt", content: jsonContent(r.receiptBody) },
            "400": error("A bad or missing value (names the field), an unknown field, or malformed JSON"),
            "403": error("A signed-in session from a foreign origin"),
            "404": error("Not found (or another business's)"),
            "409": error("The candidate was dismissed (candidate_dismissed), or the message is already a receipt"),
            ...common,
          },
        },
      },
      "/api/review/candidates/{id}/source": sourceEmailRoute("candidate"),
      "/api/review/candidates/{id}/dismiss": {
        post: {
          summary: "Not a receipt: the near miss leaves the queue and its message is never imported",
          parameters: [idParam],
          responses: {
            "200": { description: "Dismissed (again is a no-op)", content: jsonContent(r.okBody) },
            "403": error("A signed-in session from a foreign origin"),
            "404": error("Not found (or another business's)"),
            "409": error("Already promoted: dismiss the receipt instead (candidate_promoted)"),
            ...common,
          },
        },
      },
      "/api/receipts/{id}/file": {
        get: {
          summary: "Download the receipt's attachment",
          parameters: [idParam],
          responses: {
            "200": {
              description: "The file with its content type",
              content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
            },
            "404": error("No receipt or no file"),
            ...common,
          },
        },
      },
      "/api/receipts/export.csv": {
        get: {
          summary: "CSV of the filtered receipts (UTF-8 with BOM)",
          parameters: [...dateParams, ...queryParams(receiptListQuery)],
          responses: {
            "200": { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } },
            "400": error("Invalid filter (a bad date, kind or review_status names the parameter)"),
            ...common,
          },
        },
      },
      "/api/categories": {
        get: {
          summary: "The business's categories, by name",
          responses: { "200": { description: "Categories", content: jsonContent(r.categoryList) }, ...common },
        },
        post: {
          summary: "Add a category",
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaOf(categoryNameBody, "input") } },
          },
          responses: {
            "201": { description: "The category", content: jsonContent(r.categoryBody) },
            "400": error("A bad name, an unknown field, or malformed JSON"),
            "403": error("A signed-in session from a foreign origin"),
            "409": error("The business has a category of that name, in any case (category_exists)"),
            ...common,
          },
        },
      },
      "/api/categories/{id}": {
        patch: {
          summary: "Rename a category",
          parameters: [idParam],
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaOf(categoryNameBody, "input") } },
          },
          responses: {
            "200": { description: "The category", content: jsonContent(r.categoryBody) },
            "400": error("A bad name, an unknown field, or malformed JSON"),
            "403": error("A signed-in session from a foreign origin"),
            "404": error("Not found (or another business's)"),
            "409": error("Another category has that name (category_exists)"),
            ...common,
          },
        },
        delete: {
          summary: "Delete a category: its receipts become uncategorised, rules that only set it are deleted",
          parameters: [idParam],
          responses: {
            "200": { description: "Deleted", content: jsonContent(r.okBody) },
            "403": error("A signed-in session from a foreign origin"),
            "404": error("Not found (or another business's)"),
            ...common,
          },
        },
      },
      "/api/vendor-rules": {
        get: {
          summary: "The business's vendor rules",
          responses: { "200": { description: "Rules", content: jsonContent(r.vendorRuleList) }, ...common },
        },
        post: {
          summary: "Add a vendor rule: receipts from a sender get a vendor name, a category or both",
          description:
            "sender_match is an address (that address only) or a domain (it and its subdomains); an address rule beats a domain rule. New imports take the rule; a field a person edited never changes.",
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaOf(createVendorRuleBody, "input") } },
          },
          responses: {
            "201": { description: "The rule", content: jsonContent(r.vendorRuleBody) },
            "400": error(
              "A bad value (names the field), neither vendor_name nor category_id, an unknown field, or malformed JSON",
            ),
            "403": error("A signed-in session from a foreign origin"),
            "409": error("The business has a rule for that sender (vendor_rule_exists)"),
            ...common,
          },
        },
      },
      "/api/vendor-rules/{id}": {
        patch: {
          summary: "Change a vendor rule (receipts already saved keep their values until it is applied)",
          parameters: [idParam],
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaOf(updateVendorRuleBody, "input") } },
          },
          responses: {
            "200": { description: "The rule", content: jsonContent(r.vendorRuleBody) },
            "400": error("A bad value (names the field), a rule left setting nothing, no field, or malformed JSON"),
            "403": error("A signed-in session from a foreign origin"),
            "404": error("Not found (or another business's)"),
            "409": error("Another rule has that sender (vendor_rule_exists)"),
            ...common,
          },
        },
        delete: {
          summary: "Delete a vendor rule; receipts keep what it set",
          parameters: [idParam],
          responses: {
            "200": { description: "Deleted", content: jsonContent(r.okBody) },
            "403": error("A signed-in session from a foreign origin"),
            "404": error("Not found (or another business's)"),
            ...common,
          },
        },
      },
      "/api/vendor-rules/{id}/apply": {
        post: {
          summary: "Apply the rule to receipts already saved from its sender",
          description:
            "Receipts that are not dismissed and that no more specific rule covers take the rule's vendor name and category, each unless a person edited it; every change is in the receipt's history with source rule.",
          parameters: [idParam],
          responses: {
            "200": { description: "How many receipts changed", content: jsonContent(r.vendorRuleApplied) },
            "403": error("A signed-in session from a foreign origin"),
            "404": error("Not found (or another business's)"),
            ...common,
          },
        },
      },
      "/api/keys": {
        get: {
          summary: "The business's API keys (prefix and dates, never the key); session only",
          responses: { "200": { description: "Keys" }, "403": error("Called with an API key"), ...common },
        },
        post: {
          summary: "Create an API key; the key is in this response only; session only",
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaOf(createApiKeyBody, "input") } },
          },
          responses: {
            "201": { description: "The new key, shown once" },
            "400": error("Invalid name or unknown field"),
            "403": error("Called with an API key"),
            ...common,
          },
        },
      },
      "/api/keys/{id}": {
        delete: {
          summary: "Revoke an API key; session only",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          responses: { "200": { description: "Revoked" }, "404": error("Not this business's key"), ...common },
        },
      },
      "/api/businesses": {
        get: {
          summary: "The signed-in user's businesses",
          responses: { "200": { description: "Businesses" }, ...common },
        },
        post: {
          summary: "Create a business owned by the signed-in user",
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaOf(createBusinessBody, "input") } },
          },
          responses: { "201": { description: "The business" }, "400": error("Invalid name or time zone"), ...common },
        },
      },
      "/api/business": {
        get: {
          summary: "The current business's settings: time zone and automatic sync",
          responses: { "200": { description: "The business" }, ...common },
        },
        patch: {
          summary: "Change the current business's time zone or automatic sync; session only",
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaOf(updateBusinessBody, "input") } },
          },
          responses: {
            "200": { description: "The business" },
            "400": error(
              "Not an IANA time zone, an interval outside 15..1440 minutes, months outside 1..60, or unknown field",
            ),
            "403": error("Called with an API key"),
            ...common,
          },
        },
      },
      "/api/gmail/connection": {
        get: {
          summary: "The business's Gmail connection: address and status (never a token)",
          responses: { "200": { description: "connection is null when Gmail was never connected" }, ...common },
        },
      },
      "/api/gmail/connect": {
        get: {
          summary: "Browser redirect to Google's consent page (scope gmail.readonly, offline access)",
          responses: { "302": { description: "To Google; back at /api/gmail/callback" }, ...common },
        },
      },
      "/api/gmail/callback": {
        get: {
          summary:
            "OAuth callback: stores the connection and redirects to /settings?gmail=connected (or ?gmail_error=<code>)",
          responses: { "302": { description: "To Settings" } },
        },
      },
      "/api/gmail/disconnect": {
        post: {
          summary: "Disconnect Gmail and revoke the grant (signed-in users only)",
          responses: {
            "200": { description: "Disconnected" },
            "403": error("An API key cannot disconnect Gmail"),
            ...common,
          },
        },
      },
      "/api/receipts/spending": {
        get: {
          summary: "Spending per month and currency, net of refunds",
          parameters: [...dateParams, ...queryParams(receiptListQuery)],
          responses: {
            "200": { description: "Months", content: jsonContent(r.spendingBody) },
            "400": error("Invalid filter (a bad date, kind or review_status names the parameter)"),
            ...common,
          },
        },
      },
    },
  };
}
