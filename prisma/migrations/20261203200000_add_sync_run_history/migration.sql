-- Incremental sync by Gmail history: each run counts the messages it skipped because Gmail deleted them
-- before they were fetched, and may carry a summary for people (for example that Gmail's history had
-- expired and the run synced by date range instead). Runs from before this count nothing skipped.
-- Idempotent: safe to run twice.
ALTER TABLE "receipt_sync_runs" ADD COLUMN IF NOT EXISTS "skipped_messages" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "receipt_sync_runs" ADD COLUMN IF NOT EXISTS "summary" TEXT;
