// A business connected to a generated mailbox served by the Gmail emulator, over a test database,
// with a logger whose JSON lines the test can read.
import pino from "pino";
import { saveGmailConnection } from "@/lib/gmail/connection-store";
import { calendarDateIn } from "@/lib/shared/calendar";
import { rangeBounds } from "@/lib/gmail/query";
import {
  attachmentBytes,
  generateMailbox,
  type GeneratedMailbox,
  type MailboxOptions,
  type TruthReceipt,
} from "@/lib/gmail-emulator/mailbox";
import {
  DEFAULT_REFRESH_TOKEN,
  startGmailEmulator,
  type GmailEmulator,
  type GmailEmulatorOptions,
} from "@/lib/gmail-emulator/server";
import type { Logger } from "@/lib/log";
import { createRunStore, type RunStore } from "@/lib/sync/run-store";
import { createTestPrisma, type DatabaseKind, type TestPrisma } from "./test-database";

export interface LogLine {
  event?: string;
  msg?: string;
  [key: string]: unknown;
}

export interface SyncHarness {
  db: TestPrisma;
  mailbox: GeneratedMailbox;
  emulator: GmailEmulator;
  business: { id: string; timezone: string };
  logger: Logger;
  logs: LogLine[];
  /** The run store on the harness's database (stale threshold `staleAfterSeconds`, default 180 s). */
  runs: RunStore;
  /** Ground-truth receipts whose message Gmail files inside the calendar range (business timezone),
   *  with their kind (receipt | invoice | refund — refunds with negative amounts), language and layout. */
  truthInRange(fromDate: string, toDate: string): TruthReceipt[];
  close(): Promise<void>;
}

export function captureLogger(lines: LogLine[]): Logger {
  return pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
}

export async function createSyncHarness(
  kind: DatabaseKind,
  options: {
    seed: number;
    size: number;
    timezone?: string;
    emulator?: Partial<GmailEmulatorOptions>;
    /** When the generated mail was received (default: the generator's span). */
    mailbox?: Pick<MailboxOptions, "from" | "to">;
    db?: TestPrisma;
    staleAfterSeconds?: number;
  },
): Promise<SyncHarness> {
  const db = options.db ?? (await createTestPrisma(kind));
  const mailbox = generateMailbox({ seed: options.seed, size: options.size, ...options.mailbox });
  const emulator = await startGmailEmulator({ mailbox, ...options.emulator });
  // The generator's ground truth dates undated receipts by their UTC received day.
  const timezone = options.timezone ?? "UTC";
  const business = await db.prisma.business.create({ data: { name: `Business ${options.seed}`, timezone } });
  await saveGmailConnection(db.prisma, business.id, {
    email: "finance@northwind-studio.com",
    refreshToken: DEFAULT_REFRESH_TOKEN,
    apiRootUrl: emulator.url,
  });
  const logs: LogLine[] = [];
  const receivedAt = new Map(mailbox.messages.map((m) => [m.id!, Number(m.internalDate)]));
  return {
    db,
    mailbox,
    emulator,
    business: { id: business.id, timezone },
    logger: captureLogger(logs),
    logs,
    runs: createRunStore(db.prisma, { staleAfterSeconds: options.staleAfterSeconds ?? 180 }),
    truthInRange(fromDate, toDate) {
      const { after, before } = rangeBounds(fromDate, toDate, timezone);
      return mailbox.truth.receipts.filter((r) => {
        const ms = receivedAt.get(r.messageId)!;
        return ms >= after * 1000 && ms < before * 1000;
      });
    },
    async close() {
      await emulator.close();
      if (!options.db) await db.close();
    },
  };
}

/** New mail arriving in a running emulator, attachments and all, with new history ids. */
export async function deliverMail(emulator: GmailEmulator, mailbox: GeneratedMailbox): Promise<void> {
  for (const message of mailbox.messages) {
    const bytes = new Map<string, Buffer>();
    for (const id of attachmentIdsOf(message.payload)) bytes.set(id, (await attachmentBytes(mailbox, id))!);
    emulator.addMessage({ ...message, historyId: undefined }, bytes);
  }
}

function attachmentIdsOf(
  part: { body?: { attachmentId?: string | null } | null; parts?: unknown[] | null } | undefined,
): string[] {
  if (!part) return [];
  const own = part.body?.attachmentId ? [part.body.attachmentId] : [];
  return [...own, ...((part.parts ?? []) as (typeof part)[]).flatMap(attachmentIdsOf)];
}

export { calendarDateIn };
