// The browser side of "Connect Gmail": the redirect URI, the state cookie (double-submitted with
// the `state` parameter, so a callback only completes in the browser that started it) and the
// redirects back to Settings — where errors arrive as `?gmail_error=<code>`, never as JSON.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { readCookie } from "../shared/cookies";
import { appOrigin } from "../http/origin";
import { InvalidOAuthState } from "./oauth-errors";
import { OAUTH_STATE_TTL_MS } from "./oauth-state";

export const GMAIL_OAUTH_COOKIE = "rs_gmail_oauth";
const COOKIE_PATH = "/api/gmail";

/** The redirect URI to register in Google Cloud Console. */
export const gmailCallbackUrl = (request: Request) => `${appOrigin(request)}/api/gmail/callback`;

function stateCookie(request: Request, value: string, maxAgeSeconds: number): string {
  const secure = appOrigin(request).startsWith("https:") ? "; Secure" : "";
  return `${GMAIL_OAUTH_COOKIE}=${value}; Path=${COOKIE_PATH}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
}

/** 302 to Google's consent screen, remembering the state in this browser. */
export function redirectToConsent(request: Request, consent: { url: string; state: string }): Response {
  return new Response(null, {
    status: 302,
    headers: {
      location: consent.url,
      "set-cookie": stateCookie(request, consent.state, OAUTH_STATE_TTL_MS / 1000),
      "cache-control": "no-store",
    },
  });
}

/** Throws unless the callback's state is the one this browser's cookie holds. */
export function requireStateCookie(request: Request, state: string): void {
  const cookie = readCookie(request.headers.get("cookie"), GMAIL_OAUTH_COOKIE);
  const [a, b] = [Buffer.from(cookie ?? ""), Buffer.from(state)];
  if (!cookie || a.length !== b.length || !timingSafeEqual(a, b)) throw new InvalidOAuthState("cookie_mismatch");
}

/** 302 to a page of the app (Settings unless told) with the outcome; the state cookie is spent either way. */
export function connectOutcomeRedirect(
  request: Request,
  outcome: { gmail: "connected" } | { gmail_error: string },
  page: "/settings" | "/dashboard" = "/settings",
): Response {
  const url = new URL(`${appOrigin(request)}${page}`);
  for (const [k, v] of Object.entries(outcome)) url.searchParams.set(k, v);
  return new Response(null, {
    status: 302,
    headers: { location: url.toString(), "set-cookie": stateCookie(request, "", 0), "cache-control": "no-store" },
  });
}

/** Wraps a withBusiness route a browser navigates to: an error response becomes `/settings?gmail_error=<code>`. */
export function redirectingErrorsToSettings<C>(route: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    const response = await route(request, context);
    if (response.status < 400) return response;
    // withBusiness already logged what needed logging; only the stable code travels in the URL.
    const body = (await response.json().catch(() => null)) as { code?: unknown } | null;
    const code = typeof body?.code === "string" && /^[a-z0-9_]{1,64}$/.test(body.code) ? body.code : "internal_error";
    return connectOutcomeRedirect(request, { gmail_error: code });
  };
}
