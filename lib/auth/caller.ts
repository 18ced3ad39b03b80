// Who is calling and for which business: an API key (Authorization: Bearer) acts for its own business,
// a signed-in user for one of their businesses (x-business-id header, rs_business cookie, or the first).
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { forbidden, notFound, unauthorized } from "../errors";
import { getDatabase } from "../db";
import { BUSINESS_COOKIE, readCookie } from "../shared/cookies";
import { authenticateApiKey } from "./api-keys";
import { getAuth, type Auth } from "./auth";
import { businessesOf, membershipOf, type BusinessSummary } from "./memberships";

export const BUSINESS_HEADER = "x-business-id";

export interface Caller {
  business: BusinessSummary;
  via: "session" | "api_key";
  userId: string | null;
  apiKeyId: string | null;
}

/** Tests pass their own database and auth instance; the app uses the process's. */
export interface CallerDeps {
  prisma?: PrismaClient;
  auth?: Auth;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

/** The signed-in user of the session cookie; no session is a 401. */
export async function resolveSessionUser(request: Request, deps: Pick<CallerDeps, "auth"> = {}): Promise<SessionUser> {
  const auth = deps.auth ?? (await getAuth());
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session) throw unauthorized("Sign in first");
  return { id: session.user.id, email: session.user.email, name: session.user.name };
}

export async function resolveCaller(request: Request, deps: CallerDeps = {}): Promise<Caller> {
  const prisma = deps.prisma ?? (await getDatabase()).prisma;
  const authorization = request.headers.get("authorization");
  const requested = requestedBusinessId(request);
  if (authorization !== null) return callerFromApiKey(prisma, authorization, requested);

  const auth = deps.auth ?? (await getAuth());
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session) throw unauthorized();
  const userId = session.user.id;
  const business = requested ? await membershipOf(prisma, userId, requested) : (await businessesOf(prisma, userId))[0];
  if (!business) throw notFound(requested ? "Business not found" : "Business not found: create a business first");
  return { business: summary(business), via: "session", userId, apiKeyId: null };
}

async function callerFromApiKey(
  prisma: PrismaClient,
  authorization: string,
  requested: string | null,
): Promise<Caller> {
  const match = /^Bearer +(\S+) *$/i.exec(authorization);
  if (!match) throw unauthorized("Malformed Authorization header: send 'Authorization: Bearer <api key>'");
  const key = await authenticateApiKey(prisma, match[1]!);
  if (!key) throw unauthorized("Invalid or revoked API key");
  // A key acts for its own business only: naming another one finds nothing.
  if (requested && requested.toLowerCase() !== key.businessId) throw notFound("Business not found");
  const business = await prisma.business.findUnique({
    where: { id: key.businessId },
    select: { id: true, name: true, timezone: true },
  });
  if (!business) throw unauthorized("Invalid or revoked API key");
  return { business, via: "api_key", userId: null, apiKeyId: key.apiKeyId };
}

function requestedBusinessId(request: Request): string | null {
  const header = request.headers.get(BUSINESS_HEADER)?.trim();
  if (header) return header;
  return readCookie(request.headers.get("cookie"), BUSINESS_COOKIE);
}

const summary = ({ id, name, timezone }: BusinessSummary): BusinessSummary => ({ id, name, timezone });

/**
 * Account administration (API keys, business settings, the Gmail connection) is for signed-in people
 * only: a leaked key must not mint, list or revoke keys, change the business or disconnect its mailbox.
 */
export function requireSessionCaller(caller: Caller, what: string): void {
  if (caller.via !== "session") throw forbidden(`${what} in Settings by a signed-in user, not with an API key`);
}
