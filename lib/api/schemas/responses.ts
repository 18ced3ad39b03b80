// Response bodies of the API as zod schemas: the OpenAPI document is generated from them, and the
// API tests parse real responses with them, so the document cannot drift from what is served.
import "server-only";
import { z } from "zod";
import { RECEIPT_KINDS } from "../../receipts/kind";
import { RECEIPT_REVIEW_STATUSES } from "../../receipts/review-status";
import { runProgressSchema, syncRunSchema } from "../../shared/sync-run";
import { calendarDay, decimal, isoInstant } from "../../shared/wire";

export const errorBody = z.object({
  success: z.literal(false),
  error: z.string().describe("what went wrong, in words a person can act on"),
  code: z.string().describe("stable machine-readable code"),
});

export const runProgress = runProgressSchema;
export const syncRun = syncRunSchema;

export const syncStarted = z.strictObject({
  success: z.literal(true),
  run: syncRun,
  replaced_stale_run: z
    .strictObject({ run_id: z.uuid(), reason: z.string(), resumed_from_checkpoint: z.boolean() })
    .optional()
    .describe("present when a stale run was failed to make room for this one"),
});

export const syncConflict = z.strictObject({
  success: z.literal(false),
  error: z.literal("Sync already in progress"),
  code: z.literal("sync_in_progress"),
  run_id: z.uuid(),
  progress: runProgress,
});

/** The automatic sync of the business, beside its run in the status response. */
export const syncSchedule = z.strictObject({
  enabled: z.boolean(),
  interval_minutes: z.number().int().min(15).max(1440),
  first_import_months: z.number().int().min(1).max(60),
  next_sync_at: z.iso.datetime({ offset: true }).describe("When the next scheduled run is due"),
  paused_reason: z
    .enum(["gmail_needs_reauth", "gmail_disconnected", "disabled"])
    .nullable()
    .describe("Why no scheduled run will start; null when one will"),
});

/** A business's mailbox filters, in GET and PATCH /api/business. */
export const mailboxFilters = z.strictObject({
  include_labels: z.array(z.string()).describe("Read only mail with one of these labels; empty reads all"),
  exclude_labels: z.array(z.string()),
  allowed_senders: z
    .array(z.string())
    .describe("Addresses or domains always read, even in an excluded category or outside the narrowed listing"),
  blocked_senders: z
    .array(z.string())
    .describe("Addresses or domains never read; their receipts already imported stay"),
  excluded_categories: z.array(z.enum(["promotions", "social", "updates", "forums"])),
  narrowed_listing: z.boolean().describe("Range syncs list only likely receipts (off by default)"),
});

/** Whether Gmail still accepts the business's connection, beside its run in the status response. */
export const gmailHealth = z.strictObject({
  status: z
    .enum(["active", "needs_reauth", "disconnected", "not_connected"])
    .describe("needs_reauth: Google refused the grant (revoked, or expired); no sync runs until someone reconnects"),
  reconnect_url: z
    .string()
    .nullable()
    .describe("where a person in a browser reconnects (the consent screen); null unless needs_reauth"),
});

export const syncStatusBody = z.strictObject({
  success: z.literal(true),
  run: syncRun.nullable(),
  schedule: syncSchedule,
  gmail: gmailHealth,
});
export const syncRunBody = z.strictObject({ success: z.literal(true), run: syncRun });
export const syncRunsBody = z.strictObject({
  success: z.literal(true),
  runs: z.array(syncRun),
  next_cursor: z.uuid().nullable(),
});

export const receipt = z.strictObject({
  id: z.uuid(),
  vendor: z.string(),
  amount: decimal.describe("decimal string; negative for refunds and credit notes"),
  currency: z.string().length(3).describe("ISO 4217"),
  kind: z.enum(RECEIPT_KINDS).describe("receipt (paid), invoice (billed) or refund (money back, amount negative)"),
  confidence: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe("0–1, how sure recognition was; null for receipts read before it was recorded"),
  extractor_version: z
    .string()
    .nullable()
    .describe("version of the recogniser that read it; null for receipts read before versions were recorded"),
  receipt_date: calendarDay,
  subject: z.string(),
  sender: z.string(),
  received_at: isoInstant,
  source: z.enum(["body", "attachment"]),
  filename: z.string().nullable(),
  has_file: z.boolean(),
  gmail_message_id: z.string(),
  sync_run_id: z.uuid().nullable(),
  created_at: isoInstant,
  review_status: z
    .enum(RECEIPT_REVIEW_STATUSES)
    .describe("auto (recognition was sure), needs_review (it was not) or confirmed (a person checked it)"),
  edited_fields: z
    .array(z.string())
    .describe(
      "the fields a person edited (vendor, amount, currency, receipt_date, kind, category): a later sync or rule keeps them",
    ),
  note: z.string().nullable().describe("a person's note"),
  dismissed_at: isoInstant
    .nullable()
    .describe("when a person said 'not a receipt': hidden from lists, totals and the export until restored"),
  category: z
    .strictObject({ id: z.uuid(), name: z.string() })
    .nullable()
    .describe("one of the business's categories; null: uncategorised"),
});

export const receiptList = z.strictObject({
  success: z.literal(true),
  receipts: z.array(receipt),
  next_cursor: z.string().nullable().describe("pass as ?cursor= for the next page; null on the last page"),
  totals: z
    .array(
      z.strictObject({
        currency: z.string(),
        amount: decimal.describe("net of refunds: the sum of the signed amounts"),
        count: z.number().int().describe("receipts, invoices and refunds together"),
        refund_count: z.number().int(),
        refund_amount: decimal.describe("the refunds' share of amount: zero or negative"),
      }),
    )
    .describe("per currency, over the whole filtered set"),
});

export const receiptBody = z.strictObject({ success: z.literal(true), receipt });

export const confirmReceiptsResult = z.strictObject({
  success: z.literal(true),
  confirmed: z.number().int().describe("how many receipts this call confirmed"),
  receipt_ids: z
    .array(z.uuid())
    .describe("the ids it confirmed; ids already confirmed, dismissed, unknown or another business's are not in it"),
});

export const receiptChange = z.strictObject({
  id: z.uuid(),
  field: z
    .string()
    .describe(
      "vendor, amount, currency, receipt_date, kind, note, category (by name); review_status; or dismissed (values 'true'/'false')",
    ),
  old_value: z.string().nullable().describe("as text; amounts with every stored decimal"),
  new_value: z.string().nullable(),
  changed_at: isoInstant,
  user: z
    .strictObject({ id: z.string(), name: z.string(), email: z.string() })
    .nullable()
    .describe("who made the change (or asked to apply the rule that did); null for an API key or a rule on import"),
  source: z.enum(["person", "rule"]).describe("rule: a vendor rule made the change"),
  vendor_rule_id: z.uuid().nullable().describe("the rule that made it; null for a person, or once the rule is deleted"),
});

export const category = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  created_at: isoInstant,
  updated_at: isoInstant,
});
export const categoryBody = z.strictObject({ success: z.literal(true), category });
export const categoryList = z.strictObject({ success: z.literal(true), categories: z.array(category) });

export const vendorRule = z.strictObject({
  id: z.uuid(),
  sender_match: z.string().describe("lower-cased address (billing@acme.com) or domain (acme.com and its subdomains)"),
  vendor_name: z.string().nullable(),
  category: z.strictObject({ id: z.uuid(), name: z.string() }).nullable(),
  created_at: isoInstant,
  updated_at: isoInstant,
});
export const vendorRuleBody = z.strictObject({ success: z.literal(true), vendor_rule: vendorRule });
export const vendorRuleList = z.strictObject({ success: z.literal(true), vendor_rules: z.array(vendorRule) });
export const vendorRuleApplied = z.strictObject({
  success: z.literal(true),
  updated: z.number().int().describe("how many receipts the rule changed"),
});

export const candidate = z.strictObject({
  id: z.uuid(),
  gmail_message_id: z.string(),
  sender: z.string(),
  subject: z.string(),
  received_at: isoInstant,
  vendor: z.string().nullable().describe("recognition's guess"),
  amount: decimal.nullable().describe("the total recognition found"),
  currency: z.string().length(3).nullable(),
  receipt_date: calendarDay.nullable(),
  confidence: z.number().min(0).max(1).describe("how sure recognition was that it is not a receipt"),
  reasons: z.array(z.string()).describe("why it was not taken, for people"),
});

export const candidateList = z.strictObject({
  success: z.literal(true),
  candidates: z.array(candidate).describe("open near misses (not promoted, not dismissed), newest mail first"),
  next_cursor: z.uuid().nullable(),
});

export const okBody = z.strictObject({ success: z.literal(true) });

const duplicatePair = z.strictObject({
  id: z.uuid(),
  reason: z.string().describe("why they look like one purchase, for people"),
  receipts: z.tuple([receipt, receipt]),
});

export const duplicateList = z.strictObject({
  success: z.literal(true),
  duplicates: z.array(duplicatePair).describe("flagged pairs, newest first; a pair with a dismissed receipt drops out"),
  next_cursor: z.uuid().nullable(),
});

const reviewCounts = z
  .strictObject({
    needs_review: z.number().int().min(0),
    candidates: z.number().int().min(0),
    duplicates: z.number().int().min(0),
    total: z.number().int().min(0),
  })
  .describe("what waits in each section, over all pages");

export const reviewQueueBody = z.strictObject({
  success: z.literal(true),
  counts: reviewCounts,
  needs_review: z
    .strictObject({ receipts: z.array(receipt), next_cursor: z.string().nullable() })
    .optional()
    .describe("receipts recognition was unsure of, newest receipt date first"),
  candidates: z
    .strictObject({ candidates: z.array(candidate), next_cursor: z.uuid().nullable() })
    .optional()
    .describe("near misses, newest mail first"),
  duplicates: z
    .strictObject({ duplicates: z.array(duplicatePair), next_cursor: z.uuid().nullable() })
    .optional()
    .describe("flagged pairs, newest first"),
});

export const receiptHistoryBody = z.strictObject({
  success: z.literal(true),
  changes: z.array(receiptChange).describe("oldest first"),
});

export const sourceEmail = z.strictObject({
  subject: z.string(),
  from: z.string().describe("the From header as the sender wrote it"),
  date: z.string().describe("when Gmail received it, ISO 8601"),
  html: z
    .string()
    .nullable()
    .describe(
      "the HTML part made inert on the server: no scripts, forms, event handlers, link targets (a link keeps its text, its address in a title) or remote loads (a remote image becomes its alt text or [image blocked]); null without an HTML part",
    ),
  text: z.string().nullable().describe("the plain-text part as sent; null without one"),
  attachments: z.array(z.strictObject({ filename: z.string(), mime_type: z.string(), size: z.int().min(0) })),
});

export const sourceEmailBody = z.strictObject({ success: z.literal(true), email: sourceEmail });

export const spendingBody = z.strictObject({
  success: z.literal(true),
  months: z.array(
    z.strictObject({
      month: z.string().regex(/^\d{4}-\d{2}$/),
      currency: z.string(),
      amount: decimal.describe("net of the month's refunds"),
    }),
  ),
});
