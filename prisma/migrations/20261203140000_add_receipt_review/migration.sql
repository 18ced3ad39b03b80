-- Review and correction: where each receipt stands with a person (auto: accepted with high confidence,
-- needs_review: recognition was unsure, confirmed: a person checked it), the fields a person edited (a
-- later sync never touches them), a note, and dismissal ("not a receipt": the row stays as the record
-- that keeps the message from being imported again). Every change by a person is kept in
-- receipt_changes. Runs count the untouched receipts they re-read differently (updated_receipts).
-- Idempotent: safe to run twice. The DO block is an E'' string with \073 for its semicolons (see
-- 20261202100000_add_receipt_kind_confidence for why).

-- CreateEnum, unless it exists
DO E'BEGIN
  IF to_regtype(''receipt_review_status'') IS NULL THEN
    CREATE TYPE "receipt_review_status" AS ENUM (''auto'', ''needs_review'', ''confirmed'')\073
  END IF\073
END';

ALTER TABLE "receipts" ADD COLUMN IF NOT EXISTS "review_status" "receipt_review_status" NOT NULL DEFAULT 'auto';
ALTER TABLE "receipts" ADD COLUMN IF NOT EXISTS "edited_fields" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "receipts" ADD COLUMN IF NOT EXISTS "note" TEXT;
ALTER TABLE "receipts" ADD COLUMN IF NOT EXISTS "dismissed_at" TIMESTAMPTZ(6);

-- Receipts saved before review existed: the ones recognition was unsure of (below 0.75,
-- NEEDS_REVIEW_BELOW in lib/receipts/store.ts) wait for a person like new ones do.
UPDATE "receipts" SET "review_status" = 'needs_review'
  WHERE "review_status" = 'auto' AND "confidence" IS NOT NULL AND "confidence" < 0.75;

-- The review queue: a business's receipts waiting for a person, in date order.
CREATE INDEX IF NOT EXISTS "idx_receipts_business_review_date" ON "receipts"("business_id", "review_status", "receipt_date", "id");

ALTER TABLE "receipt_sync_runs" ADD COLUMN IF NOT EXISTS "updated_receipts" INTEGER NOT NULL DEFAULT 0;

-- CreateTable: one row per field a person (or, later, a rule) changed, oldest first.
CREATE TABLE IF NOT EXISTS "receipt_changes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "business_id" UUID NOT NULL,
    "receipt_id" UUID NOT NULL,
    "user_id" TEXT,
    "field" TEXT NOT NULL,
    "old_value" TEXT,
    "new_value" TEXT,
    "changed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "receipt_changes_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "idx_receipt_changes_receipt" ON "receipt_changes"("receipt_id", "changed_at", "id");

DO E'BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''receipt_changes_receipt_id_fkey'') THEN
    ALTER TABLE "receipt_changes" ADD CONSTRAINT "receipt_changes_receipt_id_fkey" FOREIGN KEY ("receipt_id")
      REFERENCES "receipts"("id") ON DELETE CASCADE ON UPDATE CASCADE\073
  END IF\073
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''receipt_changes_business_id_fkey'') THEN
    ALTER TABLE "receipt_changes" ADD CONSTRAINT "receipt_changes_business_id_fkey" FOREIGN KEY ("business_id")
      REFERENCES "businesses"("id") ON DELETE CASCADE ON UPDATE CASCADE\073
  END IF\073
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''receipt_changes_user_id_fkey'') THEN
    ALTER TABLE "receipt_changes" ADD CONSTRAINT "receipt_changes_user_id_fkey" FOREIGN KEY ("user_id")
      REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE\073
  END IF\073
END';
