-- Possible duplicates: two receipts of a business that look like one purchase (a receipt and its
-- forwarded copy, an invoice and the later payment receipt: same vendor, amount and currency a few days
-- apart, or the same document). Each pair is one row (receipt_id < other_receipt_id), flagged for a
-- person and never merged or dropped. "Not a duplicate" is kept, so a later sync does not flag it again.
-- Idempotent: safe to run twice. The DO block is an E'' string with \073 for its semicolons (see
-- 20261202100000_add_receipt_kind_confidence for why).
DO E'BEGIN
  IF to_regtype(''receipt_duplicate_status'') IS NULL THEN
    CREATE TYPE "receipt_duplicate_status" AS ENUM (''flagged'', ''not_duplicate'')\073
  END IF\073
END';

CREATE TABLE IF NOT EXISTS "receipt_duplicates" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "business_id" UUID NOT NULL,
    "receipt_id" UUID NOT NULL,
    "other_receipt_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "receipt_duplicate_status" NOT NULL DEFAULT 'flagged',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "receipt_duplicates_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX IF NOT EXISTS "uq_receipt_duplicates_pair" ON "receipt_duplicates"("receipt_id", "other_receipt_id");
CREATE INDEX IF NOT EXISTS "idx_receipt_duplicates_business_status" ON "receipt_duplicates"("business_id", "status", "created_at");
CREATE INDEX IF NOT EXISTS "idx_receipt_duplicates_other" ON "receipt_duplicates"("other_receipt_id");

DO E'BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''receipt_duplicates_business_id_fkey'') THEN
    ALTER TABLE "receipt_duplicates" ADD CONSTRAINT "receipt_duplicates_business_id_fkey" FOREIGN KEY ("business_id")
      REFERENCES "businesses"("id") ON DELETE CASCADE ON UPDATE CASCADE\073
  END IF\073
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''receipt_duplicates_receipt_id_fkey'') THEN
    ALTER TABLE "receipt_duplicates" ADD CONSTRAINT "receipt_duplicates_receipt_id_fkey" FOREIGN KEY ("receipt_id")
      REFERENCES "receipts"("id") ON DELETE CASCADE ON UPDATE CASCADE\073
  END IF\073
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''receipt_duplicates_other_receipt_id_fkey'') THEN
    ALTER TABLE "receipt_duplicates" ADD CONSTRAINT "receipt_duplicates_other_receipt_id_fkey" FOREIGN KEY ("other_receipt_id")
      REFERENCES "receipts"("id") ON DELETE CASCADE ON UPDATE CASCADE\073
  END IF\073
END';
