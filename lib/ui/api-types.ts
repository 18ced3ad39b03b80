// The JSON shapes the browser reads, derived from the response schemas the API tests validate real
// responses with (lib/api/schemas/responses.ts). Type-only: nothing of zod reaches the client bundle.
import type { z } from "zod";
import type {
  candidate,
  category,
  gmailHealth,
  mailboxFilters,
  receipt,
  receiptChange,
  receiptList,
  reviewQueueBody,
  sourceEmail,
  spendingBody,
  syncSchedule,
  vendorRule,
} from "@/lib/api/schemas/responses";

export type { RunProgress, SyncRun, SyncRunStatus } from "@/lib/shared/sync-run";
export type Receipt = z.infer<typeof receipt>;
export type ReceiptChange = z.infer<typeof receiptChange>;
export type ReceiptListBody = Omit<z.infer<typeof receiptList>, "success">;
export type CurrencyTotal = ReceiptListBody["totals"][number];
export type Candidate = z.infer<typeof candidate>;
export type ReviewQueueBody = Omit<z.infer<typeof reviewQueueBody>, "success">;
export type ReviewCounts = ReviewQueueBody["counts"];
export type DuplicatePair = NonNullable<ReviewQueueBody["duplicates"]>["duplicates"][number];
export type SourceEmail = z.infer<typeof sourceEmail>;
export type MonthSpending = z.infer<typeof spendingBody>["months"][number];
export type SyncSchedule = z.infer<typeof syncSchedule>;
export type GmailHealth = z.infer<typeof gmailHealth>;
export type MailboxFilters = z.infer<typeof mailboxFilters>;
export type Category = z.infer<typeof category>;
export type VendorRule = z.infer<typeof vendorRule>;

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
