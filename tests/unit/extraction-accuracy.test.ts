// Extraction measured against a generated mailbox's ground truth, seen only through what Gmail
// serves: the message resource (via the product's toMailMessage) and the attachment bytes.
// Vendors are compared as a bookkeeper compares them (bench/accuracy/score.ts: "SBB" is "SBB CFF
// FFS", "bol.com" is "bol"); amount, currency, date and kind must be exact.
import { afterAll, describe, expect, it } from "vitest";
import { sameVendor } from "@/bench/accuracy/score";
import { attachmentBytes, generateMailbox } from "@/lib/gmail-emulator/mailbox";
import { toMailMessage } from "@/lib/gmail/message";
import { shutdownOcr } from "@/lib/receipts/ocr/index";
import { ocrReader } from "@/lib/receipts/ocr/reader";
import { recogniseMail } from "@/lib/receipts/recognition/recognise-mail";

interface Score {
  precision: number;
  recall: number;
  fieldAccuracy: number;
  kindAccuracy: number;
  receipts: number;
  messages: number;
}

async function measure(seed: string, size: number): Promise<Score> {
  const mailbox = generateMailbox({ seed, size });
  const expected = new Map(mailbox.truth.receipts.map((r) => [r.messageId, r]));
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let exactFields = 0;
  let sameKind = 0;
  for (const resource of mailbox.messages) {
    const message = toMailMessage(resource);
    const { receipt: result } = await recogniseMail(message, {
      // Till receipt images are drawn when first fetched, as the emulator serves them; OCR reads them, as in a sync.
      loadAttachment: async (a) => (await attachmentBytes(mailbox, a.attachmentId)) ?? Buffer.alloc(0),
      ocr: ocrReader,
    });
    const truth = expected.get(message.id);
    if (result.isReceipt && truth) {
      truePositives++;
      const same =
        result.amount === truth.amount &&
        result.currency === truth.currency &&
        result.date === truth.date &&
        sameVendor(truth.vendor, result.vendor);
      if (same) exactFields++;
      if (result.kind === truth.kind) sameKind++;
    } else if (result.isReceipt) falsePositives++;
    else if (truth) falseNegatives++;
  }
  return {
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, truePositives + falseNegatives),
    fieldAccuracy: exactFields / Math.max(1, truePositives),
    kindAccuracy: sameKind / Math.max(1, truePositives),
    receipts: expected.size,
    messages: mailbox.messages.length,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

afterAll(() => shutdownOcr());

describe("extraction accuracy on a generated mailbox", () => {
  // Seeds differ from the one the extractor was developed against.
  it.each(["accuracy-2026-A", "accuracy-2026-B"])(
    "seed %s: precision ≥ 98%, recall ≥ 95%, exact fields ≥ 95%, kind ≥ 95%",
    async (seed) => {
      const score = await measure(seed, 1500);
      console.log(
        `extraction accuracy seed=${seed} messages=${score.messages} receipts=${score.receipts} ` +
          `precision=${pct(score.precision)} recall=${pct(score.recall)} field_accuracy=${pct(score.fieldAccuracy)} kind_accuracy=${pct(score.kindAccuracy)}`,
      );
      expect(score.precision).toBeGreaterThanOrEqual(0.98);
      expect(score.recall).toBeGreaterThanOrEqual(0.95);
      expect(score.fieldAccuracy).toBeGreaterThanOrEqual(0.95);
      expect(score.kindAccuracy).toBeGreaterThanOrEqual(0.95);
    },
    120_000,
  );
});
