// Runs the product's recognition on every corpus message, exactly as `npm run extract` does.
import fs from "node:fs";
import { recogniseEmlFile } from "../../lib/receipts/recognise-eml";
import type { OcrReader } from "../../lib/receipts/recognition/recognise-mail";
import type { CorpusMessage } from "./corpus";
import type { Scored } from "./score";

export interface CorpusResult extends Scored {
  message: CorpusMessage;
  reasons: string[];
  confidence: number;
  ms: number;
}

export async function recogniseCorpus(messages: CorpusMessage[], ocr?: OcrReader): Promise<CorpusResult[]> {
  const out: CorpusResult[] = [];
  for (const message of messages) {
    const started = performance.now();
    const { receipt } = await recogniseEmlFile(fs.readFileSync(message.emlPath), { ...(ocr ? { ocr } : {}) });
    out.push({
      id: message.id,
      message,
      groups: {
        language: message.language,
        kind: message.expected.kind ?? `not a receipt (${message.negative ?? "other"})`,
        layout: message.layout,
        split: message.split,
      },
      expected: message.expected,
      actual: {
        is_receipt: receipt.isReceipt,
        kind: receipt.kind,
        vendor: receipt.vendor,
        amount: receipt.amount,
        currency: receipt.currency,
        date: receipt.date,
      },
      reasons: receipt.reasons,
      confidence: receipt.confidence,
      ms: performance.now() - started,
    });
  }
  return out;
}
