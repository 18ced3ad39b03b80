import { describe, expect, test } from "vitest";
import type { gmail_v1 } from "@googleapis/gmail";
import { toMailMessage } from "@/lib/gmail/message";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");

const nested: gmail_v1.Schema$Message = {
  id: "msg-1",
  threadId: "thr-1",
  internalDate: String(Date.UTC(2024, 4, 2, 9, 30)),
  payload: {
    mimeType: "multipart/mixed",
    headers: [
      { name: "from", value: '"Café Zoë" <billing@cafe.example>' },
      { name: "SUBJECT", value: "Your receipt — €12,50" },
      { name: "Date", value: "Thu, 01 Jan 2015 00:00:00 +0000" },
    ],
    parts: [
      {
        partId: "0",
        mimeType: "multipart/related",
        parts: [
          {
            partId: "0.0",
            mimeType: "multipart/alternative",
            parts: [
              { partId: "0.0.0", mimeType: "text/plain", body: { size: 9, data: b64("Total €12,50 ✓") } },
              { partId: "0.0.1", mimeType: "text/html", body: { size: 20, data: b64("<p>Total <b>€12,50</b></p>") } },
            ],
          },
          { partId: "0.1", mimeType: "image/png", filename: "logo.png", body: { attachmentId: "img-1", size: 120 } },
        ],
      },
      {
        partId: "1",
        mimeType: "application/pdf",
        filename: "invoice.pdf",
        body: { attachmentId: "pdf-1", size: 3456 },
      },
      {
        partId: "2",
        mimeType: "text/csv",
        filename: "",
        headers: [{ name: "Content-Disposition", value: "attachment" }],
        body: { size: 7, data: b64("a,b\n1,2") },
      },
    ],
  },
};

describe("toMailMessage", () => {
  test("walks a nested multipart tree: bodies decoded as UTF-8, attachments listed, headers case-insensitive", () => {
    const m = toMailMessage(nested);
    expect(m).toMatchObject({
      id: "msg-1",
      threadId: "thr-1",
      subject: "Your receipt — €12,50",
      from: '"Café Zoë" <billing@cafe.example>',
      text: "Total €12,50 ✓",
      html: "<p>Total <b>€12,50</b></p>",
    });
    expect(m.receivedAt.toISOString()).toBe("2024-05-02T09:30:00.000Z");
    expect(m.attachments.map(({ data, ...a }) => a)).toEqual([
      { attachmentId: "img-1", filename: "logo.png", mimeType: "image/png", size: 120 },
      { attachmentId: "pdf-1", filename: "invoice.pdf", mimeType: "application/pdf", size: 3456 },
      { attachmentId: "part:2", filename: "attachment", mimeType: "text/csv", size: 7 },
    ]);
    expect(m.attachments[2]?.data?.toString()).toBe("a,b\n1,2");
    expect(m.attachments[1]?.data).toBeUndefined();
  });

  test("a single-part HTML message has html and no text or attachments", () => {
    const m = toMailMessage({
      id: "x",
      internalDate: "1700000000000",
      payload: {
        mimeType: "text/html",
        headers: [{ name: "Subject", value: "Hi" }],
        body: { data: b64("<h1>Hi</h1>") },
      },
    });
    expect(m).toEqual({
      id: "x",
      subject: "Hi",
      from: "",
      receivedAt: new Date(1700000000000),
      html: "<h1>Hi</h1>",
      attachments: [],
    });
  });

  test("a latin-1 part is decoded with its charset", () => {
    const m = toMailMessage({
      id: "l",
      internalDate: "1",
      payload: {
        mimeType: "text/plain",
        headers: [{ name: "Content-Type", value: 'text/plain; charset="ISO-8859-1"' }],
        body: { data: Buffer.from([0x54, 0x6f, 0x74, 0x61, 0x6c, 0x20, 0xa3, 0x35]).toString("base64url") },
      },
    });
    expect(m.text).toBe("Total £5");
  });
});
