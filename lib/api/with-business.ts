// The wrapper every business route goes through: resolves the caller and its business (session or
// API key), hands the handler a Prisma client, and maps whatever it throws to the error shape.
import type { NextResponse } from "next/server";
import type { PrismaClient } from "@/generated/prisma/client";
import { resolveCaller, type Caller } from "../auth/caller";
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

type RouteContext<P> = { params: Promise<P> };

export function withBusiness<P = Record<string, never>>(
  handler: (ctx: BusinessContext<P>) => Promise<Response | NextResponse>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const { prisma } = await getDatabase();
      const caller = await resolveKeyCounted(request);
      if (caller.via === "session") refuseForeignOrigin(request);
      await spendRequestBudget(`${caller.via}:${caller.apiKeyId ?? caller.userId}`);
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
