-- Runs are started for a date range or incrementally, and nothing ever started a "full" run, so the type
-- stops offering it. PostgreSQL cannot drop an enum value: the type is rebuilt without it. A "full"
-- row (none exist unless written by hand) becomes a range run with its dates, the same listing.
-- Idempotent: does nothing once the value is gone. The DO block is an E'' string with \073 for its
-- semicolons (see 20261202100000_add_receipt_kind_confidence for why).
DO E'BEGIN
  IF EXISTS (SELECT 1 FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
             WHERE t.typname = ''sync_run_mode'' AND e.enumlabel = ''full'') THEN
    ALTER TYPE "sync_run_mode" RENAME TO "sync_run_mode_with_full"\073
    CREATE TYPE "sync_run_mode" AS ENUM (''range'', ''incremental'')\073
    ALTER TABLE "receipt_sync_runs" ALTER COLUMN "mode" DROP DEFAULT\073
    ALTER TABLE "receipt_sync_runs" ALTER COLUMN "mode" TYPE "sync_run_mode"
      USING (CASE WHEN "mode"::text = ''full'' THEN ''range'' ELSE "mode"::text END)::"sync_run_mode"\073
    ALTER TABLE "receipt_sync_runs" ALTER COLUMN "mode" SET DEFAULT ''range''\073
    DROP TYPE "sync_run_mode_with_full"\073
  END IF\073
END';
