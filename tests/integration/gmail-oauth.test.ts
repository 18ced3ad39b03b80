// "Connect Gmail" end to end against the emulator's consent page and token endpoint: the code
// becomes an encrypted refresh token that works, and every forged, stale or refused callback is rejected.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { toApiError } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/api/respond";
import { resetEnvForTests } from "@/lib/env";
import { gmailClientFor, GmailNotConnected } from "@/lib/gmail/connection-store";
import { completeGmailConnection, disconnectGmail, GMAIL_READONLY_SCOPE, gmailAuthUrl } from "@/lib/gmail/oauth";
import { GmailOAuthNotConfigured, InvalidOAuthState } from "@/lib/gmail/oauth-errors";
import { GMAIL_OAUTH_COOKIE, redirectingErrorsToSettings, requireStateCookie } from "@/lib/gmail/oauth-http";
import { createOAuthState } from "@/lib/gmail/oauth-state";
import { generateMailbox } from "@/lib/gmail-emulator/mailbox";
import { startGmailEmulator, type GmailEmulator } from "@/lib/gmail-emulator/server";
import { configuredTokenKey, decryptToken } from "@/lib/security/token-cipher";
import { env } from "@/lib/env";
import { createTestPrisma, DATABASE_KINDS, type TestPrisma } from "../support/test-database";

const REDIRECT_URI = "http://localhost:3000/api/gmail/callback";
const MAILBOX = "finance@northwind-studio.com";
const OAUTH_ENV = [
  "GOOGLE_CLIENT_ID",
  "GOOGLE_CLIENT_SECRET",
  "GMAIL_API_ROOT_URL",
  "GOOGLE_OAUTH_AUTH_URL",
  "GOOGLE_OAUTH_TOKEN_URL",
] as const;

function setOAuthEnv(values: Partial<Record<(typeof OAUTH_ENV)[number], string>>): void {
  for (const name of OAUTH_ENV) {
    if (values[name] === undefined) delete process.env[name];
    else process.env[name] = values[name];
  }
  resetEnvForTests();
}

/** The browser following the consent URL: the emulator redirects back at once. */
async function consent(url: string): Promise<URL> {
  const res = await fetch(url, { redirect: "manual" });
  expect(res.status).toBe(302);
  return new URL(res.headers.get("location") ?? "");
}

/** The AppError the promise (or function) throws, with the status and body the API answers it with. */
async function rejection(
  p: Promise<unknown> | (() => unknown),
): Promise<{ status: number; code: string; message: string; error: AppError }> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const answer = toApiError(e);
    return { status: answer.status, code: answer.code, message: answer.message, error: e as AppError };
  }
  throw new Error("expected a rejection");
}

describe.each(DATABASE_KINDS)("Connect Gmail on %s", (kind) => {
  let db: TestPrisma;
  let emu: GmailEmulator;
  let businessId: string;
  let otherBusinessId: string;

  beforeAll(async () => {
    db = await createTestPrisma(kind);
    // No refresh token is accepted up front: only one issued through the flow can work.
    emu = await startGmailEmulator({
      mailbox: generateMailbox({ seed: 5, size: 12 }),
      emailAddress: MAILBOX,
      refreshTokens: [],
    });
  });
  afterAll(async () => {
    setOAuthEnv({});
    await emu.close();
    await db.close();
  });
  beforeEach(async () => {
    setOAuthEnv({
      GOOGLE_CLIENT_ID: "test-client.apps.googleusercontent.com",
      GOOGLE_CLIENT_SECRET: "test-secret",
      GMAIL_API_ROOT_URL: emu.url,
    });
    emu.setConsent(true);
    emu.stats.reset();
    businessId = (await db.prisma.business.create({ data: { name: "Northwind" } })).id;
    otherBusinessId = (await db.prisma.business.create({ data: { name: "Other" } })).id;
  });

  const complete = (
    callback: URL,
    overrides: { expectedBusinessId?: string; redirectUri?: string; state?: string } = {},
  ) =>
    completeGmailConnection(db.prisma, {
      code: callback.searchParams.get("code"),
      state: overrides.state ?? callback.searchParams.get("state"),
      error: callback.searchParams.get("error"),
      expectedBusinessId: overrides.expectedBusinessId ?? businessId,
      redirectUri: overrides.redirectUri ?? REDIRECT_URI,
    });

  test("consent → callback → a stored, encrypted refresh token that reads the mailbox", async () => {
    const { url, state } = gmailAuthUrl({ businessId, redirectUri: REDIRECT_URI });
    const consentUrl = new URL(url);
    expect(`${consentUrl.origin}${consentUrl.pathname}`).toBe(emu.authUrl);
    expect(Object.fromEntries(consentUrl.searchParams)).toMatchObject({
      access_type: "offline",
      prompt: "consent",
      scope: GMAIL_READONLY_SCOPE,
      include_granted_scopes: "true",
      response_type: "code",
      client_id: "test-client.apps.googleusercontent.com",
      redirect_uri: REDIRECT_URI,
      state,
    });

    const callback = await consent(url);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("state")).toBe(state);
    await expect(complete(callback)).resolves.toEqual({ email: MAILBOX });

    const row = await db.prisma.gmailConnection.findUniqueOrThrow({ where: { businessId } });
    expect(row).toMatchObject({ email: MAILBOX, status: "active", apiRootUrl: emu.url });
    const refreshToken = decryptToken(row.refreshTokenEncrypted, configuredTokenKey(env()));
    expect(refreshToken).toMatch(/^1\/\/emu-/);
    expect(row.refreshTokenEncrypted).not.toContain(refreshToken);

    const { client, email } = await gmailClientFor(db.prisma, businessId);
    expect(email).toBe(MAILBOX);
    await expect(client.getProfile()).resolves.toMatchObject({ emailAddress: MAILBOX, messagesTotal: 12 });

    // The code was single-use: replaying the callback fails without echoing the code.
    const replay = await rejection(complete(callback));
    expect(replay).toMatchObject({ status: 400, code: "gmail_oauth_code_invalid" });
    expect(replay.message).not.toContain(callback.searchParams.get("code") ?? "?");
  });

  test("a tampered, expired or other business's state is rejected before any code exchange", async () => {
    const { url, state } = gmailAuthUrl({ businessId, redirectUri: REDIRECT_URI });
    const callback = await consent(url);
    const [version, body, signature] = state.split(".") as [string, string, string];
    const forged = JSON.parse(Buffer.from(body, "base64url").toString()) as Record<string, unknown>;
    const cases: { state: string; expectedBusinessId?: string; code: string; problem: string }[] = [
      {
        state: `${version}.${Buffer.from(JSON.stringify({ ...forged, b: otherBusinessId })).toString("base64url")}.${signature}`,
        expectedBusinessId: otherBusinessId,
        code: "gmail_oauth_state_invalid",
        problem: "signature",
      },
      {
        state: `${state.slice(0, -2)}${state.endsWith("AA") ? "BB" : "AA"}`,
        code: "gmail_oauth_state_invalid",
        problem: "signature",
      },
      { state: "not-a-state", code: "gmail_oauth_state_invalid", problem: "malformed" },
      {
        state: createOAuthState(businessId, Date.now() - 11 * 60_000),
        code: "gmail_oauth_state_expired",
        problem: "expired",
      },
      { state, expectedBusinessId: otherBusinessId, code: "gmail_oauth_state_invalid", problem: "other_business" },
    ];
    for (const c of cases) {
      const error = await rejection(complete(callback, c));
      expect({ status: error.status, code: error.code, problem: (error.error as InvalidOAuthState).problem }).toEqual({
        status: 400,
        code: c.code,
        problem: c.problem,
      });
    }
    expect(emu.stats.count("token")).toBe(0);
    expect(
      await db.prisma.gmailConnection.count({ where: { businessId: { in: [businessId, otherBusinessId] } } }),
    ).toBe(0);
    // The untouched callback still completes: nothing above spent the code.
    await expect(complete(callback)).resolves.toEqual({ email: MAILBOX });
  });

  test("Cancel on the consent screen is a typed error and stores nothing", async () => {
    emu.setConsent(false);
    const { url, state } = gmailAuthUrl({ businessId, redirectUri: REDIRECT_URI });
    const callback = await consent(url);
    expect(Object.fromEntries(callback.searchParams)).toEqual({ error: "access_denied", state });
    await expect(rejection(complete(callback))).resolves.toMatchObject({ status: 403, code: "gmail_access_denied" });
    expect(await db.prisma.gmailConnection.count({ where: { businessId } })).toBe(0);
  });

  test("no refresh token, a missing Gmail scope or another redirect URI are explained", async () => {
    const attempt = async (edit: (u: URL) => void, redirectUri = REDIRECT_URI) => {
      const consentUrl = new URL(gmailAuthUrl({ businessId, redirectUri: REDIRECT_URI }).url);
      edit(consentUrl);
      return rejection(complete(await consent(consentUrl.toString()), { redirectUri }));
    };
    const offline = await attempt((u) => u.searchParams.set("access_type", "online"));
    expect(offline).toMatchObject({ status: 400, code: "gmail_offline_access_missing" });
    expect(offline.message).toContain(
      "Google did not grant offline access; remove Receipt Sync from your Google account's third-party access",
    );
    await expect(attempt((u) => u.searchParams.set("scope", "openid email"))).resolves.toMatchObject({
      status: 403,
      code: "gmail_scope_missing",
    });
    await expect(attempt(() => undefined, "http://localhost:3000/elsewhere")).resolves.toMatchObject({
      status: 400,
      code: "gmail_oauth_code_invalid",
      message: "Google rejected the authorization code (redirect_uri_mismatch: Bad Request); connect again",
    });
    expect(await db.prisma.gmailConnection.count({ where: { businessId } })).toBe(0);
  });

  test("without GOOGLE_CLIENT_ID/SECRET the flow is 409 gmail_oauth_not_configured", async () => {
    setOAuthEnv({ GOOGLE_CLIENT_SECRET: "test-secret", GMAIL_API_ROOT_URL: emu.url });
    const error = await rejection(() => gmailAuthUrl({ businessId, redirectUri: REDIRECT_URI }));
    expect(error.error).toBeInstanceOf(GmailOAuthNotConfigured);
    expect(error).toMatchObject({ status: 409, code: "gmail_oauth_not_configured" });
    expect(error.message).toMatch(/GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET/);
    const callback = new URL(`${REDIRECT_URI}?code=x&state=${createOAuthState(businessId)}`);
    await expect(rejection(complete(callback))).resolves.toMatchObject({ code: "gmail_oauth_not_configured" });
  });

  test("reconnecting another mailbox forgets the old mailbox's history id", async () => {
    await db.prisma.gmailConnection.create({
      data: {
        businessId,
        email: "old@example.com",
        refreshTokenEncrypted: "v1.x.y.z",
        lastHistoryId: "999",
        status: "needs_reauth",
      },
    });
    const { url } = gmailAuthUrl({ businessId, redirectUri: REDIRECT_URI });
    await complete(await consent(url));
    const row = await db.prisma.gmailConnection.findUniqueOrThrow({ where: { businessId } });
    expect(row).toMatchObject({ email: MAILBOX, status: "active", lastHistoryId: null });
  });

  test("disconnect clears the token, revokes the grant at Google and is idempotent", async () => {
    const { url } = gmailAuthUrl({ businessId, redirectUri: REDIRECT_URI });
    await complete(await consent(url));
    const before = await db.prisma.gmailConnection.findUniqueOrThrow({ where: { businessId } });
    const refreshToken = decryptToken(before.refreshTokenEncrypted, configuredTokenKey(env()));

    await expect(disconnectGmail(db.prisma, businessId)).resolves.toEqual({ wasConnected: true, revoked: true });
    const row = await db.prisma.gmailConnection.findUniqueOrThrow({ where: { businessId } });
    expect(row).toMatchObject({ status: "disconnected", refreshTokenEncrypted: "" });
    await expect(gmailClientFor(db.prisma, businessId)).rejects.toBeInstanceOf(GmailNotConnected);
    const refresh = await fetch(emu.tokenUrl, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: refreshToken,
        client_id: "c",
        client_secret: "s",
      }),
    });
    expect(await refresh.json()).toMatchObject({ error: "invalid_grant" });

    await expect(disconnectGmail(db.prisma, businessId)).resolves.toEqual({ wasConnected: false, revoked: false });
    await expect(disconnectGmail(db.prisma, otherBusinessId)).resolves.toEqual({ wasConnected: false, revoked: false });
  });
});

describe("Connect Gmail routes' browser glue", () => {
  afterEach(() => setOAuthEnv({}));

  test("an error response becomes a redirect to Settings with only its code, and the state cookie is spent", async () => {
    setOAuthEnv({});
    const route = redirectingErrorsToSettings(async () => errorResponse(new GmailOAuthNotConfigured()));
    const res = await route(new Request("http://localhost:3000/api/gmail/connect"), {});
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("http://localhost:3000/settings?gmail_error=gmail_oauth_not_configured");
    expect(res.headers.get("set-cookie")).toBe(
      `${GMAIL_OAUTH_COOKIE}=; Path=/api/gmail; Max-Age=0; HttpOnly; SameSite=Lax`,
    );
  });

  test("the callback's state must match this browser's cookie", () => {
    const state = "s1.abc.def";
    const withCookie = (cookie?: string) =>
      new Request("http://localhost/api/gmail/callback", { headers: cookie ? { cookie } : {} });
    expect(() => requireStateCookie(withCookie(`rs_business=b; ${GMAIL_OAUTH_COOKIE}=${state}`), state)).not.toThrow();
    for (const cookie of [undefined, `${GMAIL_OAUTH_COOKIE}=s1.abc.xyz`, `${GMAIL_OAUTH_COOKIE}=`]) {
      expect(() => requireStateCookie(withCookie(cookie), state)).toThrow(InvalidOAuthState);
    }
  });
});
