-- Automatic sync (issue 13): per business, whether it syncs on its own, how often, when next, and how
-- many months the first import after connecting Gmail reads. Columns on businesses, not a table of
-- their own: every business has a schedule from the moment it exists, with these defaults.
-- Idempotent: safe to run twice. The bounds are domains, not table CHECKs (see
-- 20261202100000_add_receipt_kind_confidence for why), in DO blocks with \073 for their semicolons.
DO E'BEGIN
  IF to_regtype(''sync_interval_minutes'') IS NULL THEN
    CREATE DOMAIN "sync_interval_minutes" AS INTEGER
      CONSTRAINT "sync_interval_minutes_range" CHECK (VALUE >= 15 AND VALUE <= 1440)\073
  END IF\073
  IF to_regtype(''first_import_months'') IS NULL THEN
    CREATE DOMAIN "first_import_months" AS INTEGER
      CONSTRAINT "first_import_months_range" CHECK (VALUE >= 1 AND VALUE <= 60)\073
  END IF\073
END';

ALTER TABLE "businesses" ADD COLUMN IF NOT EXISTS "auto_sync" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "businesses" ADD COLUMN IF NOT EXISTS "sync_interval_minutes" "sync_interval_minutes" NOT NULL DEFAULT 60;
ALTER TABLE "businesses" ADD COLUMN IF NOT EXISTS "first_import_months" "first_import_months" NOT NULL DEFAULT 12;
-- Existing businesses are due at once: their first scheduled sync comes at the next scheduler tick.
-- A business created later is first due one default interval after it exists (connecting Gmail sets
-- it again, after the first import).
ALTER TABLE "businesses" ADD COLUMN IF NOT EXISTS "next_sync_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now();
ALTER TABLE "businesses" ALTER COLUMN "next_sync_at" SET DEFAULT (now() + interval '60 minutes');

-- The scheduler's claim reads due businesses in due order.
CREATE INDEX IF NOT EXISTS "idx_businesses_next_sync" ON "businesses"("next_sync_at") WHERE "auto_sync";
