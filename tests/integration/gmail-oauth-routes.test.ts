// The "Connect Gmail" routes as a browser meets them: connect → consent → callback → Settings, with
// every failure arriving at Settings as ?gmail_error=<code> and never as JSON, a token or a stack.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { GET as callbackGet } from "@/app/api/gmail/callback/route";
import { GET as connectGet } from "@/app/api/gmail/connect/route";
import { POST as disconnectPost } from "@/app/api/gmail/disconnect/route";
import { resetEnvForTests } from "@/lib/env";
import { generateMailbox } from "@/lib/gmail-emulator/mailbox";
import { startGmailEmulator, type GmailEmulator } from "@/lib/gmail-emulator/server";
import { call, ORIGIN, seedBusiness, useApiDatabase, type SeededBusiness } from "../support/api-harness";
import { DATABASE_KINDS } from "../support/test-database";

const MAILBOX = "finance@northwind-studio.com";

function setOAuthEnv(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvForTests();
}

describe.each(DATABASE_KINDS)("Connect Gmail routes on %s", (kind) => {
  const db = useApiDatabase(kind);
  let emu: GmailEmulator;
  let owner: SeededBusiness;

  beforeAll(async () => {
    emu = await startGmailEmulator({
      mailbox: generateMailbox({ seed: 3, size: 5 }),
      emailAddress: MAILBOX,
      refreshTokens: [],
    });
    owner = await seedBusiness(db.prisma, { gmail: false, session: true });
  });
  afterAll(async () => {
    setOAuthEnv({ GOOGLE_CLIENT_ID: undefined, GOOGLE_CLIENT_SECRET: undefined, GMAIL_API_ROOT_URL: undefined });
    await emu.close();
  });
  beforeEach(() => {
    setOAuthEnv({ GOOGLE_CLIENT_ID: "test-client", GOOGLE_CLIENT_SECRET: "test-secret", GMAIL_API_ROOT_URL: emu.url });
    emu.setConsent(true);
  });

  /** GET /api/gmail/connect as the owner's browser, then the consent redirect: the callback URL and the state cookie. */
  async function startConnect(): Promise<{ callback: URL; stateCookie: string }> {
    const connect = await call(connectGet, "/api/gmail/connect", { headers: owner.session });
    expect(connect.status, connect.text).toBe(302);
    const location = connect.headers.get("location") ?? "";
    expect(location.startsWith(`${emu.authUrl}?`)).toBe(true);
    expect(new URL(location).searchParams.get("redirect_uri")).toBe(`${ORIGIN}/api/gmail/callback`);
    const setCookie = connect.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^rs_gmail_oauth=s1\.[^;]+; Path=\/api\/gmail; Max-Age=600; HttpOnly; SameSite=Lax$/);
    const consent = await fetch(location, { redirect: "manual" });
    return { callback: new URL(consent.headers.get("location") ?? ""), stateCookie: setCookie.split(";")[0]! };
  }

  const finish = (callback: URL, cookie: string) =>
    call(callbackGet, `${callback.pathname}${callback.search}`, {
      headers: { cookie: [owner.session.cookie, cookie].filter(Boolean).join("; ") },
    });

  const settingsError = (response: { status: number; headers: Headers }) => {
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(`${ORIGIN}/settings`);
    return Object.fromEntries(location.searchParams);
  };

  test("connect, consent and callback land on the dashboard to watch the first import; disconnect revokes it", async () => {
    const { callback, stateCookie } = await startConnect();
    const done = await finish(callback, stateCookie);
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe(`${ORIGIN}/dashboard?gmail=connected`);
    expect(done.headers.get("set-cookie")).toMatch(/^rs_gmail_oauth=; Path=\/api\/gmail; Max-Age=0;/);
    await expect(db.prisma.gmailConnection.findUnique({ where: { businessId: owner.id } })).resolves.toMatchObject({
      email: MAILBOX,
      status: "active",
    });
    // The first import started by itself: a range run over the last 12 months, started by connect.
    const firstImport = await db.prisma.receiptSyncRun.findFirst({ where: { businessId: owner.id } });
    expect(firstImport).toMatchObject({ startedBy: "connect", mode: "range", status: "running" });
    const months = (firstImport!.toDate!.getTime() - firstImport!.fromDate!.getTime()) / (30.44 * 86_400_000);
    expect(Math.round(months)).toBe(12);

    // An API key syncs and reads; it cannot disconnect the mailbox (and revoke the grant).
    const byKey = await call(disconnectPost, "/api/gmail/disconnect", { method: "POST", headers: owner.bearer });
    expect({ status: byKey.status, body: byKey.body }).toEqual({
      status: 403,
      body: {
        success: false,
        error: "Gmail is disconnected in Settings by a signed-in user, not with an API key",
        code: "forbidden",
      },
    });
    await expect(db.prisma.gmailConnection.findUnique({ where: { businessId: owner.id } })).resolves.toMatchObject({
      status: "active",
    });

    const off = await call(disconnectPost, "/api/gmail/disconnect", { method: "POST", headers: owner.session });
    expect({ status: off.status, body: off.body }).toEqual({
      status: 200,
      body: { success: true, status: "disconnected", token_revoked: true },
    });
    await expect(db.prisma.gmailConnection.findUnique({ where: { businessId: owner.id } })).resolves.toMatchObject({
      status: "disconnected",
      refreshTokenEncrypted: "",
    });
  });

  test("connect from the host the browser used (127.0.0.1, not the server's configured name) comes back to it", async () => {
    // Next's request.url names its configured host (here http://test); the browser's is in Host.
    const browserHost = { host: "127.0.0.1:3999" };
    const connect = await call(connectGet, "/api/gmail/connect", { headers: { ...owner.session, ...browserHost } });
    const location = new URL(connect.headers.get("location") ?? "");
    expect(location.searchParams.get("redirect_uri")).toBe("http://127.0.0.1:3999/api/gmail/callback");
    const consent = await fetch(location, { redirect: "manual" });
    const callback = new URL(consent.headers.get("location") ?? "");
    const stateCookie = (connect.headers.get("set-cookie") ?? "").split(";")[0]!;
    const done = await call(callbackGet, `${callback.pathname}${callback.search}`, {
      headers: { cookie: `${owner.session.cookie}; ${stateCookie}`, ...browserHost },
    });
    expect(done.headers.get("location")).toBe("http://127.0.0.1:3999/settings?gmail=connected");

    // A Host that is not a host[:port] is not written into a redirect; the configured public URL wins over Host.
    const hostile = await call(connectGet, "/api/gmail/connect", {
      headers: { ...owner.session, host: "evil.example/path?x=" },
    });
    expect(new URL(hostile.headers.get("location") ?? "").searchParams.get("redirect_uri")).toBe(
      `${ORIGIN}/api/gmail/callback`,
    );
    setOAuthEnv({ BETTER_AUTH_URL: "https://receipts.example.com" });
    try {
      const configured = await call(connectGet, "/api/gmail/connect", {
        headers: { ...owner.session, ...browserHost, origin: "https://receipts.example.com" },
      });
      expect(new URL(configured.headers.get("location") ?? "").searchParams.get("redirect_uri")).toBe(
        "https://receipts.example.com/api/gmail/callback",
      );
      expect(configured.headers.get("set-cookie")).toMatch(/; Secure$/);
    } finally {
      setOAuthEnv({ BETTER_AUTH_URL: undefined });
    }
  });

  test("failures come back to Settings as a code only", async () => {
    // The callback in a browser without the state cookie (a forged or cross-browser callback).
    const { callback } = await startConnect();
    const forged = await finish(callback, "");
    expect(settingsError(forged)).toEqual({ gmail_error: "gmail_oauth_state_invalid" });
    expect(forged.headers.get("location")).not.toContain(callback.searchParams.get("code") ?? "?");

    emu.setConsent(false);
    const denied = await startConnect();
    expect(settingsError(await finish(denied.callback, denied.stateCookie))).toEqual({
      gmail_error: "gmail_access_denied",
    });

    expect(settingsError(await call(connectGet, "/api/gmail/connect"))).toEqual({ gmail_error: "unauthorized" });

    setOAuthEnv({ GOOGLE_CLIENT_ID: undefined });
    expect(settingsError(await call(connectGet, "/api/gmail/connect", { headers: owner.session }))).toEqual({
      gmail_error: "gmail_oauth_not_configured",
    });
  });
});
