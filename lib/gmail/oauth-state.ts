// The OAuth `state`: an HMAC-signed, expiring token binding the business that started the
// connection and a nonce. The key is derived from the auth secret, so every app host can verify it.
import "server-only";
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { configuredAuthSecret } from "../auth/auth";
import { env } from "../env";
import { InvalidOAuthState } from "./oauth-errors";

export const OAUTH_STATE_TTL_MS = 10 * 60_000;
const VERSION = "s1";

interface StatePayload {
  /** business id */
  b: string;
  /** nonce */
  n: string;
  /** expiry, epoch ms */
  e: number;
}

function stateKey(): Buffer {
  // A key of its own (HKDF), so a state signature can never double as a session signature.
  return Buffer.from(hkdfSync("sha256", configuredAuthSecret(env()), "", "receipt-sync gmail oauth state v1", 32));
}

const sign = (body: string) => createHmac("sha256", stateKey()).update(`${VERSION}.${body}`).digest("base64url");

export function createOAuthState(businessId: string, now = Date.now()): string {
  const payload: StatePayload = {
    b: businessId,
    n: randomBytes(16).toString("base64url"),
    e: now + OAUTH_STATE_TTL_MS,
  };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${VERSION}.${body}.${sign(body)}`;
}

/** Throws InvalidOAuthState unless the state is ours, unexpired and for `expectedBusinessId`. */
export function verifyOAuthState(state: string, expectedBusinessId: string, now = Date.now()): void {
  const [version, body, signature, ...rest] = state.split(".");
  if (version !== VERSION || !body || !signature || rest.length) throw new InvalidOAuthState("malformed");
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidOAuthState("signature");
  let payload: Partial<StatePayload>;
  try {
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Partial<StatePayload>;
  } catch {
    throw new InvalidOAuthState("malformed");
  }
  if (typeof payload.e !== "number" || typeof payload.b !== "string") throw new InvalidOAuthState("malformed");
  if (payload.e <= now) throw new InvalidOAuthState("expired");
  if (payload.b !== expectedBusinessId) throw new InvalidOAuthState("other_business");
}
