// Direct SQL reads the checks rely on: the runs as the database holds them, and the receipts saved
// for a range compared with the emulator's ground truth.
import type pg from "pg";
import { rangeBounds } from "@/lib/gmail/query";
import { toMailMessage } from "@/lib/gmail/message";
import { attachmentBytes, type GeneratedMailbox } from "@/lib/gmail-emulator/mailbox";
import { parseEml } from "@/lib/mail/eml";
import { ocrReader } from "@/lib/receipts/ocr/reader";
import { isCompleteReceipt } from "@/lib/receipts/recognition/extract";
import { recogniseMail } from "@/lib/receipts/recognition/recognise-mail";
import type { Cluster } from "./cluster";
import { TIMEZONE } from "./cluster";
import { waitFor } from "./processes";

export interface RunRow {
  id: string;
  status: "running" | "completed" | "failed" | "cancelled";
  error_message: string | null;
  failure_code: string | null;
  worker_id: string | null;
  messages_scanned: number;
  pages_scanned: number;
  saved_receipts: number;
  resumed_from_run_id: string | null;
  checkpoint: { pages_scanned?: number; messages_scanned?: number; next_page_token?: string | null } | null;
  idle_seconds: number;
}

const RUN_SELECT = `SELECT id::text, status::text, error_message, failure_code::text, worker_id, messages_scanned, pages_scanned, saved_receipts,
  resumed_from_run_id::text, checkpoint,
  extract(epoch FROM now() - coalesce(last_heartbeat_at, started_at))::float AS idle_seconds FROM receipt_sync_runs`;

export async function runById(sql: pg.Pool, id: string): Promise<RunRow> {
  const { rows } = await sql.query<RunRow>(`${RUN_SELECT} WHERE id = $1::uuid`, [id]);
  if (!rows[0]) throw new Error(`no run ${id}`);
  return rows[0];
}

export async function runningRuns(sql: pg.Pool, businessId: string): Promise<RunRow[]> {
  return (await sql.query<RunRow>(`${RUN_SELECT} WHERE business_id = $1::uuid AND status = 'running'`, [businessId]))
    .rows;
}

export async function runCount(sql: pg.Pool, businessId: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM receipt_sync_runs WHERE business_id = $1::uuid`,
    [businessId],
  );
  return rows[0]!.n;
}

/** Waits until the run has left "running"; returns its final row. */
export function runFinished(sql: pg.Pool, id: string, timeoutMs: number): Promise<RunRow> {
  return waitFor(
    `run ${id} to finish`,
    timeoutMs,
    async () => {
      const run = await runById(sql, id);
      return run.status !== "running" ? run : undefined;
    },
    250,
  );
}

export interface LedgerComparison {
  truth: number;
  saved: number;
  /** Ground-truth receipts not saved that a fault-free read of the same message does recognise. */
  lost: number;
  /** Ground-truth receipts not saved because the recogniser misses them on any read (an accuracy gap). */
  unrecognised: number;
  /** Rows beyond the first for one Gmail message. */
  duplicated: number;
  /** Saved receipts that the ground truth does not list. */
  extra: number;
}

/** Whether the recogniser, reading the message straight from the mailbox with no fault anywhere, saves it. */
async function savedOnCleanRead(mailbox: GeneratedMailbox, messageId: string): Promise<boolean> {
  const resource = mailbox.messages.find((m) => m.id === messageId);
  if (!resource) return false;
  const { receipt } = await recogniseMail(toMailMessage(resource), {
    timeZone: TIMEZONE,
    loadAttachment: async (a) => (await attachmentBytes(mailbox, a.attachmentId)) ?? Buffer.alloc(0),
    parseAttachedMessage: (data) => parseEml(data),
    ocr: ocrReader,
  });
  return isCompleteReceipt(receipt);
}

/**
 * The ledger against the ground truth. A receipt missing from it is lost only when a clean read of
 * the same message would have saved it: what the recogniser never finds is its accuracy, measured by
 * `npm run accuracy`, not something a crash or an outage took away.
 */
export async function judgeLedger(
  mailbox: GeneratedMailbox,
  truth: Set<string>,
  saved: Map<string, number>,
): Promise<LedgerComparison> {
  let lost = 0;
  let unrecognised = 0;
  for (const id of truth) {
    if (saved.has(id)) continue;
    if (await savedOnCleanRead(mailbox, id)) lost++;
    else unrecognised++;
  }
  return {
    truth: truth.size,
    saved: [...saved.values()].reduce((a, b) => a + b, 0),
    lost,
    unrecognised,
    duplicated: [...saved.values()].reduce((n, c) => n + c - 1, 0),
    extra: [...saved.keys()].filter((id) => !truth.has(id)).length,
  };
}

/** The receipts of messages received inside the range, against the ground truth of that range. */
export async function compareWithTruth(cluster: Cluster, from: string, to: string): Promise<LedgerComparison> {
  const { after, before } = rangeBounds(from, to, TIMEZONE);
  const { rows } = await cluster.sql.query<{ gmail_message_id: string; n: number }>(
    `SELECT gmail_message_id, count(*)::int AS n FROM receipts
     WHERE business_id = $1::uuid AND received_at >= to_timestamp($2) AND received_at < to_timestamp($3)
     GROUP BY gmail_message_id`,
    [cluster.businessId, after, before],
  );
  return judgeLedger(
    cluster.mailbox,
    new Set(cluster.truthIds(from, to)),
    new Map(rows.map((r) => [r.gmail_message_id, r.n])),
  );
}

export const describeLedger = (c: LedgerComparison) =>
  `truth ${c.truth}, saved ${c.saved}, lost ${c.lost}, duplicated ${c.duplicated} (unrecognised on any read ${c.unrecognised}, extra ${c.extra})`;

/** Nothing lost, nothing saved twice, and the range held receipts to lose. */
export const ledgerIsWhole = (c: LedgerComparison) => c.lost === 0 && c.duplicated === 0 && c.truth > 0 && c.saved > 0;

/** The pid inside a worker id (`host:pid:random`, lib/sync/worker.ts). */
export function pidOfWorkerId(workerId: string | null): number | null {
  const pid = Number(workerId?.split(":")[1]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}
