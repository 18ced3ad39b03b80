-- Categories per business (a receipt has at most one), and vendor rules: a sender (an address, or a
-- domain and its subdomains) whose receipts get a vendor name and/or a category. Changes a rule makes are
-- kept in receipt_changes like a person's, with source 'rule' and the rule's id instead of a user.
-- Idempotent: safe to run twice. DO blocks and the function body are E'' strings with \073 for their
-- semicolons (see 20261202100000_add_receipt_kind_confidence for why).
--
-- "A rule sets a vendor name or a category, or both" is a trigger rather than a table CHECK: the offline
-- schema engine panics on a table CHECK while introspecting, which would blind the drift test.

CREATE TABLE IF NOT EXISTS "categories" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "business_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
);
-- One name per business whatever its case: "Travel" and "travel" are the same category.
CREATE UNIQUE INDEX IF NOT EXISTS "uq_categories_business_name" ON "categories"("business_id", lower("name"));

ALTER TABLE "receipts" ADD COLUMN IF NOT EXISTS "category_id" UUID;
-- The receipts list, totals and export filtered by category.
CREATE INDEX IF NOT EXISTS "idx_receipts_business_category" ON "receipts"("business_id", "category_id");

CREATE TABLE IF NOT EXISTS "vendor_rules" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "business_id" UUID NOT NULL,
    "sender_match" TEXT NOT NULL,
    "vendor_name" TEXT,
    "category_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "vendor_rules_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "uq_vendor_rules_business_sender" ON "vendor_rules"("business_id", "sender_match");

DO E'BEGIN
  IF to_regtype(''receipt_change_source'') IS NULL THEN
    CREATE TYPE "receipt_change_source" AS ENUM (''person'', ''rule'')\073
  END IF\073
END';
ALTER TABLE "receipt_changes" ADD COLUMN IF NOT EXISTS "source" "receipt_change_source" NOT NULL DEFAULT 'person';
ALTER TABLE "receipt_changes" ADD COLUMN IF NOT EXISTS "vendor_rule_id" UUID;

DO E'BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''categories_business_id_fkey'') THEN
    ALTER TABLE "categories" ADD CONSTRAINT "categories_business_id_fkey" FOREIGN KEY ("business_id")
      REFERENCES "businesses"("id") ON DELETE CASCADE ON UPDATE CASCADE\073
  END IF\073
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''receipts_category_id_fkey'') THEN
    ALTER TABLE "receipts" ADD CONSTRAINT "receipts_category_id_fkey" FOREIGN KEY ("category_id")
      REFERENCES "categories"("id") ON DELETE SET NULL ON UPDATE CASCADE\073
  END IF\073
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''vendor_rules_business_id_fkey'') THEN
    ALTER TABLE "vendor_rules" ADD CONSTRAINT "vendor_rules_business_id_fkey" FOREIGN KEY ("business_id")
      REFERENCES "businesses"("id") ON DELETE CASCADE ON UPDATE CASCADE\073
  END IF\073
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''vendor_rules_category_id_fkey'') THEN
    ALTER TABLE "vendor_rules" ADD CONSTRAINT "vendor_rules_category_id_fkey" FOREIGN KEY ("category_id")
      REFERENCES "categories"("id") ON DELETE SET NULL ON UPDATE CASCADE\073
  END IF\073
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''receipt_changes_vendor_rule_id_fkey'') THEN
    ALTER TABLE "receipt_changes" ADD CONSTRAINT "receipt_changes_vendor_rule_id_fkey" FOREIGN KEY ("vendor_rule_id")
      REFERENCES "vendor_rules"("id") ON DELETE SET NULL ON UPDATE CASCADE\073
  END IF\073
END';

-- A rule that sets neither is refused. The one exception is the foreign key's own ON DELETE SET NULL
-- (the rule's category is already gone): lib/receipts/categories.ts deletes such rules with the category.
CREATE OR REPLACE FUNCTION "vendor_rules_set_something"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF NEW.vendor_name IS NULL AND NEW.category_id IS NULL
     AND (TG_OP = ''INSERT'' OR OLD.category_id IS NULL
          OR EXISTS (SELECT 1 FROM categories WHERE id = OLD.category_id)) THEN
    RAISE EXCEPTION ''a vendor rule sets a vendor name, a category or both'' USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END';
DROP TRIGGER IF EXISTS "vendor_rules_set_something" ON "vendor_rules";
CREATE TRIGGER "vendor_rules_set_something" BEFORE INSERT OR UPDATE ON "vendor_rules"
  FOR EACH ROW EXECUTE FUNCTION "vendor_rules_set_something"();

-- Every business starts with the same categories (DEFAULT_CATEGORIES in lib/shared/categories.ts gives
-- them to businesses created later). A business that already has a category of that name keeps its own.
INSERT INTO "categories" ("business_id", "name")
SELECT b.id, d.name
FROM "businesses" b
CROSS JOIN (VALUES ('Software & subscriptions'), ('Travel'), ('Meals'), ('Office supplies'), ('Utilities'),
                   ('Advertising & marketing'), ('Shipping & postage'), ('Professional services'), ('Equipment'),
                   ('Other')) AS d(name)
ON CONFLICT ("business_id", lower("name")) DO NOTHING;
