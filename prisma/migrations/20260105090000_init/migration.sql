-- Receipt Sync schema as the legacy app had it: receipt_sync_runs has no heartbeat yet
-- (20261129120000_add_sync_run_heartbeat adds it).

-- CreateEnum
CREATE TYPE "gmail_connection_status" AS ENUM ('active', 'needs_reauth', 'disconnected');

-- CreateEnum
CREATE TYPE "sync_run_status" AS ENUM ('running', 'completed', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "sync_run_mode" AS ENUM ('range', 'incremental', 'full');

-- CreateEnum
CREATE TYPE "receipt_source" AS ENUM ('body', 'attachment');

-- CreateTable
CREATE TABLE "businesses" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "businesses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "business_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(6),
    "revoked_at" TIMESTAMPTZ(6),

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "gmail_connections" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "business_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "refresh_token_encrypted" TEXT NOT NULL,
    "token_expires_at" TIMESTAMPTZ(6),
    "last_history_id" TEXT,
    "status" "gmail_connection_status" NOT NULL DEFAULT 'active',
    "api_root_url" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "gmail_connections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "receipt_sync_runs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "business_id" UUID NOT NULL,
    "mode" "sync_run_mode" NOT NULL DEFAULT 'range',
    "from_date" DATE,
    "to_date" DATE,
    "status" "sync_run_status" NOT NULL DEFAULT 'running',
    "messages_scanned" INTEGER NOT NULL DEFAULT 0,
    "pages_scanned" INTEGER NOT NULL DEFAULT 0,
    "saved_receipts" INTEGER NOT NULL DEFAULT 0,
    "estimated_total" INTEGER,
    "progress_percentage" INTEGER NOT NULL DEFAULT 0,
    "checkpoint" JSONB,
    "error_message" TEXT,
    "started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(6),
    "cancelled_at" TIMESTAMPTZ(6),
    "cancel_requested_at" TIMESTAMPTZ(6),
    "lease_token" UUID,
    "worker_id" TEXT,
    "claimed_at" TIMESTAMPTZ(6),
    "resumed_from_run_id" UUID,

    CONSTRAINT "receipt_sync_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "receipts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "business_id" UUID NOT NULL,
    "sync_run_id" UUID,
    "gmail_message_id" TEXT NOT NULL,
    "attachment_key" TEXT NOT NULL DEFAULT '',
    "vendor" TEXT NOT NULL,
    "amount" DECIMAL(18,4) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "receipt_date" DATE NOT NULL,
    "subject" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(6) NOT NULL,
    "source" "receipt_source" NOT NULL,
    "filename" TEXT,
    "content_hash" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "receipts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "receipt_files" (
    "receipt_id" UUID NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "receipt_files_pkey" PRIMARY KEY ("receipt_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys"("key_hash");

-- CreateIndex
CREATE INDEX "api_keys_business_id_idx" ON "api_keys"("business_id");

-- CreateIndex
CREATE UNIQUE INDEX "gmail_connections_business_id_key" ON "gmail_connections"("business_id");

-- CreateIndex
CREATE INDEX "idx_receipt_sync_runs_business_started" ON "receipt_sync_runs"("business_id", "started_at" DESC);

-- CreateIndex
CREATE INDEX "idx_receipts_business_date" ON "receipts"("business_id", "receipt_date", "id");

-- CreateIndex
CREATE UNIQUE INDEX "uq_receipts_business_message_attachment" ON "receipts"("business_id", "gmail_message_id", "attachment_key");

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_business_id_fkey" FOREIGN KEY ("business_id") REFERENCES "businesses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gmail_connections" ADD CONSTRAINT "gmail_connections_business_id_fkey" FOREIGN KEY ("business_id") REFERENCES "businesses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "receipt_sync_runs" ADD CONSTRAINT "receipt_sync_runs_business_id_fkey" FOREIGN KEY ("business_id") REFERENCES "businesses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_business_id_fkey" FOREIGN KEY ("business_id") REFERENCES "businesses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_sync_run_id_fkey" FOREIGN KEY ("sync_run_id") REFERENCES "receipt_sync_runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "receipt_files" ADD CONSTRAINT "receipt_files_receipt_id_fkey" FOREIGN KEY ("receipt_id") REFERENCES "receipts"("id") ON DELETE CASCADE ON UPDATE CASCADE;


