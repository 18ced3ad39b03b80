// The JSON shapes the browser reads, mirrored from lib/api/schemas/responses.ts (client bundles must
// not import zod schemas that pull server code).
export type SyncRunStatus = "running" | "completed" | "failed" | "cancelled";

export interface SyncRun {
  id: string;
  mode: "range" | "incremental" | "full";
  from_date: string | null;
  to_date: string | null;
  status: SyncRunStatus;
  messages_scanned: number;
  pages_scanned: number;
  saved_receipts: number;
  estimated_total: number | null;
  progress_percentage: number;
  error_message: string | null;
  started_at: string;
  finished_at: string | null;
  cancel_requested_at: string | null;
  resumed_from_run_id: string | null;
  last_heartbeat_at: string | null;
  seconds_since_heartbeat: number;
  is_stale: boolean;
}

export interface RunProgress {
  messages_scanned: number;
  saved_receipts: number;
  pages_scanned: number;
  progress_percentage: number;
  last_heartbeat_at: string;
  seconds_since_heartbeat: number;
}

export interface Receipt {
  id: string;
  vendor: string;
  amount: string;
  currency: string;
  receipt_date: string;
  subject: string;
  sender: string;
  received_at: string;
  source: "body" | "attachment";
  filename: string | null;
  has_file: boolean;
}

export interface CurrencyTotal {
  currency: string;
  amount: string;
  count: number;
}

export interface ReceiptListBody {
  receipts: Receipt[];
  next_cursor: string | null;
  totals: CurrencyTotal[];
}

export interface MonthSpending {
  month: string;
  currency: string;
  amount: string;
}

export interface GmailConnectionInfo {
  email: string;
  status: "active" | "needs_reauth" | "disconnected";
  demo: boolean;
}

export interface ApiKeyInfo {
  id: string;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
