-- Near misses: messages recognition scored close to the line but did not accept, kept with its best
-- reading (no body) so a person can find a missed receipt and promote it. One row per business and
-- message: a later sync updates it, never adds a second. A promoted or dismissed candidate is left alone.
-- Idempotent: safe to run twice. The DO block is an E'' string with \073 for its semicolons (see
-- 20261202100000_add_receipt_kind_confidence for why).

CREATE TABLE IF NOT EXISTS "receipt_candidates" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "business_id" UUID NOT NULL,
    "sync_run_id" UUID,
    "gmail_message_id" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(6) NOT NULL,
    "vendor" TEXT,
    "amount" DECIMAL(18,4),
    "currency" CHAR(3),
    "receipt_date" DATE,
    "confidence" "receipt_confidence" NOT NULL,
    "reasons" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "extractor_version" TEXT NOT NULL,
    "promoted_receipt_id" UUID,
    "dismissed_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "receipt_candidates_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX IF NOT EXISTS "uq_receipt_candidates_business_message" ON "receipt_candidates"("business_id", "gmail_message_id");
-- The review queue lists a business's open candidates newest first.
CREATE INDEX IF NOT EXISTS "idx_receipt_candidates_business_received" ON "receipt_candidates"("business_id", "received_at", "id");

DO E'BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''receipt_candidates_business_id_fkey'') THEN
    ALTER TABLE "receipt_candidates" ADD CONSTRAINT "receipt_candidates_business_id_fkey" FOREIGN KEY ("business_id")
      REFERENCES "businesses"("id") ON DELETE CASCADE ON UPDATE CASCADE\073
  END IF\073
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''receipt_candidates_sync_run_id_fkey'') THEN
    ALTER TABLE "receipt_candidates" ADD CONSTRAINT "receipt_candidates_sync_run_id_fkey" FOREIGN KEY ("sync_run_id")
      REFERENCES "receipt_sync_runs"("id") ON DELETE SET NULL ON UPDATE CASCADE\073
  END IF\073
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = ''receipt_candidates_promoted_receipt_id_fkey'') THEN
    ALTER TABLE "receipt_candidates" ADD CONSTRAINT "receipt_candidates_promoted_receipt_id_fkey" FOREIGN KEY ("promoted_receipt_id")
      REFERENCES "receipts"("id") ON DELETE SET NULL ON UPDATE CASCADE\073
  END IF\073
END';
