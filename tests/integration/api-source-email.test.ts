// The source email through the real handlers, read from the Gmail emulator by the real googleapis
// client, on both databases: a receipt's and a candidate's email with its HTML made inert, a plain-text
// email, another business's ids (session and key) 404, and Gmail not connected, revoked or without
// the message in the product's words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as candidateSourceRoute } from "@/app/api/review/candidates/[id]/source/route";
import { GET as receiptSourceRoute } from "@/app/api/receipts/[id]/source/route";
import { sourceEmailBody } from "@/lib/api/schemas/responses";
import { saveGmailConnection } from "@/lib/gmail/connection-store";
import { generateMailbox } from "@/lib/gmail-emulator/mailbox";
import { DEFAULT_REFRESH_TOKEN, startGmailEmulator, type GmailEmulator } from "@/lib/gmail-emulator/server";
import {
  call,
  expectBody,
  expectError,
  seedBusiness,
  seedReceipt,
  type SeededBusiness,
  useApiDatabase,
} from "../support/api-harness";
import {
  HOSTILE_BENIGN_TEXT,
  HOSTILE_HOSTS,
  HOSTILE_MESSAGE_ID,
  HOSTILE_SUBJECT,
  hostileReceiptMessage,
} from "../support/hostile-email";
import { DATABASE_KINDS } from "../support/test-database";

type Headers = Record<string, string>;
const REVOKED_TOKEN = "refresh-token-to-revoke";
const RECEIVED = new Date("2026-03-04T10:00:00Z");

describe.each(DATABASE_KINDS)("source email API on %s", (kind) => {
  const db = useApiDatabase(kind);
  let emulator: GmailEmulator;
  let a: SeededBusiness;
  let b: SeededBusiness;
  let hostileReceipt: string;
  let plainReceipt: string;
  let goneReceipt: string;
  let receiptOfB: string;
  let candidate: string;

  /** A receipt row of `business` pointing at Gmail message `messageId`, as a sync saves it. */
  const receiptFor = async (business: SeededBusiness, messageId: string) => {
    const id = await seedReceipt(db.prisma, business.id, {
      vendor: "Hostile Test Shop",
      amount: "42.00",
      date: "2026-03-04",
    });
    await db.prisma.receipt.update({ where: { id }, data: { gmailMessageId: messageId } });
    return id;
  };
  const connect = (business: SeededBusiness, refreshToken = DEFAULT_REFRESH_TOKEN) =>
    saveGmailConnection(db.prisma, business.id, {
      email: "finance@northwind-studio.com",
      refreshToken,
      apiRootUrl: emulator.url,
    });

  beforeAll(async () => {
    const mailbox = generateMailbox({ seed: 12, size: 10 });
    emulator = await startGmailEmulator({ mailbox, refreshTokens: [DEFAULT_REFRESH_TOKEN, REVOKED_TOKEN] });
    emulator.addMessage(hostileReceiptMessage(RECEIVED));
    const plain = mailbox.messages[0]!;
    emulator.addMessage({
      id: "plain-text-0001",
      threadId: "plain-text-0001",
      internalDate: String(RECEIVED.getTime()),
      payload: {
        mimeType: "text/plain",
        headers: [
          { name: "From", value: "Corner Café <till@corner.example>" },
          { name: "Subject", value: "Receipt <b>not bold</b>" },
          { name: "Content-Type", value: "text/plain; charset=UTF-8" },
        ],
        body: { data: Buffer.from("Total <script>€4.20</script>\nThanks!", "utf8").toString("base64url") },
      },
    });
    a = await seedBusiness(db.prisma, { name: "A", session: true, gmail: false });
    b = await seedBusiness(db.prisma, { name: "B", session: true, gmail: false });
    await connect(a);
    hostileReceipt = await receiptFor(a, HOSTILE_MESSAGE_ID);
    plainReceipt = await receiptFor(a, "plain-text-0001");
    goneReceipt = await receiptFor(a, "deleted-from-gmail");
    receiptOfB = await receiptFor(b, plain.id!);
    candidate = (
      await db.prisma.receiptCandidate.create({
        data: {
          businessId: a.id,
          gmailMessageId: HOSTILE_MESSAGE_ID,
          sender: "Hostile Test Shop <receipts@hostile-shop.example>",
          subject: HOSTILE_SUBJECT,
          receivedAt: RECEIVED,
          confidence: 0.6,
          reasons: ["receipt evidence 2"],
          extractorVersion: "2.1.0",
        },
        select: { id: true },
      })
    ).id;
  });
  afterAll(async () => emulator?.close());

  const receiptSource = (id: string, headers: Headers = a.bearer) =>
    call(receiptSourceRoute, `/api/receipts/${id}/source`, { headers, params: { id } });
  const candidateSource = (id: string, headers: Headers = a.bearer) =>
    call(candidateSourceRoute, `/api/review/candidates/${id}/source`, { headers, params: { id } });

  it("answers a receipt's email from Gmail with its HTML inert and its words intact, never cached", async () => {
    const before = emulator.stats.count("messages.get", 200);
    const response = await receiptSource(hostileReceipt, a.session);
    const { email } = expectBody(response, 200, sourceEmailBody);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(emulator.stats.count("messages.get", 200)).toBe(before + 1);
    expect(email).toMatchObject({
      subject: HOSTILE_SUBJECT,
      from: "Hostile Test Shop <receipts@hostile-shop.example>",
      date: RECEIVED.toISOString(),
      attachments: [],
    });
    expect(email.text).toContain("Total $42.00");
    for (const text of HOSTILE_BENIGN_TEXT) expect(email.html).toContain(text);
    for (const bad of [...HOSTILE_HOSTS, "<script", "onerror", "onload", "javascript:", "<form", "url(", "__pwned"]) {
      expect(email.html).not.toContain(bad);
    }
  });

  it("answers a candidate's email the same way", async () => {
    const { email } = expectBody(await candidateSource(candidate), 200, sourceEmailBody);
    expect(email.subject).toBe(HOSTILE_SUBJECT);
    expect(email.html).toContain("Espresso grinder");
    expect(email.html).not.toContain("tracker.example");
  });

  it("gives a plain-text email as text, as sent, with no HTML", async () => {
    const { email } = expectBody(await receiptSource(plainReceipt), 200, sourceEmailBody);
    expect(email).toMatchObject({
      subject: "Receipt <b>not bold</b>",
      html: null,
      text: "Total <script>€4.20</script>\nThanks!",
    });
  });

  it("answers another business's receipt or candidate, and malformed ids, as unknown (404), by session and by key", async () => {
    for (const headers of [b.bearer, b.session]) {
      expectError(await receiptSource(hostileReceipt, headers), 404, { error: "Receipt not found", code: "not_found" });
      expectError(await candidateSource(candidate, headers), 404, { error: "Candidate not found", code: "not_found" });
    }
    expectError(await receiptSource(receiptOfB), 404, { error: "Receipt not found", code: "not_found" });
    expectError(await receiptSource("not-a-uuid"), 404, { error: "Receipt not found", code: "not_found" });
    expectError(await candidateSource(hostileReceipt), 404, { error: "Candidate not found", code: "not_found" });
    expectError(await receiptSource(hostileReceipt, {}), 401, {
      error: "Sign in or send an API key: Authorization: Bearer <key>",
      code: "unauthorized",
    });
  });

  it("says when Gmail no longer has the message (404 source_not_found)", async () => {
    expectError(await receiptSource(goneReceipt), 404, {
      error: "The email is no longer in the Gmail mailbox",
      code: "source_not_found",
    });
  });

  it("says when Gmail is not connected (409 gmail_not_connected)", async () => {
    expectError(await receiptSource(receiptOfB, b.bearer), 409, {
      error: "Gmail is not connected for this business: connect it in Settings first",
      code: "gmail_not_connected",
    });
    await db.prisma.gmailConnection.update({ where: { businessId: a.id }, data: { status: "disconnected" } });
    try {
      expectError(await receiptSource(hostileReceipt), 409, {
        error: "Gmail is not connected for this business: connect it in Settings first",
        code: "gmail_not_connected",
      });
    } finally {
      await db.prisma.gmailConnection.update({ where: { businessId: a.id }, data: { status: "active" } });
    }
  });

  it("says when Gmail access was revoked (409 gmail_needs_reauth)", async () => {
    await connect(b, REVOKED_TOKEN);
    expectBody(await receiptSource(receiptOfB, b.bearer), 200, sourceEmailBody);
    emulator.revokeRefreshToken(REVOKED_TOKEN);
    expectError(await receiptSource(receiptOfB, b.bearer), 409, {
      error: "Gmail access was revoked or expired, so the email can't be shown: connect Gmail again in Settings",
      code: "gmail_needs_reauth",
    });
  });
});
