// The emulator's Gmail search: each operator and combinator selects exactly the messages Gmail would.
import { describe, expect, test } from "vitest";
import type { gmail_v1 } from "@googleapis/gmail";
import { compileSearch, QueryError } from "@/lib/gmail-emulator/search";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");

interface Spec {
  id: string;
  from: string;
  subject: string;
  text?: string;
  html?: string;
  labels?: string[];
  attachment?: string;
  date?: string;
}

function message(spec: Spec): gmail_v1.Schema$Message {
  const parts: gmail_v1.Schema$MessagePart[] = [];
  if (spec.text) parts.push({ mimeType: "text/plain", body: { data: b64(spec.text) } });
  if (spec.html) parts.push({ mimeType: "text/html", body: { data: b64(spec.html) } });
  if (spec.attachment) {
    parts.push({ mimeType: "application/pdf", filename: spec.attachment, body: { attachmentId: `a-${spec.id}` } });
  }
  return {
    id: spec.id,
    threadId: spec.id,
    labelIds: spec.labels ?? ["INBOX"],
    internalDate: String(Date.parse(spec.date ?? "2026-03-01T12:00:00Z")),
    payload: {
      mimeType: "multipart/mixed",
      headers: [
        { name: "From", value: spec.from },
        { name: "To", value: "books@acme.test" },
        { name: "Subject", value: spec.subject },
      ],
      parts,
    },
  };
}

const mailbox = [
  message({
    id: "shop",
    from: '"Northwind Shop" <orders@shop.northwind.test>',
    subject: "Your receipt for order 1042",
    html: "<style>.total{color:red}</style><p>Thanks! <b>Total</b> &euro;12.50</p>",
    labels: ["INBOX", "CATEGORY_UPDATES", "Paid Bills"],
  }),
  message({
    id: "invoice",
    from: "Billing <billing@contoso.test>",
    subject: "Invoice INV-7 is ready",
    text: "Please find the invoice attached.",
    attachment: "INV-7.pdf",
    labels: ["INBOX", "CATEGORY_UPDATES"],
    date: "2026-02-01T12:00:00Z",
  }),
  message({
    id: "promo",
    from: "Deals <news@shop.northwind.test>",
    subject: "50% off receipts printers",
    text: "Big sale this weekend only.",
    labels: ["INBOX", "CATEGORY_PROMOTIONS"],
  }),
  message({
    id: "friend",
    from: "Ann Lee <ann@example.test>",
    subject: "Dinner on Friday?",
    text: "Let me know, the facturé joke still stands.",
    labels: ["INBOX", "CATEGORY_PERSONAL", "UNREAD"],
  }),
  message({
    id: "ja",
    from: "ヤマダ電機 <info@yamada.test>",
    subject: "ご注文ありがとうございます",
    text: "領収書を添付します。合計 ¥3,300",
    attachment: "ryoshusho.png",
    labels: ["INBOX", "CATEGORY_UPDATES"],
  }),
];

const select = (q: string) => mailbox.filter(compileSearch(q)).map((m) => m.id);

describe("emulator search", () => {
  test.each([
    ["", ["shop", "invoice", "promo", "friend", "ja"]],
    // whole words, any part of the mail, tags and styles left out
    ["receipt", ["shop"]],
    ["total", ["shop"]],
    ["color", []],
    ["invoice", ["invoice"]],
    ['"is ready"', ["invoice"]],
    ['"ready is"', []],
    ["facture", []],
    ["領収書", ["ja"]],
    ["合計", ["ja"]],
    // operators
    ["from:orders@shop.northwind.test", ["shop"]],
    ["from:northwind.test", ["shop", "promo"]],
    ["from:shop.northwind.test", ["shop", "promo"]],
    ["from:wind.test", []],
    ["from:ann", ["friend"]],
    ["-from:northwind.test", ["invoice", "friend", "ja"]],
    ["subject:invoice", ["invoice"]],
    ["subject:thanks", []],
    ['subject:"receipt for order"', ["shop"]],
    ["subject:(receipt order)", ["shop"]],
    ["subject:{invoice dinner}", ["invoice", "friend"]],
    ["label:paid-bills", ["shop"]],
    ['label:"paid bills"', ["shop"]],
    ["-label:paid-bills", ["invoice", "promo", "friend", "ja"]],
    ["label:inbox is:unread", ["friend"]],
    ["category:promotions", ["promo"]],
    ["-category:promotions -category:social", ["shop", "invoice", "friend", "ja"]],
    ["category:primary", ["friend"]],
    ["has:attachment", ["invoice", "ja"]],
    ["filename:pdf", ["invoice"]],
    ["has:attachment filename:pdf", ["invoice"]],
    ["filename:INV-7.pdf", ["invoice"]],
    ["after:2026/02/15", ["shop", "promo", "friend", "ja"]],
    [`before:${Date.parse("2026-02-15T00:00:00Z") / 1000}`, ["invoice"]],
    // combinators
    ["receipt OR invoice", ["shop", "invoice"]],
    ["{receipt invoice 領収書}", ["shop", "invoice", "ja"]],
    ["{receipt invoice} -category:promotions", ["shop", "invoice"]],
    ["(from:northwind.test -category:promotions) OR dinner", ["shop", "friend"]],
    ["-(from:northwind.test OR from:contoso.test)", ["friend", "ja"]],
    ["-{sale dinner}", ["shop", "invoice", "ja"]],
    ["unknown:operator", []],
  ])("%s", (q, expected) => {
    expect(select(q)).toEqual(expected);
  });

  test.each(["(receipt", "receipt)", "{receipt", "receipt OR", "after:yesterday", "has:drive"])(
    "%s is a bad query",
    (q) => {
      expect(() => compileSearch(q)).toThrow(QueryError);
    },
  );
});
