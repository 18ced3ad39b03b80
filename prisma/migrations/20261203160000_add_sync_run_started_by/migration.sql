-- What started each run: a person pressing Sync (manual), a schedule, connecting Gmail (the first
-- import), or a program with an API key (api). Runs from before it was recorded count as manual.
-- Idempotent: safe to run twice. The DO block is an E'' string with \073 for its semicolons (see
-- 20261202100000_add_receipt_kind_confidence for why).
DO E'BEGIN
  IF to_regtype(''sync_run_started_by'') IS NULL THEN
    CREATE TYPE "sync_run_started_by" AS ENUM (''manual'', ''schedule'', ''connect'', ''api'')\073
  END IF\073
END';

ALTER TABLE "receipt_sync_runs" ADD COLUMN IF NOT EXISTS "started_by" "sync_run_started_by" NOT NULL DEFAULT 'manual';
