// "Connect Gmail": Google's authorization-code flow with offline access, through auth.OAuth2 (no
// hand-written HTTP to Google). The refresh token it yields is stored encrypted by connection-store.
import "server-only";
import { auth } from "@googleapis/gmail";
import type { PrismaClient } from "@/generated/prisma/client";
import { env, type Env } from "../env";
import { logger } from "../log";
import { configuredTokenKey, decryptToken } from "../security/token-cipher";
import { createGmailClient } from "./client";
import { saveGmailConnection } from "./connection-store";
import { GmailError } from "./errors";
import {
  GmailConsentDenied,
  GmailOAuthClientRejected,
  GmailOAuthNotConfigured,
  GmailOAuthRefused,
  GmailOAuthUnavailable,
  GmailOfflineAccessMissing,
  GmailScopeMissing,
  InvalidAuthorizationCode,
  InvalidOAuthState,
} from "./oauth-errors";
import { createOAuthState, verifyOAuthState } from "./oauth-state";

export const GMAIL_READONLY_SCOPE = "https://www.googleapis.com/auth/gmail.readonly";

const GOOGLE = {
  authUrl: "https://accounts.google.com/o/oauth2/v2/auth",
  tokenUrl: "https://oauth2.googleapis.com/token",
  revokeUrl: "https://oauth2.googleapis.com/revoke",
};

export interface GmailOAuthEndpoints {
  authUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  /** Saved as the connection's apiRootUrl; null means Google's Gmail API. */
  apiRootUrl: string | null;
}

const withoutSlash = (url: string) => url.replace(/\/+$/, "");

/** Google's endpoints, or the Gmail emulator's when GMAIL_API_ROOT_URL points at it (it serves all of them). */
export function gmailOAuthEndpoints(config: Env = env()): GmailOAuthEndpoints {
  const root = config.GMAIL_API_ROOT_URL ? withoutSlash(config.GMAIL_API_ROOT_URL) : undefined;
  return {
    authUrl: config.GOOGLE_OAUTH_AUTH_URL ?? (root ? `${root}/o/oauth2/v2/auth` : GOOGLE.authUrl),
    tokenUrl: config.GOOGLE_OAUTH_TOKEN_URL ?? (root ? `${root}/token` : GOOGLE.tokenUrl),
    revokeUrl: root ? `${root}/revoke` : GOOGLE.revokeUrl,
    apiRootUrl: config.GMAIL_API_ROOT_URL ?? null,
  };
}

function oauthClient(redirectUri?: string) {
  const config = env();
  if (!config.GOOGLE_CLIENT_ID || !config.GOOGLE_CLIENT_SECRET) throw new GmailOAuthNotConfigured();
  const endpoints = gmailOAuthEndpoints(config);
  const client = new auth.OAuth2({
    clientId: config.GOOGLE_CLIENT_ID,
    clientSecret: config.GOOGLE_CLIENT_SECRET,
    redirectUri,
    endpoints: {
      oauth2AuthBaseUrl: endpoints.authUrl,
      oauth2TokenUrl: endpoints.tokenUrl,
      oauth2RevokeUrl: endpoints.revokeUrl,
    },
  });
  return { client, config, endpoints };
}

/** The consent URL to send the browser to, and the state to keep in its cookie. */
export function gmailAuthUrl(input: { businessId: string; redirectUri: string }): { url: string; state: string } {
  const { client } = oauthClient(input.redirectUri);
  const state = createOAuthState(input.businessId);
  const url = client.generateAuthUrl({
    access_type: "offline",
    // Google returns a refresh token only on consent; forcing the screen makes reconnecting work too.
    prompt: "consent",
    scope: [GMAIL_READONLY_SCOPE],
    include_granted_scopes: true,
    state,
  });
  return { url, state };
}

export interface CompleteGmailConnectionInput {
  /** The callback's query parameters, as Google sent them. */
  code?: string | null;
  state?: string | null;
  error?: string | null;
  /** The business of the signed-in caller finishing the flow. */
  expectedBusinessId: string;
  /** Must equal the one the consent URL was made with. */
  redirectUri: string;
}

/** Verifies the state, exchanges the code, checks what Google granted and saves the connection. */
export async function completeGmailConnection(
  prisma: PrismaClient,
  input: CompleteGmailConnectionInput,
): Promise<{ email: string }> {
  const { client, config, endpoints } = oauthClient(input.redirectUri);
  if (input.error)
    throw input.error === "access_denied"
      ? new GmailConsentDenied()
      : new GmailOAuthRefused(input.error.replace(/[^a-z0-9_]/gi, "").slice(0, 64));
  if (!input.state) throw new InvalidOAuthState("malformed");
  verifyOAuthState(input.state, input.expectedBusinessId);
  if (!input.code) throw new InvalidAuthorizationCode("invalid_request", "the callback carried no code");

  const tokens = await exchangeCode(client, input.code, input.redirectUri);
  if (!tokens.refresh_token) throw new GmailOfflineAccessMissing();
  if (!(tokens.scope ?? "").split(/\s+/).includes(GMAIL_READONLY_SCOPE)) throw new GmailScopeMissing();

  const email = await mailboxAddress({
    clientId: config.GOOGLE_CLIENT_ID ?? "",
    clientSecret: config.GOOGLE_CLIENT_SECRET ?? "",
    refreshToken: tokens.refresh_token,
    tokenUrl: endpoints.tokenUrl,
    rootUrl: endpoints.apiRootUrl ? `${withoutSlash(endpoints.apiRootUrl)}/` : undefined,
  });
  // Another mailbox's history id means nothing here: the next sync must not resume from it.
  await prisma.gmailConnection.updateMany({
    where: { businessId: input.expectedBusinessId, NOT: { email } },
    data: { lastHistoryId: null, tokenExpiresAt: null },
  });
  await saveGmailConnection(prisma, input.expectedBusinessId, {
    email,
    refreshToken: tokens.refresh_token,
    apiRootUrl: endpoints.apiRootUrl,
  });
  logger().info({ event: "GMAIL_CONNECTED", business_id: input.expectedBusinessId }, "Gmail connected");
  return { email };
}

interface GoogleErrorShape {
  response?: { status?: number; data?: { error?: unknown; error_description?: unknown } };
}

async function exchangeCode(client: InstanceType<typeof auth.OAuth2>, code: string, redirectUri: string) {
  try {
    return (await client.getToken({ code, redirect_uri: redirectUri })).tokens;
  } catch (e) {
    const response = (e as GoogleErrorShape).response;
    const status = response?.status ?? 0;
    if (!response || status >= 500) throw new GmailOAuthUnavailable("exchanging the authorization code");
    const oauthError = typeof response.data?.error === "string" ? response.data.error.slice(0, 100) : `http_${status}`;
    if (oauthError === "invalid_client" || oauthError === "unauthorized_client")
      throw new GmailOAuthClientRejected(oauthError);
    // Google's description is short prose; it is cut and never echoes the code back.
    const raw = typeof response.data?.error_description === "string" ? response.data.error_description : "";
    throw new InvalidAuthorizationCode(oauthError, raw.split(code).join("…").slice(0, 200));
  }
}

async function mailboxAddress(opts: {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  tokenUrl: string;
  rootUrl?: string;
}): Promise<string> {
  // A short retry budget: a user is waiting on this redirect.
  const gmail = createGmailClient({ ...opts, retry: { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 2_000 } });
  try {
    const profile = await gmail.getProfile();
    if (!profile.emailAddress) throw new GmailOAuthUnavailable("reading the mailbox address");
    return profile.emailAddress;
  } catch (e) {
    if (e instanceof GmailError || e instanceof GmailOAuthUnavailable) {
      logger().warn(
        { event: "GMAIL_CONNECT_PROFILE_FAILED", err: { message: e.message } },
        "reading the Gmail profile failed",
      );
      throw new GmailOAuthUnavailable("reading the mailbox address");
    }
    throw e;
  }
}

/**
 * Disconnects the business's Gmail: status `disconnected` and the stored token cleared, then the
 * grant revoked at Google (best effort: a failure is logged, the user can still remove the app
 * in their Google account). Idempotent.
 */
export async function disconnectGmail(
  prisma: PrismaClient,
  businessId: string,
): Promise<{ wasConnected: boolean; revoked: boolean }> {
  const connection = await prisma.gmailConnection.findUnique({ where: { businessId } });
  if (!connection || connection.status === "disconnected") return { wasConnected: false, revoked: false };
  // Guarded by the token read above, so a reconnect that landed meanwhile is neither cleared nor revoked.
  const { count } = await prisma.gmailConnection.updateMany({
    where: { businessId, refreshTokenEncrypted: connection.refreshTokenEncrypted },
    data: { status: "disconnected", refreshTokenEncrypted: "", tokenExpiresAt: null },
  });
  if (count === 0) return { wasConnected: true, revoked: false };
  const root = connection.apiRootUrl ? withoutSlash(connection.apiRootUrl) : undefined;
  return {
    wasConnected: true,
    revoked: await revokeAtGoogle(
      connection.refreshTokenEncrypted,
      root ? `${root}/revoke` : GOOGLE.revokeUrl,
      businessId,
    ),
  };
}

async function revokeAtGoogle(refreshTokenEncrypted: string, revokeUrl: string, businessId: string): Promise<boolean> {
  try {
    const token = decryptToken(refreshTokenEncrypted, configuredTokenKey(env()));
    const client = new auth.OAuth2({ endpoints: { oauth2RevokeUrl: revokeUrl } });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("revocation timed out after 5 s")), 5_000);
    });
    await Promise.race([client.revokeToken(token), timeout]).finally(() => clearTimeout(timer));
    return true;
  } catch (e) {
    const status = (e as GoogleErrorShape).response?.status;
    logger().warn(
      { event: "GMAIL_REVOKE_FAILED", business_id: businessId, status },
      "revoking the Gmail grant failed; the connection is disconnected anyway",
    );
    return false;
  }
}
