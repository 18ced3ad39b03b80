// What the narrowed listing (lib/gmail/receipt-search.ts) saves and what it misses: the same mailbox
// listed through the real googleapis client against the emulator, once unfiltered and once narrowed,
// with the receipts of the ground truth counted on each side.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createGmailClient } from "../../lib/gmail/client";
import { RECEIPT_SEARCH } from "../../lib/gmail/receipt-search";
import { mailboxFromEml } from "../../lib/gmail-emulator/eml-mailbox";
import { generateMailbox } from "../../lib/gmail-emulator/mailbox";
import { DEFAULT_REFRESH_TOKEN, startGmailEmulator } from "../../lib/gmail-emulator/server";
import type { EmulatorMailbox } from "../../lib/gmail-emulator/store";
import { loadCorpus, type CorpusMessage } from "../accuracy/corpus";

export interface NarrowedFigures {
  mailbox: string;
  messages: number;
  listed: number;
  receipts: number;
  receiptsListed: number;
  /** Receipts the narrowed listing leaves out, by name (corpus id or generated message id + kind). */
  missed: string[];
  /** Share of receipts missed, 0..1. */
  missRate: number;
  /** Share of messages not fetched, 0..1. */
  savedShare: number;
}

async function listAll(mailbox: EmulatorMailbox, query: string | undefined): Promise<Set<string>> {
  const emulator = await startGmailEmulator({ mailbox });
  try {
    const client = createGmailClient({
      clientId: "bench",
      clientSecret: "bench",
      refreshToken: DEFAULT_REFRESH_TOKEN,
      rootUrl: emulator.url,
      tokenUrl: emulator.tokenUrl,
      unitsPerSecond: 100_000,
    });
    const ids = new Set<string>();
    let pageToken: string | undefined;
    do {
      const page = await client.listMessageIds({ query, pageToken, maxResults: 500 });
      for (const m of page.messages) ids.add(m.id);
      pageToken = page.nextPageToken;
    } while (pageToken);
    return ids;
  } finally {
    await emulator.close();
  }
}

async function compare(
  name: string,
  mailbox: EmulatorMailbox,
  receipts: Map<string, string>,
): Promise<NarrowedFigures> {
  const all = await listAll(mailbox, undefined);
  const narrowed = await listAll(mailbox, RECEIPT_SEARCH);
  const missed = [...receipts].filter(([id]) => all.has(id) && !narrowed.has(id)).map(([, label]) => label);
  const receiptCount = [...receipts.keys()].filter((id) => all.has(id)).length;
  return {
    mailbox: name,
    messages: all.size,
    listed: narrowed.size,
    receipts: receiptCount,
    receiptsListed: receiptCount - missed.length,
    missed,
    missRate: receiptCount ? missed.length / receiptCount : 0,
    savedShare: all.size ? 1 - narrowed.size / all.size : 0,
  };
}

const gmailIdOf = (corpusId: string) => createHash("sha256").update(corpusId).digest("hex").slice(0, 16);

/** The hand-written corpus (tests/fixtures/mail), optionally one split of it. */
export async function measureCorpus(split?: CorpusMessage["split"]): Promise<NarrowedFigures> {
  const corpus = loadCorpus().filter((m) => !split || m.split === split);
  const mailbox = await mailboxFromEml(corpus.map((m) => ({ id: gmailIdOf(m.id), raw: fs.readFileSync(m.emlPath) })));
  const receipts = new Map(corpus.filter((m) => m.expected.is_receipt).map((m) => [gmailIdOf(m.id), m.id]));
  return compare(split ? `fixture corpus (${split})` : "fixture corpus", mailbox, receipts);
}

/** A generated mailbox: receipts, invoices and refunds among newsletters, shipping notices and personal mail. */
export async function measureGenerated(size: number, seed = "narrowed"): Promise<NarrowedFigures> {
  const box = generateMailbox({
    seed,
    size,
    from: new Date("2026-01-01T00:00:00Z"),
    to: new Date("2026-07-01T00:00:00Z"),
  });
  const receipts = new Map(box.truth.receipts.map((r) => [r.messageId, `${r.messageId} (${r.kind}, ${r.layout})`]));
  return compare(`generated (${size})`, box, receipts);
}
