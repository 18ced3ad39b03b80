// The product's Gmail client against the emulator: paging, pacing, retries, token refresh, typed errors.
import { afterEach, describe, expect, test } from "vitest";
import { createGmailClient, type GmailClientOptions } from "@/lib/gmail/client";
import {
  GmailAuthError,
  GmailHistoryExpiredError,
  GmailNotFoundError,
  GmailRetriesExhaustedError,
} from "@/lib/gmail/errors";
import { toMailMessage } from "@/lib/gmail/message";
import { rangeQuery } from "@/lib/gmail/query";
import {
  DEFAULT_REFRESH_TOKEN,
  startGmailEmulator,
  type GmailEmulator,
  type GmailEmulatorOptions,
} from "@/lib/gmail-emulator/server";
import { attachmentBytes, generateMailbox, type GeneratedMailbox } from "@/lib/gmail-emulator/mailbox";
import { headerValue } from "@/lib/gmail/message";

const START = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;
const newestIds = (box: GeneratedMailbox) =>
  [...box.messages].sort((a, b) => Number(b.internalDate) - Number(a.internalDate)).map((m) => m.id ?? "");
/** Attachment ids per message, read from the part trees. */
const attachmentIds = (box: GeneratedMailbox) =>
  box.messages.flatMap((m) =>
    (m.payload?.parts ?? []).flatMap((p) => (p.body?.attachmentId ? [p.body.attachmentId] : [])),
  );
const GMAIL_ROUTES = ["profile", "messages.list", "messages.get", "attachments.get", "history.list"] as const;

let emulators: GmailEmulator[] = [];
afterEach(async () => {
  await Promise.all(emulators.map((e) => e.close()));
  emulators = [];
});

/** An emulator over a generated mailbox of `count` messages spread over January 2024. */
async function emulator(
  opts: Partial<GmailEmulatorOptions> & { count?: number } = {},
): Promise<GmailEmulator & { box: GeneratedMailbox }> {
  const box = generateMailbox({
    seed: opts.seed ?? 11,
    size: opts.count ?? 30,
    from: new Date(START),
    to: new Date(START + 31 * DAY),
  });
  const emu = await startGmailEmulator({ mailbox: box, ...opts });
  emulators.push(emu);
  return Object.assign(emu, { box });
}

function client(emu: GmailEmulator, extra: Partial<GmailClientOptions> = {}) {
  return createGmailClient({
    clientId: "client-id",
    clientSecret: "client-secret",
    refreshToken: DEFAULT_REFRESH_TOKEN,
    rootUrl: emu.url,
    tokenUrl: emu.tokenUrl,
    retry: { baseDelayMs: 2, maxDelayMs: 20 },
    unitsPerSecond: 10_000, // no pacing unless a test is about the quota
    ...extra,
  });
}

const gmailRequests = (emu: GmailEmulator, status?: number | "dropped") =>
  GMAIL_ROUTES.reduce((n, r) => n + emu.stats.count(r, status), 0);

/** What the sync engine does: page through the range, fetch every message and its attachments. */
async function syncAll(gc: ReturnType<typeof createGmailClient>, query: string, pageSize: number) {
  const ids: string[] = [];
  let pageToken: string | undefined;
  do {
    const page = await gc.listMessageIds({ query, pageToken, maxResults: pageSize });
    ids.push(...page.messages.map((m) => m.id));
    pageToken = page.nextPageToken;
  } while (pageToken);
  const messages = (await gc.getMessages(ids)).map(toMailMessage);
  const attachments = new Map<string, Buffer>();
  for (const m of messages) {
    for (const a of m.attachments) attachments.set(a.attachmentId, await gc.getAttachment(m.id, a.attachmentId));
  }
  return { ids, messages, attachments };
}

describe("Gmail client", () => {
  test("lists a calendar range newest first and fetches every message and attachment", async () => {
    const emu = await emulator({ count: 200 });
    const gc = client(emu);
    // 2024-01-10 through 2024-01-16 in Los Angeles: from 08:00 UTC on the 10th to 08:00 UTC on the 17th.
    const query = rangeQuery("2024-01-10", "2024-01-16", "America/Los_Angeles");
    const [from, to] = [Date.UTC(2024, 0, 10, 8), Date.UTC(2024, 0, 17, 8)];
    const inRange = emu.box.messages.filter((m) => Number(m.internalDate) >= from && Number(m.internalDate) < to);
    const expectedIds = newestIds({ ...emu.box, messages: inRange });
    expect(expectedIds.length).toBeGreaterThan(25);

    const { ids, messages, attachments } = await syncAll(gc, query, 20);
    expect(ids).toEqual(expectedIds);
    expect(emu.stats.count("messages.list", 200)).toBe(Math.ceil(expectedIds.length / 20));
    for (const m of messages) {
      const resource = inRange.find((r) => r.id === m.id);
      expect(m.subject).toBe(headerValue(resource?.payload, "Subject"));
      expect(m.receivedAt.getTime()).toBe(Number(resource?.internalDate));
      expect(m.html ?? m.text).toBeTruthy();
    }
    const expectedAttachments = attachmentIds({ ...emu.box, messages: inRange });
    expect(expectedAttachments.length).toBeGreaterThan(0);
    expect([...attachments.keys()].sort()).toEqual([...expectedAttachments].sort());
    for (const [id, bytes] of attachments)
      expect(bytes.equals((await attachmentBytes(emu.box, id)) ?? Buffer.alloc(0))).toBe(true);
    expect((await gc.listMessageIds({ query })).resultSizeEstimate).toBe(expectedIds.length);
  });

  test("with 10% of every fault kind, a full sync still returns every message exactly once", async () => {
    const emu = await emulator({
      count: 60,
      seed: 7,
      faults: {
        rate429: 0.1,
        rate403: 0.1,
        rate500: 0.1,
        rate503: 0.1,
        dropRate: 0.1,
        expireTokenRate: 0.1,
        slowRate: 0.1,
        slowMs: 150,
      },
    });
    const waits: string[] = [];
    const gc = client(emu, {
      requestTimeoutMs: 100,
      retry: { maxAttempts: 25, baseDelayMs: 2, maxDelayMs: 20 },
      onWait: (_ms, reason) => void waits.push(reason),
    });
    const { ids, messages, attachments } = await syncAll(gc, "", 10);
    expect(ids).toEqual(newestIds(emu.box));
    expect(new Set(ids).size).toBe(60);
    expect(messages.map((m) => m.id)).toEqual(ids);
    expect(messages.map((m) => m.subject)).toEqual(
      ids.map((id) => headerValue(emu.box.messages.find((r) => r.id === id)?.payload, "Subject")),
    );
    expect([...attachments.keys()].sort()).toEqual(attachmentIds(emu.box).sort());
    // Every kind of fault really happened and was absorbed.
    for (const status of [429, 403, 500, 503, 401, "dropped"] as const)
      expect(gmailRequests(emu, status)).toBeGreaterThan(0);
    expect(gc.stats.retries).toBeGreaterThan(20);
    expect(waits.some((r) => /TimeoutError/.test(r))).toBe(true);
    expect(gc.stats.tokenRefreshes).toBe(emu.stats.count("token", 200));
  });

  test("with Gmail's quota enforced, the pacer keeps a 100-message burst free of 429s", async () => {
    const emu = await emulator({ count: 100, quota: true });
    const gc = client(emu, { concurrency: 20, unitsPerSecond: 200 }); // the production default
    const started = performance.now();
    const { messages } = await syncAll(gc, "", 500);
    expect(messages).toHaveLength(100);
    expect(gmailRequests(emu, 429)).toBe(0);
    expect(gc.stats.retries).toBe(0);
    // Every call costs 5 units; after the 200-unit burst the pacer spends 200 units/s.
    const units =
      5 * (emu.stats.count("messages.list") + emu.stats.count("messages.get") + emu.stats.count("attachments.get"));
    expect(units).toBeGreaterThan(500);
    expect(performance.now() - started).toBeGreaterThan(((units - 200) / 200) * 1000 - 50);
  });

  test("without pacing, the quota's 429s are retried after Retry-After and nothing is lost", async () => {
    const emu = await emulator({ count: 150, quota: true });
    const waits: number[] = [];
    const gc = client(emu, { unitsPerSecond: 100_000, concurrency: 50, onWait: (ms) => void waits.push(ms) });
    const { messages } = await syncAll(gc, "", 500);
    expect(messages).toHaveLength(150);
    expect(emu.stats.count("messages.get", 429)).toBeGreaterThan(0);
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(1000); // Retry-After: 1
  });

  test("an expired access token triggers exactly one refresh, also for concurrent requests", async () => {
    const emu = await emulator();
    const gc = client(emu);
    await gc.getProfile();
    expect(emu.stats.count("token")).toBe(1);
    emu.expireAccessTokens();
    expect(await gc.getProfile()).toMatchObject({ emailAddress: "finance@northwind-studio.com", messagesTotal: 30 });
    expect(emu.stats.count("token", 200)).toBe(2);
    expect(emu.stats.count("profile", 401)).toBe(1);
    emu.expireAccessTokens();
    const ids = (await gc.listMessageIds({})).messages.map((m) => m.id);
    expect(emu.stats.count("token", 200)).toBe(3);
    emu.expireAccessTokens();
    await gc.getMessages(ids, { concurrency: 10 });
    expect(emu.stats.count("token", 200)).toBe(4);
    expect(emu.stats.count("messages.get", 401)).toBeLessThanOrEqual(10);
    expect(emu.stats.count("messages.get", 200)).toBe(30);
    expect(gc.stats.tokenRefreshes).toBe(4);
  });

  test("a revoked refresh token fails fast with GmailAuthError (invalid_grant), without a retry storm", async () => {
    const emu = await emulator();
    const fresh = client(emu, { refreshToken: "revoked-long-ago" });
    const err = await fresh.listMessageIds({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GmailAuthError);
    expect(err).toMatchObject({
      code: "GMAIL_AUTH_REVOKED",
      message: "Gmail access was revoked or expired; reconnect Gmail (invalid_grant)",
    });
    expect(emu.stats.count("token", 400)).toBe(1);
    expect(gmailRequests(emu)).toBe(0);

    // Revoked while a run holds a valid access token: one 401, one refresh attempt, then the typed error.
    const running = client(emu);
    await running.getProfile();
    emu.revokeRefreshToken(DEFAULT_REFRESH_TOKEN);
    await expect(running.getMessages(newestIds(emu.box).slice(0, 3), { concurrency: 1 })).rejects.toBeInstanceOf(
      GmailAuthError,
    );
    expect(emu.stats.count("token", 400)).toBe(2);
    expect(emu.stats.count("messages.get", 401)).toBe(1);
  });

  test("onWait is called at least every chunk while backing off, then retries run out with a typed error", async () => {
    const emu = await emulator({ faults: { rate503: 1 } });
    const waits: { ms: number; reason: string }[] = [];
    const gc = client(emu, {
      retry: { maxAttempts: 4, baseDelayMs: 40, maxDelayMs: 400, maxWaitChunkMs: 10 },
      random: () => 1,
      onWait: (ms, reason) => void waits.push({ ms, reason }),
    });
    const err = await gc.getMessage(newestIds(emu.box)[0] ?? "").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GmailRetriesExhaustedError);
    expect(err).toMatchObject({ code: "GMAIL_RETRIES_EXHAUSTED", attempts: 4 });
    expect(emu.stats.count("messages.get", 503)).toBe(4);
    // Backoff 40 + 80 + 160 ms in chunks of at most 10 ms.
    expect(waits).toHaveLength(28);
    expect(waits.every((w) => w.ms <= 10 && w.reason === "Gmail messages.get: 503 backendError")).toBe(true);
  });

  test("an onWait that throws stops the backoff at once", async () => {
    const emu = await emulator({ faults: { rate429: 1 } });
    const gc = client(emu, {
      random: () => 1,
      onWait: () => {
        throw new Error("run cancelled");
      },
    });
    await expect(gc.getProfile()).rejects.toThrow("run cancelled");
    expect(emu.stats.count("profile")).toBe(1);
  });

  test("history: changes since an id, and GmailHistoryExpiredError past retention", async () => {
    const emu = await emulator();
    const historyIds = emu.box.messages.map((m) => Number(m.historyId));
    const latest = Math.max(...historyIds);
    emu.store.oldestHistoryId = Math.min(...historyIds); // Gmail's retention window starts here
    const gc = client(emu);
    const { historyId } = await gc.getProfile();
    expect(historyId).toBe(String(latest));
    emu.addMessage({
      id: "late",
      threadId: "late",
      internalDate: String(START + 40 * DAY),
      payload: { mimeType: "text/plain" },
    });
    expect(await gc.listHistory(historyId)).toEqual({
      added: [{ id: "late", threadId: "late" }],
      historyId: String(latest + 1),
    });
    const tooOld = String(emu.store.oldestHistoryId - 1);
    const err = await gc.listHistory(tooOld).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GmailHistoryExpiredError);
    expect(err).toMatchObject({ code: "GMAIL_HISTORY_EXPIRED", startHistoryId: tooOld });
    expect(emu.stats.count("history.list", 404)).toBe(1);
  });

  test("history: pages past 500 records, only messageAdded, without spam or trash; a deleted message is left out of getExistingMessages", async () => {
    const emu = await emulator();
    const gc = client(emu);
    const { historyId } = await gc.getProfile();
    const arrived = Array.from({ length: 520 }, (_, i) => `arrived-${String(i).padStart(3, "0")}`);
    for (const id of arrived) {
      emu.addMessage({ id, threadId: id, internalDate: String(START + 40 * DAY), labelIds: ["INBOX"] });
    }
    emu.addMessage({ id: "junk", threadId: "junk", internalDate: String(START + 40 * DAY), labelIds: ["SPAM"] });
    expect(emu.deleteMessage("arrived-000")).toBe(true);
    emu.stats.reset();
    const requestsBefore = gc.stats.requests;

    const changes = await gc.listHistory(historyId);
    // The deleted message was still added in the window: its messageAdded record stays, as in Gmail.
    expect(changes.added.map((m) => m.id)).toEqual(arrived);
    expect(changes.historyId).toBe(String(emu.store.currentHistoryId()));
    expect(emu.stats.count("history.list", 200)).toBe(2);
    expect(gc.stats.requests - requestsBefore).toBe(2);

    const { messages, deleted } = await gc.getExistingMessages(["arrived-000", "arrived-001", "arrived-002"]);
    expect(messages.map((m) => m.id)).toEqual(["arrived-001", "arrived-002"]);
    expect(deleted).toEqual(["arrived-000"]);
    expect(emu.stats.count("messages.get", 404)).toBe(1);
  });

  test("a message deleted after listing is a GmailNotFoundError, not retried", async () => {
    const emu = await emulator();
    const err = await client(emu)
      .getMessage("gone")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GmailNotFoundError);
    expect(emu.stats.count("messages.get")).toBe(1);
  });
});
