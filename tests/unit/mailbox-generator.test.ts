// The generated mailbox is deterministic, honours its options, and its ground truth is consistent;
// it shows the variety of real mail: twelve languages, receipts, invoices and refunds (negative),
// table, split-cell, stacked, plain-text, PDF-only and image layouts, and hard negatives.
import { PDFDocument } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { LEXICON } from "@/lib/gmail-emulator/lexicon";
import { attachmentBytes, generateMailbox, type GeneratedMailbox } from "@/lib/gmail-emulator/mailbox";
import { CURRENCIES, LANGS } from "@/lib/gmail-emulator/money-format";
import { shutdownPdfRenderer } from "@/lib/receipts/ocr/pdf-pages";

type Part = {
  mimeType?: string | null;
  filename?: string | null;
  body?: { data?: string | null; attachmentId?: string | null; size?: number | null } | null;
  parts?: Part[] | null;
};
const header = (
  m: { payload?: { headers?: { name?: string | null; value?: string | null }[] } | null },
  name: string,
) => m.payload?.headers?.find((h) => h.name === name)?.value;
const partsOf = (p: Part | null | undefined): Part[] => (p ? [p, ...(p.parts ?? []).flatMap(partsOf)] : []);
const bodyText = (m: GeneratedMailbox["messages"][number]) =>
  partsOf(m.payload as Part)
    .filter((p) => p.body?.data)
    .map((p) => Buffer.from(p.body!.data!, "base64url").toString())
    .join("\n");

afterAll(() => shutdownPdfRenderer());

describe("generateMailbox", () => {
  const from = new Date("2025-01-01T00:00:00Z");
  const to = new Date("2025-07-01T00:00:00Z");
  const mailbox = generateMailbox({ seed: "unit-test", size: 600, from, to });
  // The demo's size: big enough that every language, kind and layout shows up.
  const big = generateMailbox({ seed: "variety", size: 3000 });
  const byId = new Map(big.messages.map((m) => [m.id, m]));

  it("gives the same mailbox for the same seed and a different one for another seed", () => {
    const again = generateMailbox({ seed: "unit-test", size: 600, from, to });
    expect(JSON.stringify(again.messages)).toBe(JSON.stringify(mailbox.messages));
    expect(again.truth).toEqual(mailbox.truth);
    expect([...again.attachments.keys()]).toEqual([...mailbox.attachments.keys()]);
    for (const [id, bytes] of mailbox.attachments) expect(again.attachments.get(id)?.equals(bytes)).toBe(true);
    expect([...again.pendingAttachments.keys()]).toEqual([...mailbox.pendingAttachments.keys()]);
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

  it("mixes roughly 30% receipts over many vendors, in all twelve languages and their currencies", () => {
    const { receipts, nonReceipts } = big.truth;
    expect(receipts.length + nonReceipts.length).toBe(3000);
    expect(receipts.length / 3000).toBeGreaterThan(0.25);
    expect(receipts.length / 3000).toBeLessThan(0.35);
    expect(new Set(receipts.map((r) => r.vendor)).size).toBeGreaterThanOrEqual(70);
    expect(new Set(receipts.map((r) => r.currency))).toEqual(new Set(CURRENCIES));
    const perLanguage = new Map(LANGS.map((l) => [l, receipts.filter((r) => r.language === l).length]));
    for (const [lang, n] of perLanguage) expect(n, lang).toBeGreaterThanOrEqual(20);
    expect(perLanguage.get("en")! / receipts.length).toBeLessThan(0.5);
    for (const r of receipts) {
      expect(r.amount).toMatch(r.currency === "JPY" ? /^-?\d+$/ : /^-?\d+\.\d{2}$/);
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("writes each language in its own words: total labels appear in the mail of that language", () => {
    for (const lang of LANGS) {
      const labels = LEXICON[lang].labels;
      const words = [...labels.total, ...labels.amountDue, ...labels.refundTotal];
      const bodies = big.truth.receipts
        .filter((r) => r.language === lang && r.source === "body")
        .map((r) => bodyText(byId.get(r.messageId)!));
      expect(bodies.length, lang).toBeGreaterThan(5);
      const labelled = bodies.filter((b) => words.some((w) => b.includes(w)));
      expect(labelled.length / bodies.length, lang).toBeGreaterThan(0.9);
    }
    const subjects = big.messages.map((m) => header(m, "Subject") ?? "");
    for (const word of [
      "Rechnung",
      "facture",
      "factura",
      "fattura",
      "factuur",
      "fatura",
      "Faktura",
      "kvitto",
      "Kvittering",
      "領収書",
      "請求書",
    ]) {
      expect(
        subjects.some((s) => s.includes(word)),
        word,
      ).toBe(true);
    }
  });

  it("has receipts, invoices and refunds; refunds and credit notes carry negative amounts", () => {
    const { receipts, kinds } = big.truth;
    const count = (kind: string) => receipts.filter((r) => r.kind === kind).length;
    expect(count("receipt") / receipts.length).toBeGreaterThan(0.4);
    expect(count("invoice") / receipts.length).toBeGreaterThan(0.2);
    expect(count("refund") / receipts.length).toBeGreaterThan(0.04);
    for (const r of receipts) {
      expect(kinds[r.messageId]).toBe(r.kind);
      if (r.kind === "refund") expect(r.amount, r.messageId).toMatch(/^-/);
      else expect(r.amount, r.messageId).not.toMatch(/^-/);
    }
    // Credit notes, some only as a PDF.
    expect(receipts.some((r) => r.kind === "refund" && r.layout === "pdf-invoice")).toBe(true);
  });

  it("keeps the hard negatives: money mentioned, nothing charged", () => {
    const { nonReceipts, kinds } = big.truth;
    const negativeKinds = new Set(nonReceipts.map((id) => kinds[id]));
    for (const kind of [
      "shipping",
      "newsletter",
      "promotion",
      "payment-failed",
      "awaiting-payment",
      "upcoming-invoice",
      "quote",
      "renewal-reminder",
      "password-reset",
      "personal",
    ]) {
      expect(negativeKinds.has(kind as never), kind).toBe(true);
    }
    for (const kind of ["receipt", "invoice", "refund"]) expect(negativeKinds.has(kind as never)).toBe(false);
    // Quotes sometimes come as a PDF too.
    const quotesWithPdf = nonReceipts.filter(
      (id) =>
        kinds[id] === "quote" && partsOf(byId.get(id)!.payload as Part).some((p) => p.mimeType === "application/pdf"),
    );
    expect(quotesWithPdf.length).toBeGreaterThan(5);
  });

  it("lays receipts out as real senders do, with a small share of till receipt images", () => {
    const { receipts } = big.truth;
    const layouts = new Map<string, number>();
    for (const r of receipts) layouts.set(r.layout, (layouts.get(r.layout) ?? 0) + 1);
    for (const layout of [
      "html-table",
      "html-split",
      "html-stacked",
      "html-jsonld",
      "text",
      "text-below",
      "pdf-invoice",
      "image",
      "forwarded",
    ]) {
      expect(layouts.get(layout) ?? 0, layout).toBeGreaterThanOrEqual(layout === "image" ? 5 : 20);
    }
    const images = layouts.get("image")! / receipts.length;
    expect(images).toBeGreaterThan(0.005);
    expect(images).toBeLessThan(0.03);
    for (const r of receipts.filter((x) => x.layout === "image" || x.layout === "pdf-invoice"))
      expect(r.source).toBe("attachment");
  });

  it("every truth receipt exists, and referenced attachments are real PDFs", async () => {
    const ids = new Map(mailbox.messages.map((m) => [m.id, m]));
    const fromPdf = mailbox.truth.receipts.filter((r) => r.source === "attachment" && r.layout !== "image");
    expect(fromPdf.length).toBeGreaterThan(10);
    for (const r of mailbox.truth.receipts) expect(ids.has(r.messageId)).toBe(true);
    for (const r of fromPdf) {
      const bytes = mailbox.attachments.get(r.attachmentId ?? "");
      expect(bytes?.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const part = ids.get(r.messageId)?.payload?.parts?.find((p) => p.body?.attachmentId === r.attachmentId);
      expect(part?.filename).toMatch(/\.pdf$/);
      expect(part?.body?.size).toBe(bytes?.length);
    }
    const sample = mailbox.attachments.get(fromPdf[0]?.attachmentId ?? "");
    const pdf = await PDFDocument.load(sample ?? Buffer.alloc(0));
    expect(pdf.getPageCount()).toBe(1);
  });

  it("draws till receipt images on first fetch: PNGs of exactly the declared size, the same every time", async () => {
    const images = big.truth.receipts.filter((r) => r.layout === "image").slice(0, 3);
    expect(images.length).toBe(3);
    const again = generateMailbox({ seed: "variety", size: 3000 });
    for (const r of images) {
      const id = r.attachmentId!;
      expect(big.attachments.has(id)).toBe(false);
      const part = partsOf(byId.get(r.messageId)!.payload as Part).find((p) => p.body?.attachmentId === id)!;
      expect(part.mimeType).toBe("image/png");
      expect(part.filename).toMatch(/\.png$/);
      const bytes = (await attachmentBytes(big, id))!;
      expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(bytes.length).toBe(part.body?.size);
      expect(big.attachments.get(id)).toBe(bytes);
      expect(await attachmentBytes(big, id)).toBe(bytes);
      expect((await attachmentBytes(again, id))!.equals(bytes)).toBe(true);
    }
  });

  // How fast it generates is for `npm run bench`, not a timed test on a shared machine.
  it("generates a 5,000-message mailbox with one id per message", () => {
    const mailbox = generateMailbox({ seed: 7, size: 5000 });
    expect(mailbox.messages).toHaveLength(5000);
    expect(new Set(mailbox.messages.map((m) => m.id)).size).toBe(5000);
  });
});
