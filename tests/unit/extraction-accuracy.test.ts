// Extraction measured against a generated mailbox's ground truth, seen only through what Gmail
// serves: the message resource (via the product's toMailMessage) and the attachment bytes.
import { describe, expect, it } from "vitest";
import { generateMailbox } from "@/lib/gmail-emulator/mailbox";
import { toMailMessage } from "@/lib/gmail/message";
import { recogniseMail } from "@/lib/receipts/recognition/recognise-mail";

interface Score {
  precision: number;
  recall: number;
  fieldAccuracy: number;
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
  for (const resource of mailbox.messages) {
    const message = toMailMessage(resource);
    const { receipt: result } = await recogniseMail(message, {
      loadAttachment: async (a) => mailbox.attachments.get(a.attachmentId) ?? Buffer.alloc(0),
    });
    const truth = expected.get(message.id);
    if (result.isReceipt && truth) {
      truePositives++;
      const same = result.amount === truth.amount && result.currency === truth.currency && result.date === truth.date && result.vendor === truth.vendor;
      if (same) exactFields++;
    } else if (result.isReceipt) falsePositives++;
    else if (truth) falseNegatives++;
  }
  return {
    precision: truePositives / Math.max(1, truePositives + falsePositives),
    recall: truePositives / Math.max(1, truePositives + falseNegatives),
    fieldAccuracy: exactFields / Math.max(1, truePositives),
    receipts: expected.size,
    messages: mailbox.messages.length,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe("extraction accuracy on a generated mailbox", () => {
  // Seeds differ from the one the extractor was developed against.
  it.each(["accuracy-2026-A", "accuracy-2026-B"])("seed %s: precision ≥ 98%, recall ≥ 95%, exact fields ≥ 95%", async (seed) => {
    const score = await measure(seed, 1500);
    console.log(
      `extraction accuracy seed=${seed} messages=${score.messages} receipts=${score.receipts} ` +
        `precision=${pct(score.precision)} recall=${pct(score.recall)} field_accuracy=${pct(score.fieldAccuracy)}`,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.fieldAccuracy).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
