// The emulator's side of Google OAuth: the consent page (answered at once, like a user clicking
// Allow), the token endpoint (authorization code and refresh token grants) and token revocation.
import type http from "node:http";
import { randomBytes } from "node:crypto";

export const GMAIL_READONLY_SCOPE = "https://www.googleapis.com/auth/gmail.readonly";

type Reply = (status: number, body: unknown, headers?: Record<string, string>) => void;

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  scope: string;
  offline: boolean;
  expiresAt: number;
}

const CODE_TTL_MS = 10 * 60_000;
const token = (prefix: string) => `${prefix}${randomBytes(18).toString("base64url")}`;

async function readForm(req: http.IncomingMessage, url: URL): Promise<URLSearchParams> {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  const form = new URLSearchParams(raw);
  // Google's revoke endpoint also takes `token` in the query string (google-auth-library sends it there).
  for (const [k, v] of url.searchParams) if (!form.has(k)) form.set(k, v);
  return form;
}

export class EmulatorOAuth {
  private readonly refreshTokens: Set<string>;
  private readonly accessTokens = new Map<string, { refreshToken: string; expiresAt: number }>();
  private readonly codes = new Map<string, IssuedCode>();
  /** false: the consent page answers `error=access_denied`, as when the user clicks Cancel. */
  allowConsent = true;

  constructor(
    refreshTokens: Iterable<string>,
    private readonly ttlSeconds: number,
  ) {
    this.refreshTokens = new Set(refreshTokens);
  }

  /** GET /o/oauth2/v2/auth: redirects back to the app with a one-time code (or the denial). */
  consent(url: URL, res: http.ServerResponse, reply: Reply): void {
    const q = url.searchParams;
    const redirectUri = q.get("redirect_uri") ?? "";
    let target: URL;
    try {
      target = new URL(redirectUri);
    } catch {
      return reply(400, { error: "invalid_request", error_description: "Missing or invalid redirect_uri" });
    }
    if (q.get("response_type") !== "code" || !q.get("client_id") || !q.get("scope")) {
      return reply(400, {
        error: "invalid_request",
        error_description: "response_type=code, client_id and scope are required",
      });
    }
    const state = q.get("state");
    if (this.allowConsent) {
      const code = token("4/emu-");
      this.codes.set(code, {
        clientId: q.get("client_id") ?? "",
        redirectUri,
        scope: q.get("scope") ?? "",
        // Like Google, a refresh token only comes with access_type=offline.
        offline: q.get("access_type") === "offline",
        expiresAt: Date.now() + CODE_TTL_MS,
      });
      target.searchParams.set("code", code);
      target.searchParams.set("scope", q.get("scope") ?? "");
    } else {
      target.searchParams.set("error", "access_denied");
    }
    if (state !== null) target.searchParams.set("state", state);
    res.writeHead(302, { location: target.toString() });
    res.end();
  }

  /** POST /token: `authorization_code` and `refresh_token` grants, with Google's error bodies. */
  async token(req: http.IncomingMessage, url: URL, reply: Reply): Promise<void> {
    const form = await readForm(req, url);
    const grant = form.get("grant_type");
    if (grant === "authorization_code") return this.exchangeCode(form, reply);
    if (grant !== "refresh_token") {
      return reply(400, { error: "unsupported_grant_type", error_description: `Invalid grant_type: ${grant ?? ""}` });
    }
    const refreshToken = form.get("refresh_token") ?? "";
    if (!this.refreshTokens.has(refreshToken)) {
      return reply(400, { error: "invalid_grant", error_description: "Token has been expired or revoked." });
    }
    reply(200, { ...this.issueAccessToken(refreshToken), scope: GMAIL_READONLY_SCOPE, token_type: "Bearer" });
  }

  private exchangeCode(form: URLSearchParams, reply: Reply): void {
    const code = form.get("code") ?? "";
    const issued = this.codes.get(code);
    if (!issued) return reply(400, { error: "invalid_grant", error_description: "Malformed auth code." });
    this.codes.delete(code); // one-time, also when the rest of the request is wrong
    if (issued.expiresAt <= Date.now() || issued.clientId !== form.get("client_id")) {
      return reply(400, { error: "invalid_grant", error_description: "Bad Request" });
    }
    if (issued.redirectUri !== form.get("redirect_uri")) {
      return reply(400, { error: "redirect_uri_mismatch", error_description: "Bad Request" });
    }
    if (!form.get("client_secret")) {
      return reply(401, { error: "invalid_client", error_description: "Unauthorized" });
    }
    const refreshToken = token("1//emu-");
    this.refreshTokens.add(refreshToken);
    reply(200, {
      ...this.issueAccessToken(refreshToken),
      ...(issued.offline ? { refresh_token: refreshToken } : {}),
      scope: issued.scope,
      token_type: "Bearer",
    });
  }

  private issueAccessToken(refreshToken: string): { access_token: string; expires_in: number } {
    const accessToken = token("ya29.emu-");
    this.accessTokens.set(accessToken, { refreshToken, expiresAt: Date.now() + this.ttlSeconds * 1000 });
    return { access_token: accessToken, expires_in: this.ttlSeconds };
  }

  /** POST /revoke: a refresh or access token; either revokes the whole grant, as at Google. */
  async revoke(req: http.IncomingMessage, url: URL, reply: Reply): Promise<void> {
    const form = await readForm(req, url);
    const given = form.get("token") ?? "";
    const refreshToken = this.refreshTokens.has(given) ? given : this.accessTokens.get(given)?.refreshToken;
    if (!refreshToken || !this.refreshTokens.has(refreshToken)) {
      return reply(400, { error: "invalid_token", error_description: "Token expired or revoked" });
    }
    this.revokeRefreshToken(refreshToken);
    reply(200, {});
  }

  /** The access token of a request's `Authorization: Bearer`, if it is live. */
  authenticate(req: http.IncomingMessage): string | undefined {
    const m = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "");
    const accessToken = m?.[1];
    const issued = accessToken ? this.accessTokens.get(accessToken) : undefined;
    if (!accessToken || !issued || issued.expiresAt <= Date.now() || !this.refreshTokens.has(issued.refreshToken))
      return undefined;
    return accessToken;
  }

  addRefreshToken(refreshToken: string): void {
    this.refreshTokens.add(refreshToken);
  }

  revokeRefreshToken(refreshToken: string): void {
    this.refreshTokens.delete(refreshToken);
    for (const [access, issued] of this.accessTokens)
      if (issued.refreshToken === refreshToken) this.accessTokens.delete(access);
  }

  expireAccessToken(accessToken: string): void {
    this.accessTokens.delete(accessToken);
  }

  expireAccessTokens(): void {
    this.accessTokens.clear();
  }
}
