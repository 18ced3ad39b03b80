// A batch of listed message ids to what the engine saves: fetch them, skip the ones Gmail deleted since
// they were listed (counted, never a failed run), and recognise the rest.
import "server-only";
import type { gmail_v1 } from "@googleapis/gmail";
import type { GmailClient } from "../gmail/client";
import { GmailNotFoundError } from "../gmail/errors";
import type { Logger } from "../log";
import type { CandidateToSave } from "../receipts/candidates";
import type { OcrReader } from "../receipts/recognition/recognise-mail";
import type { ReceiptToSave } from "../receipts/store";
import { recogniseReceipt } from "./recognise";

export interface RecognisedBatch {
  receipts: ReceiptToSave[];
  candidates: CandidateToSave[];
  /** Received time of the oldest message read (lists are newest first: how far a range run got). */
  oldest: Date | null;
  /** Ids Gmail answered 404 for, on the message or one of its attachments. */
  deleted: string[];
  /** Messages the mailbox filter left out (history listings, which Gmail does not filter). */
  filtered: number;
}

export async function recogniseMessages(
  client: GmailClient,
  ids: string[],
  timeZone: string,
  log: Logger,
  ocr: OcrReader | undefined,
  admit?: (message: gmail_v1.Schema$Message) => boolean,
): Promise<RecognisedBatch> {
  // A message deleted since it was listed is skipped and counted, never a failed run.
  const { messages: resources, deleted } = await client.getExistingMessages(ids);
  if (deleted.length)
    log.info({ event: "MESSAGES_DELETED", message_ids: deleted }, "messages deleted before fetching: skipped");
  const receipts: ReceiptToSave[] = [];
  const candidates: CandidateToSave[] = [];
  let oldest: Date | null = null;
  let filtered = 0;
  for (const resource of resources) {
    const receivedAt = new Date(Number(resource.internalDate ?? 0));
    if (!oldest || receivedAt < oldest) oldest = receivedAt;
    if (admit && !admit(resource)) {
      filtered++;
      continue;
    }
    const reading = await recogniseReceipt(client, resource, { timeZone, log, ...(ocr ? { ocr } : {}) }).catch(
      (error: unknown) => {
        // Deleted while its attachments were being read: skipped like a message deleted before fetching.
        if (!(error instanceof GmailNotFoundError)) throw error;
        deleted.push(resource.id ?? "");
        return null;
      },
    );
    if (reading && "receipt" in reading) receipts.push(reading.receipt);
    else if (reading) candidates.push(reading.candidate);
  }
  return { receipts, candidates, oldest, deleted, filtered };
}
