// The origin a browser reached the app by, and the app's public origin. Next builds request.url from
// its configured server name, so it cannot tell localhost from 127.0.0.1 or a LAN name: the browser's
// host is in Host (or X-Forwarded-Host from a trusted proxy; the front door drops anyone else's).
import { env } from "../env";

// A host[:port] and nothing else, so a hostile Host cannot smuggle a path or credentials into a URL.
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0]?.trim() || undefined;
}

/** The origin this request was sent to, as the browser wrote it. */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = firstValue(request.headers.get("x-forwarded-host")) ?? firstValue(request.headers.get("host"));
  const proto = firstValue(request.headers.get("x-forwarded-proto"));
  const scheme = proto === "https" || proto === "http" ? proto : url.protocol.replace(":", "");
  return host && HOST.test(host) ? `${scheme}://${host.toLowerCase()}` : url.origin;
}

/** The app's public origin: BETTER_AUTH_URL (behind a proxy), else the request's own. */
export function appOrigin(request: Request): string {
  const configured = env().BETTER_AUTH_URL;
  return configured ? new URL(configured).origin : requestOrigin(request);
}

/** Whether an Origin header names the app: its public origin or, without one, the request's own. */
export function isOwnOrigin(origin: string, request: Request): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return parsed.origin === appOrigin(request) || parsed.origin === requestOrigin(request);
}
