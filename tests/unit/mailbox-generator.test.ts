// The generated mailbox is deterministic, honours its options, and its ground truth is consistent.
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { generateMailbox } from "@/lib/gmail-emulator/mailbox";

const header = (m: { payload?: { headers?: { name?: string | null; value?: string | null }[] } | null }, name: string) =>
  m.payload?.headers?.find((h) => h.name === name)?.value;

describe("generateMailbox", () => {
  const from = new Date("2025-01-01T00:00:00Z");
  const to = new Date("2025-07-01T00:00:00Z");
  const mailbox = generateMailbox({ seed: "unit-test", size: 600, from, to });

  it("gives the same mailbox for the same seed and a different one for another seed", () => {
    const again = generateMailbox({ seed: "unit-test", size: 600, from, to });
    expect(JSON.stringify(again.messages)).toBe(JSON.stringify(mailbox.messages));
    expect(again.truth).toEqual(mailbox.truth);
    expect([...again.attachments.keys()]).toEqual([...mailbox.attachments.keys()]);
    const other = generateMailbox({ seed: "another", size: 600, from, to });
    expect(other.messages.map((m) => m.id)).not.toEqual(mailbox.messages.map((m) => m.id));
  });

  it("honours size and the date range, with unique ids and increasing history ids", () => {
    expect(mailbox.messages).toHaveLength(600);
    expect(mailbox.truth.size).toBe(600);
    expect(new Set(mailbox.messages.map((m) => m.id)).size).toBe(600);
    let lastHistory = 0;
    for (const m of mailbox.messages) {
      expect(m.id).toMatch(/^[0-9a-f]{16}$/);
      const at = Number(m.internalDate);
      expect(at).toBeGreaterThanOrEqual(from.getTime());
      expect(at).toBeLessThan(to.getTime());
      expect(Number(m.historyId)).toBeGreaterThan(lastHistory);
      lastHistory = Number(m.historyId);
      for (const name of ["From", "To", "Subject", "Date", "Message-ID"]) expect(header(m, name)).toBeTruthy();
    }
  });

  it("mixes roughly 30% receipts over many vendors and currencies", () => {
    const { receipts, nonReceipts } = mailbox.truth;
    expect(receipts.length + nonReceipts.length).toBe(600);
    expect(receipts.length / 600).toBeGreaterThan(0.2);
    expect(receipts.length / 600).toBeLessThan(0.4);
    expect(new Set(receipts.map((r) => r.vendor)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(receipts.map((r) => r.currency))).toEqual(new Set(["USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "INR"]));
    for (const r of receipts) {
      expect(r.amount).toMatch(r.currency === "JPY" ? /^\d+$/ : /^\d+\.\d{2}$/);
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("every truth receipt exists, and referenced attachments are real PDFs", async () => {
    const byId = new Map(mailbox.messages.map((m) => [m.id, m]));
    const fromAttachment = mailbox.truth.receipts.filter((r) => r.source === "attachment");
    expect(fromAttachment.length).toBeGreaterThan(10);
    for (const r of mailbox.truth.receipts) expect(byId.has(r.messageId)).toBe(true);
    for (const r of fromAttachment) {
      const bytes = mailbox.attachments.get(r.attachmentId ?? "");
      expect(bytes?.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const part = byId.get(r.messageId)?.payload?.parts?.find((p) => p.body?.attachmentId === r.attachmentId);
      expect(part?.filename).toMatch(/\.pdf$/);
      expect(part?.body?.size).toBe(bytes?.length);
    }
    const sample = mailbox.attachments.get(fromAttachment[0]?.attachmentId ?? "");
    const pdf = await PDFDocument.load(sample ?? Buffer.alloc(0));
    expect(pdf.getPageCount()).toBe(1);
  });

  it("generates 5,000 messages quickly", () => {
    const started = performance.now();
    generateMailbox({ seed: 7, size: 5000 });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
