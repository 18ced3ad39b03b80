// CSRF defence for routes a browser session can call. SameSite=Lax cookies still travel with
// requests from sibling subdomains and other ports of the same host ("same-site"), so a state change
// made with the session cookie must come from the app's own pages: Sec-Fetch-Site says so in every
// current browser, Origin in the rest. API keys are not ambient credentials and are not checked.
import "server-only";
import { isOwnOrigin } from "../http/origin";
import { ApiError } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function refuseForeignOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const site = request.headers.get("sec-fetch-site");
  // "none" is the user's own action (a bookmark, the address bar); "same-origin" is the app's pages.
  if (site && site !== "same-origin" && site !== "none") throw foreign(`a ${site} page`);
  const origin = request.headers.get("origin");
  if (origin && !isOwnOrigin(origin, request)) throw foreign(origin === "null" ? "an opaque origin" : origin);
}

const foreign = (from: string) =>
  new ApiError(
    403,
    "foreign_origin",
    `Refused a request from ${from}: changes with a signed-in session must come from this app's own pages (scripts use an API key)`,
  );
