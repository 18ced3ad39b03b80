// The emulator answers the real googleapis client the way Gmail does.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { auth, gmail, type gmail_v1 } from "@googleapis/gmail";
import { DEFAULT_REFRESH_TOKEN, startGmailEmulator, type GmailEmulator } from "@/lib/gmail-emulator/server";
import { generateMailbox, type GeneratedMailbox } from "@/lib/gmail-emulator/mailbox";

const noRetry = { retry: false } as const;
const ms = (m: gmail_v1.Schema$Message) => Number(m.internalDate);
const newestFirst = (box: GeneratedMailbox) => [...box.messages].sort((a, b) => ms(b) - ms(a));
/** A hand-made message at an exact instant, for boundary checks. */
const messageAt = (id: string, iso: string, historyId?: string): gmail_v1.Schema$Message => ({
  id,
  threadId: id,
  internalDate: String(Date.parse(iso)),
  ...(historyId ? { historyId } : {}),
  payload: { mimeType: "text/plain", headers: [{ name: "Subject", value: id }], body: { size: 2, data: "aGk" } },
});

function connect(emu: GmailEmulator, refreshToken = DEFAULT_REFRESH_TOKEN): gmail_v1.Gmail {
  const oauth = new auth.OAuth2({
    clientId: "id",
    clientSecret: "secret",
    endpoints: { oauth2TokenUrl: emu.tokenUrl },
  });
  oauth.setCredentials({ refresh_token: refreshToken });
  return gmail({ version: "v1", auth: oauth, rootUrl: emu.url });
}

async function failure(p: Promise<unknown>): Promise<{ status?: number; data?: unknown }> {
  try {
    await p;
  } catch (e) {
    const res = (e as { response?: { status: number; data: unknown } }).response;
    return { status: res?.status, data: res?.data };
  }
  throw new Error("expected the call to fail");
}

async function listAll(api: gmail_v1.Gmail, q: string, maxResults: number) {
  const ids: string[] = [];
  const pageSizes: number[] = [];
  const estimates = new Set<number>();
  let pageToken: string | undefined;
  do {
    const { data } = await api.users.messages.list({ userId: "me", q, maxResults, pageToken }, noRetry);
    estimates.add(data.resultSizeEstimate ?? -1);
    pageSizes.push(data.messages?.length ?? 0);
    ids.push(...(data.messages ?? []).map((m) => m.id ?? ""));
    pageToken = data.nextPageToken ?? undefined;
  } while (pageToken);
  return { ids, pageSizes, estimates: [...estimates] };
}

describe("Gmail emulator over a generated mailbox", () => {
  const box = generateMailbox({
    seed: 7,
    size: 620,
    from: new Date("2024-01-01T00:00:00Z"),
    to: new Date("2024-03-01T00:00:00Z"),
  });
  const sorted = newestFirst(box);
  const historyIds = box.messages.map((m) => Number(m.historyId));
  const oldestRetained = Math.min(...historyIds) + 100;
  let emu: GmailEmulator;
  let api: gmail_v1.Gmail;
  beforeAll(async () => {
    emu = await startGmailEmulator({ mailbox: box, oldestHistoryId: oldestRetained });
    api = connect(emu);
  });
  afterAll(() => emu.close());

  test("messages.list pages newest first through an after/before window with nextPageToken", async () => {
    const after = Date.UTC(2024, 1, 1) / 1000;
    const before = Date.UTC(2024, 1, 4) / 1000;
    const expected = sorted.filter((m) => ms(m) >= after * 1000 && ms(m) < before * 1000).map((m) => m.id);
    expect(expected.length).toBeGreaterThan(14);
    const { ids, pageSizes, estimates } = await listAll(api, `after:${after} before:${before}`, 7);
    expect(ids).toEqual(expected);
    expect(pageSizes.slice(0, -1).every((n) => n === 7)).toBe(true);
    expect(estimates).toEqual([expected.length]);
  });

  test("maxResults defaults to 100 and is clamped to 500", async () => {
    const byDefault = await api.users.messages.list({ userId: "me" }, noRetry);
    expect(byDefault.data.messages).toHaveLength(100);
    expect(byDefault.data.resultSizeEstimate).toBe(620);
    const clamped = await api.users.messages.list({ userId: "me", maxResults: 1000 }, noRetry);
    expect(clamped.data.messages).toHaveLength(500);
    expect(clamped.data.messages?.[0]?.id).toBe(sorted[0]?.id);
    const rest = await api.users.messages.list(
      { userId: "me", maxResults: 1000, pageToken: clamped.data.nextPageToken ?? "" },
      noRetry,
    );
    expect(rest.data.messages).toHaveLength(120);
    expect(rest.data.nextPageToken).toBeUndefined();
    expect([...(clamped.data.messages ?? []), ...(rest.data.messages ?? [])].map((m) => m.id)).toEqual(
      sorted.map((m) => m.id),
    );
  });

  test("an empty result has no messages key, like Gmail", async () => {
    const { data } = await api.users.messages.list(
      { userId: "me", q: `before:${Date.UTC(2023, 0, 1) / 1000}` },
      noRetry,
    );
    expect(data).toEqual({ resultSizeEstimate: 0 });
  });

  test("format=metadata has headers but no bodies; full has the part tree", async () => {
    const withPdf = box.truth.receipts.find((r) => r.attachmentId && r.layout !== "image");
    const id = withPdf?.messageId ?? "";
    const full = await api.users.messages.get({ userId: "me", id, format: "full" }, noRetry);
    expect(full.data).toEqual(box.messages.find((m) => m.id === id));
    const meta = await api.users.messages.get({ userId: "me", id, format: "metadata" }, noRetry);
    expect(meta.data.payload?.headers?.find((h) => h.name === "Subject")?.value).toBe(
      full.data.payload?.headers?.find((h) => h.name === "Subject")?.value,
    );
    expect(meta.data.payload?.parts).toBeUndefined();
    expect(JSON.stringify(meta.data.payload)).not.toContain('"data"');
    expect(meta.data.internalDate).toBe(full.data.internalDate);
  });

  test("attachments.get returns the bytes base64url-encoded; unknown ids are 404 notFound", async () => {
    const receipt = box.truth.receipts.find((r) => r.attachmentId && r.layout !== "image");
    const attachmentId = receipt?.attachmentId ?? "";
    const { data } = await api.users.messages.attachments.get(
      { userId: "me", messageId: receipt?.messageId ?? "", id: attachmentId },
      noRetry,
    );
    const bytes = Buffer.from(data.data ?? "", "base64url");
    expect(bytes.equals(box.attachments.get(attachmentId) ?? Buffer.alloc(0))).toBe(true);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(data.size).toBe(bytes.length);
    const other = sorted.find((m) => m.id !== receipt?.messageId)?.id ?? "";
    const missing = await failure(
      api.users.messages.attachments.get({ userId: "me", messageId: other, id: attachmentId }, noRetry),
    );
    expect(missing).toEqual({
      status: 404,
      data: {
        error: {
          code: 404,
          message: "Requested entity was not found.",
          errors: [{ message: "Requested entity was not found.", domain: "global", reason: "notFound" }],
          status: "NOT_FOUND",
        },
      },
    });
    expect((await failure(api.users.messages.get({ userId: "me", id: "nope" }, noRetry))).status).toBe(404);
  });

  test("history.list: records after the start id, and 404 before the retained window", async () => {
    const latest = Math.max(...historyIds);
    const profile = await api.users.getProfile({ userId: "me" }, noRetry);
    expect(profile.data).toMatchObject({
      emailAddress: "finance@northwind-studio.com",
      messagesTotal: 620,
      historyId: String(latest),
    });
    const recent = await api.users.history.list({ userId: "me", startHistoryId: sorted[3]?.historyId ?? "" }, noRetry);
    expect(recent.data.history?.map((h) => h.messagesAdded?.[0]?.message?.id)).toEqual([
      sorted[2]?.id,
      sorted[1]?.id,
      sorted[0]?.id,
    ]);
    expect(recent.data.historyId).toBe(String(latest));
    const expired = await failure(
      api.users.history.list({ userId: "me", startHistoryId: String(oldestRetained - 1) }, noRetry),
    );
    expect(expired.status).toBe(404);
    expect(expired.data).toMatchObject({ error: { code: 404, status: "NOT_FOUND", errors: [{ reason: "notFound" }] } });
  });

  test("requests without a valid bearer token get Google's 401", async () => {
    const res = await fetch(`${emu.url}gmail/v1/users/me/profile`, { headers: { authorization: "Bearer made-up" } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: {
        code: 401,
        status: "UNAUTHENTICATED",
        message: expect.stringMatching(/^Request had invalid authentication credentials/),
      },
    });
  });

  test("the token endpoint rejects an unknown refresh token with invalid_grant", async () => {
    const res = await fetch(emu.tokenUrl, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: "not-issued",
        client_id: "id",
        client_secret: "s",
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "invalid_grant",
      error_description: "Token has been expired or revoked.",
    });
  });
});

describe("Gmail emulator boundaries and changes", () => {
  let emu: GmailEmulator | undefined;
  afterAll(() => emu?.close());

  test("after is inclusive and before exclusive; dates in the query mean midnight Pacific", async () => {
    emu = await startGmailEmulator({
      mailbox: {
        messages: [
          messageAt("before-window", "2024-01-02T07:59:59.999Z"),
          messageAt("first-instant", "2024-01-02T08:00:00.000Z"),
          messageAt("last-instant", "2024-01-03T07:59:59.999Z"),
          messageAt("after-window", "2024-01-03T08:00:00.000Z"),
        ],
        attachments: new Map(),
      },
    });
    const api = connect(emu);
    const epoch = {
      after: Date.parse("2024-01-02T08:00:00Z") / 1000,
      before: Date.parse("2024-01-03T08:00:00Z") / 1000,
    };
    expect((await listAll(api, `after:${epoch.after} before:${epoch.before}`, 10)).ids).toEqual([
      "last-instant",
      "first-instant",
    ]);
    expect((await listAll(api, "after:2024/01/02 before:2024/01/03", 10)).ids).toEqual([
      "last-instant",
      "first-instant",
    ]);
    expect((await listAll(api, `after:${epoch.before}`, 1)).ids).toEqual(["after-window"]);
  });

  test("deletions, historyTypes, expiry and labels.list", async () => {
    // Its own emulator: this test deletes mail and expires history.
    const small = generateMailbox({
      seed: 8,
      size: 20,
      from: new Date("2024-01-01T00:00:00Z"),
      to: new Date("2024-02-01T00:00:00Z"),
    });
    const emu = await startGmailEmulator({ mailbox: small });
    const api = connect(emu);
    try {
      await historyChanges(emu, api, small.messages[0]!.id ?? "");
    } finally {
      await emu.close();
    }
  });

  async function historyChanges(emu: GmailEmulator, api: gmail_v1.Gmail, victim: string) {
    const { data: profile } = await api.users.getProfile({ userId: "me" }, noRetry);
    const start = profile.historyId ?? "";
    emu.addMessage({
      id: "arrival",
      threadId: "arrival",
      internalDate: String(Date.UTC(2025, 0, 1)),
      labelIds: ["INBOX", "Receipts"],
    });
    expect(emu.deleteMessage(victim)).toBe(true);
    expect(emu.deleteMessage(victim)).toBe(false);
    const gone = await api.users.messages
      .get({ userId: "me", id: victim }, noRetry)
      .catch((e: { status?: number }) => e);
    expect(gone).toMatchObject({ status: 404 });

    const all = await api.users.history.list({ userId: "me", startHistoryId: start }, noRetry);
    expect(
      all.data.history?.map((r) => [r.messagesAdded?.[0]?.message?.id, r.messagesDeleted?.[0]?.message?.id]),
    ).toEqual([
      ["arrival", undefined],
      [undefined, victim],
    ]);
    expect(all.data.historyId).toBe(String(emu.store.currentHistoryId()));
    const added = await api.users.history.list(
      { userId: "me", startHistoryId: start, historyTypes: ["messageAdded"] },
      noRetry,
    );
    expect(added.data.history?.map((r) => r.messagesAdded?.[0]?.message?.id)).toEqual(["arrival"]);
    const paged = await api.users.history.list({ userId: "me", startHistoryId: start, maxResults: 1 }, noRetry);
    expect(paged.data.history).toHaveLength(1);
    const rest = await api.users.history.list(
      { userId: "me", startHistoryId: start, maxResults: 1, pageToken: paged.data.nextPageToken ?? "" },
      noRetry,
    );
    expect(rest.data.history?.[0]?.messagesDeleted?.[0]?.message?.id).toBe(victim);
    expect(rest.data.nextPageToken).toBeUndefined();

    emu.store.expireHistory();
    const expired = await api.users.history
      .list({ userId: "me", startHistoryId: start }, noRetry)
      .catch((e: { status?: number }) => e);
    expect(expired).toMatchObject({ status: 404 });

    const { data } = await api.users.labels.list({ userId: "me" }, noRetry);
    expect(data.labels?.map((l) => l.id)).toEqual(expect.arrayContaining(["INBOX", "CATEGORY_PROMOTIONS", "Receipts"]));
    expect(data.labels?.find((l) => l.id === "Receipts")?.type).toBe("user");
    expect(emu.stats.count("labels.list", 200)).toBe(1);
  }

  test("new mail shows in history and does not shift a listing already in progress", async () => {
    const small = generateMailbox({ seed: 3, size: 10 });
    const sorted = newestFirst(small);
    const emu2 = await startGmailEmulator({ mailbox: small });
    try {
      const api = connect(emu2);
      const { data: profile } = await api.users.getProfile({ userId: "me" }, noRetry);
      const first = await api.users.messages.list({ userId: "me", maxResults: 4 }, noRetry);
      emu2.addMessage(messageAt("new-mail", "2030-01-01T00:00:00Z"));
      const second = await api.users.messages.list(
        { userId: "me", maxResults: 4, pageToken: first.data.nextPageToken ?? "" },
        noRetry,
      );
      expect(second.data.messages?.map((m) => m.id)).toEqual(sorted.slice(4, 8).map((m) => m.id));
      const history = await api.users.history.list({ userId: "me", startHistoryId: profile.historyId ?? "" }, noRetry);
      expect(history.data.history?.map((h) => h.messagesAdded?.[0]?.message?.id)).toEqual(["new-mail"]);
      expect(Number(history.data.historyId)).toBe(Number(profile.historyId) + 1);
    } finally {
      await emu2.close();
    }
  });

  test("with the quota enforced, a burst over 250 units/s gets 429 rateLimitExceeded with Retry-After", async () => {
    const small = generateMailbox({ seed: 4, size: 5 });
    const limited = await startGmailEmulator({ mailbox: small, quota: true });
    try {
      const api = connect(limited);
      await api.users.getProfile({ userId: "me" }, noRetry); // fetch the access token first
      const id = small.messages[0]?.id ?? "";
      const results = await Promise.allSettled(
        Array.from({ length: 250 }, () => api.users.messages.get({ userId: "me", id }, noRetry)),
      );
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      // 250 units of burst = 50 gets of 5 units; the rest arrive within the same second or so.
      expect(results.length - rejected.length).toBeGreaterThanOrEqual(50);
      expect(rejected.length).toBeGreaterThanOrEqual(10);
      const first = rejected[0]?.reason as { response: { status: number; data: unknown; headers: Headers } };
      expect(first.response.status).toBe(429);
      expect(first.response.headers.get("retry-after")).toBe("1");
      expect(first.response.data).toMatchObject({
        error: {
          code: 429,
          status: "RESOURCE_EXHAUSTED",
          errors: [{ reason: "rateLimitExceeded", domain: "usageLimits" }],
        },
      });
      expect(limited.stats.count("messages.get", 429)).toBe(rejected.length);
    } finally {
      await limited.close();
    }
  });
});
