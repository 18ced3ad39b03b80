// The wrapper every business route goes through: resolves the caller and its business (session or
// API key), refuses foreign-origin sessions, spends the caller's request budget, refuses API keys on
// session-only routes, hands the handler a Prisma client, and maps whatever it throws to the error shape.
import "server-only";
import type { NextResponse } from "next/server";
import type { PrismaClient } from "@/generated/prisma/client";
import { requireSessionCaller, resolveCaller, type Caller } from "../auth/caller";
import { getDatabase } from "../db";
import { requestClientAddress } from "../http/front-door";
import { AppError } from "../errors";
import { recordFailedAuthentication, refuseIfLockedOut, spendRequestBudget } from "./rate-limit";
import { refuseForeignOrigin } from "./same-origin";
import { errorResponse } from "./respond";

export interface BusinessContext<P> {
  request: Request;
  searchParams: URLSearchParams;
  caller: Caller;
  business: Caller["business"];
  prisma: PrismaClient;
  params: P;
}

export interface BusinessRouteOptions {
  /**
   * Account administration, for signed-in people only: what the route does, as the 403 names it to an
   * API key ("API keys are managed" → "API keys are managed in Settings by a signed-in user, not with an API key").
   */
  sessionOnly?: string;
}

type RouteContext<P> = { params: Promise<P> };

export function withBusiness<P = Record<string, never>>(
  handler: (ctx: BusinessContext<P>) => Promise<Response | NextResponse>,
  options: BusinessRouteOptions = {},
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const { prisma } = await getDatabase();
      const caller = await resolveKeyCounted(request);
      if (caller.via === "session") refuseForeignOrigin(request);
      await spendRequestBudget(`${caller.via}:${caller.apiKeyId ?? caller.userId}`);
      if (options.sessionOnly !== undefined) requireSessionCaller(caller, options.sessionOnly);
      return await handler({
        request,
        searchParams: new URL(request.url).searchParams,
        caller,
        business: caller.business,
        prisma,
        params: await context.params,
      });
    } catch (error) {
      return errorResponse(error, { method: request.method, path: new URL(request.url).pathname }, request);
    }
  };
}

/**
 * An API key that does not authenticate costs its sender's address one failure; an address over
 * its budget is refused before the key is even looked up. Sessions are signed: guessing one is hopeless.
 */
async function resolveKeyCounted(request: Request): Promise<Caller> {
  if (!request.headers.has("authorization")) return resolveCaller(request);
  const address = requestClientAddress(request);
  await refuseIfLockedOut(address);
  try {
    return await resolveCaller(request);
  } catch (error) {
    if (error instanceof AppError && error.kind === "unauthenticated") await recordFailedAuthentication(address);
    throw error;
  }
}
