// What every request has checked before Next.js sees it: who sent it and whether its path can be read.
// Next passes X-Forwarded-For through as the client sent it (it only fills it in when absent), and
// Better Auth and our rate limits key on it, so a client could name a new address on every request.
// Forwarding headers are believed only from the number of proxy hops TRUST_PROXY says are ours.
import type { IncomingHttpHeaders } from "node:http";

const FORWARDING = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "forwarded",
  "x-real-ip",
] as const;

/** "::ffff:127.0.0.1" is the IPv4 client of a dual-stack socket. */
function plainAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address: the socket's peer, or — behind `trustedHops` proxies of our own — the entry
 * the outermost of them appended to X-Forwarded-For. Entries further left were written by the client.
 */
export function clientAddress(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  trustedHops: number,
): string {
  const peer = plainAddress(socketAddress ?? "unknown");
  if (trustedHops === 0) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [...header.split(",").map(plainAddress).filter(Boolean), peer];
  // Fewer entries than trusted hops: the request came round the proxies; the leftmost is all we have.
  return chain[Math.max(0, chain.length - 1 - trustedHops)]!;
}

/**
 * Rewrites the request's forwarding headers in place so everything downstream can believe them:
 * X-Forwarded-For holds exactly one address, the client's. Without trusted proxies the client's own
 * X-Forwarded-Host/Proto are dropped too, and Next fills them in from the Host header and the socket.
 */
export function settleForwarding(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  trustedHops: number,
): string {
  const client = clientAddress(headers["x-forwarded-for"], socketAddress, trustedHops);
  if (trustedHops === 0) for (const name of FORWARDING) delete headers[name];
  headers["x-forwarded-for"] = client;
  return client;
}

/**
 * Whether every percent-escape of the path decodes to UTF-8. Next answers a bad one ("%ff",
 * an escaped lone surrogate) with a bare 500 before any route runs, so it is refused here.
 */
export function isReadablePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? "";
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The client's address as the front door settled it (one entry of X-Forwarded-For). */
export function requestClientAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
