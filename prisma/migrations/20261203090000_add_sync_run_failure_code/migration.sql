-- How a failed run ended, for programs to branch on (error_message is for people): stale (its worker
-- went silent), gmail_auth (Gmail must be connected again), gmail (Gmail kept failing), unexpected.
-- Idempotent: safe to run twice. The DO block is an E'' string with \073 for its semicolons (see
-- 20261202100000_add_receipt_kind_confidence for why).

-- CreateEnum, unless it exists
DO E'BEGIN
  IF to_regtype(''sync_failure_code'') IS NULL THEN
    CREATE TYPE "sync_failure_code" AS ENUM (''stale'', ''gmail_auth'', ''gmail'', ''unexpected'')\073
  END IF\073
END';

ALTER TABLE "receipt_sync_runs" ADD COLUMN IF NOT EXISTS "failure_code" "sync_failure_code";

-- Runs failed before the code was recorded: the stale ones say so in their message, and a stale run
-- with a checkpoint is what the next start resumes from.
UPDATE "receipt_sync_runs" SET "failure_code" = 'stale'
  WHERE "status" = 'failed' AND "failure_code" IS NULL AND "error_message" LIKE 'Stale run auto-failed:%';
UPDATE "receipt_sync_runs" SET "failure_code" = 'unexpected'
  WHERE "status" = 'failed' AND "failure_code" IS NULL;
