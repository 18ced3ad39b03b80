// Hostile and broken mail gives a clear reason on the result, never an exception: malformed MIME,
// unknown charsets, HTML bombs, huge bodies, broken and password-protected PDFs, image bombs.
import { describe, expect, it } from "vitest";
import { parseEml } from "@/lib/mail/eml";
import type { MailMessage } from "@/lib/mail/message";
import { recogniseEmlFile } from "@/lib/receipts/recognise-eml";
import { recogniseMail, type OcrReader } from "@/lib/receipts/recognition/recognise-mail";

const mail = (extra: Partial<MailMessage>): MailMessage => ({
  id: "m1",
  from: '"Shop" <billing@shop.example>',
  subject: "Your receipt",
  receivedAt: new Date("2026-03-05T12:00:00Z"),
  attachments: [],
  ...extra,
});
const pdfAttachment = (data: Buffer) => ({
  attachmentId: "a1",
  filename: "invoice.pdf",
  mimeType: "application/pdf",
  size: data.length,
  data,
});

const encryptedPdf = () => {
  const o = `<${"ab".repeat(32)}>`;
  const u = `<${"cd".repeat(32)}>`;
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n4 0 obj<</Filter/Standard/V 1/R 2/O ${o}/U ${u}/P -4>>endobj\ntrailer<</Root 1 0 R/Encrypt 4 0 R/ID[<00112233><00112233>]>>\n%%EOF`,
  );
};

describe("recognition on bad input", () => {
  it("malformed MIME (no boundary, broken headers) is read as far as it goes", async () => {
    const raw =
      "From: Shop <a@b.example>\r\nSubject: Receipt\r\nContent-Type: multipart/mixed\r\n\r\n--??\r\nTotal: 12,00 €\r\n\u0000\u0001garbage";
    const { receipt } = await recogniseEmlFile(Buffer.from(raw));
    expect(receipt.reasons.length).toBeGreaterThan(0);
    expect(receipt.isReceipt).toBe(false);
  });

  it("an unknown charset falls back to UTF-8 instead of failing", async () => {
    const raw =
      "From: Shop <a@b.example>\r\nSubject: Receipt\r\nContent-Type: text/plain; charset=x-unknown-42\r\n\r\nThank you for your order\r\nTotal: 12,00 \u20ac\r\n";
    const message = await parseEml(Buffer.from(raw));
    expect(message.text).toContain("Total");
  });

  it("a 10 MB HTML body and 20 000 nested elements give an answer", async () => {
    const huge = `<html><body><p>Thank you for your order</p><table><tr><td>Total</td><td>12,00 €</td></tr></table>${"<p>filler text</p>".repeat(600_000)}</body></html>`;
    expect(huge.length).toBeGreaterThan(10_000_000);
    const big = await recogniseMail(mail({ html: huge }));
    expect(big.receipt.amount).toBe("12.00");
    const deep = await recogniseMail(mail({ html: `${"<div><span>".repeat(20_000)}Total 5,00 €` }));
    expect(deep.receipt.reasons.length).toBeGreaterThan(0);
  });

  it.each([
    ["a broken PDF", Buffer.from("%PDF-1.4 not really"), /invoice\.pdf unreadable: not a readable PDF/],
    ["a password-protected PDF", encryptedPdf(), /invoice\.pdf unreadable: PDF is password-protected/],
  ])("%s is a reason, and the body is still read", async (_name, data, reason) => {
    const { receipt } = await recogniseMail(
      mail({ text: "Thanks for your payment!\nAmount paid: 9,99 €", attachments: [pdfAttachment(data)] }),
    );
    expect(receipt).toMatchObject({ isReceipt: true, amount: "9.99", currency: "EUR" });
    expect(receipt.reasons.join("\n")).toMatch(reason);
  });

  it("an image OCR refuses (a decompression bomb) is a reason, not a crash", async () => {
    const ocr: OcrReader = {
      image: async () => Promise.reject(new Error("image too large (100000 × 100000 pixels)")),
      pdf: async () => "",
    };
    const image = {
      attachmentId: "i1",
      filename: "receipt.png",
      mimeType: "image/png",
      size: 50_000,
      data: Buffer.alloc(50_000),
    };
    const { receipt } = await recogniseMail(mail({ text: "see attached", attachments: [image] }), { ocr });
    expect(receipt.isReceipt).toBe(false);
    expect(receipt.reasons.join("\n")).toMatch(/OCR of receipt\.png failed: image too large/);
  });

  it("a failure to fetch an attachment is the caller's (a Gmail error must reach the run), not a reason", async () => {
    const attachment = { attachmentId: "a1", filename: "invoice.pdf", mimeType: "application/pdf", size: 1000 };
    await expect(
      recogniseMail(mail({ text: "Your invoice is attached.", attachments: [attachment] }), {
        loadAttachment: async () => Promise.reject(new Error("quota exceeded")),
      }),
    ).rejects.toThrow("quota exceeded");
  });
});
