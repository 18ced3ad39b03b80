-- Mailbox filters (issue 13): which Gmail labels, senders and categories a business's syncs read, and
-- whether the narrowed listing (lib/gmail/receipt-search.ts) is added to the search. Empty lists read
-- everything, and the narrowed listing starts off: that is how every business synced before.
-- Sender entries are lowercase addresses or domains, categories are Gmail's tab names (promotions,
-- social, updates, forums). The API validates both (lib/api/schemas/businesses.ts).
-- Idempotent: safe to run twice.
ALTER TABLE "businesses" ADD COLUMN IF NOT EXISTS "mail_include_labels" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "businesses" ADD COLUMN IF NOT EXISTS "mail_exclude_labels" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "businesses" ADD COLUMN IF NOT EXISTS "mail_allowed_senders" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "businesses" ADD COLUMN IF NOT EXISTS "mail_blocked_senders" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "businesses" ADD COLUMN IF NOT EXISTS "mail_excluded_categories" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "businesses" ADD COLUMN IF NOT EXISTS "narrowed_listing" BOOLEAN NOT NULL DEFAULT false;
