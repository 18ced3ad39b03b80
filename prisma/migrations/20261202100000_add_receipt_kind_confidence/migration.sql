-- What each saved document is (receipt, invoice or refund), how sure recognition was, and which
-- extractor version read it. Refunds and credit notes keep negative amounts, so sums net them off.
-- Idempotent: safe to run twice, or on a database where part of it was applied by hand.
--
-- No semicolon may stand inside a statement: Prisma's driver-adapter migrate (the offline schema
-- engine in ../shared/tools) splits the script at every semicolon, even inside dollar quotes. So the
-- DO block is an E'' string whose inner semicolons are written \073.
--
-- confidence is a domain over DOUBLE PRECISION carrying the 0..1 CHECK, rather than a table CHECK:
-- Prisma reads the column as Float either way, but the offline engine panics on a table CHECK while
-- introspecting, and the CLI then reports no drift at all, which would blind the drift test.

-- CreateEnum and CreateDomain, unless they exist (PostgreSQL has no IF NOT EXISTS for either)
DO E'BEGIN
  IF to_regtype(''receipt_kind'') IS NULL THEN
    CREATE TYPE "receipt_kind" AS ENUM (''receipt'', ''invoice'', ''refund'')\073
  END IF\073
  IF to_regtype(''receipt_confidence'') IS NULL THEN
    CREATE DOMAIN "receipt_confidence" AS DOUBLE PRECISION
      CONSTRAINT "receipt_confidence_range" CHECK (VALUE >= 0 AND VALUE <= 1)\073
  END IF\073
END';

-- Rows saved before kinds were recorded were all charges: the recogniser then skipped refunds.
ALTER TABLE "receipts" ADD COLUMN IF NOT EXISTS "kind" "receipt_kind" NOT NULL DEFAULT 'receipt';

-- NULL on rows read before confidence and versions were recorded.
ALTER TABLE "receipts" ADD COLUMN IF NOT EXISTS "confidence" "receipt_confidence";
ALTER TABLE "receipts" ADD COLUMN IF NOT EXISTS "extractor_version" TEXT;

-- The receipts list, totals, export and chart filtered by kind (kind=refund), in date order.
CREATE INDEX IF NOT EXISTS "idx_receipts_business_kind_date" ON "receipts"("business_id", "kind", "receipt_date", "id");
