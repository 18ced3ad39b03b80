-- Worker heartbeats, so a run whose worker died is detected as stale instead of blocking its business
-- forever. Written to be idempotent: safe to run twice, or on a database where it was applied by hand.

ALTER TABLE "receipt_sync_runs" ADD COLUMN IF NOT EXISTS "last_heartbeat_at" TIMESTAMPTZ(6);

-- Runs that were running at deploy time get a fresh heartbeat, so they are not failed as stale the
-- moment the new code starts: they are judged by the 180 s rule from now on.
UPDATE "receipt_sync_runs"
SET "last_heartbeat_at" = now()
WHERE "status" = 'running' AND "last_heartbeat_at" IS NULL;

-- The legacy app could leave several running rows for one business. Keep the newest, fail the others,
-- so the one-running-run guarantee below can be created.
UPDATE "receipt_sync_runs" AS r
SET "status" = 'failed',
    "finished_at" = now(),
    "updated_at" = now(),
    "error_message" = 'Superseded by a newer running run when one-run-per-business was enforced'
WHERE r."status" = 'running'
  AND EXISTS (
    SELECT 1 FROM "receipt_sync_runs" AS newer
    WHERE newer."business_id" = r."business_id"
      AND newer."status" = 'running'
      AND (newer."started_at", newer."id") > (r."started_at", r."id")
  );

-- Finds stale runs (the sweeper) without scanning finished ones.
CREATE INDEX IF NOT EXISTS "idx_receipt_sync_runs_heartbeat"
  ON "receipt_sync_runs"("last_heartbeat_at") WHERE (status = 'running');

-- "Is a run going for this business?" on every Sync press and status poll.
CREATE INDEX IF NOT EXISTS "idx_receipt_sync_runs_business_status"
  ON "receipt_sync_runs"("business_id", "status");

-- At most one running run per business, guaranteed by the database: concurrent starts race here.
CREATE UNIQUE INDEX IF NOT EXISTS "uq_receipt_sync_runs_one_running_per_business"
  ON "receipt_sync_runs"("business_id") WHERE (status = 'running');
