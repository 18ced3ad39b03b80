// The wrapper of routes that need a signed-in user but no business yet (creating the first business):
// resolves the session, hands the handler a Prisma client, and maps whatever it throws to the error shape.
import "server-only";
import type { NextResponse } from "next/server";
import type { PrismaClient } from "@/generated/prisma/client";
import { resolveSessionUser, type SessionUser } from "../auth/caller";
import { getDatabase } from "../db";
import { spendRequestBudget } from "./rate-limit";
import { errorResponse } from "./respond";
import { refuseForeignOrigin } from "./same-origin";

export interface UserContext {
  request: Request;
  user: SessionUser;
  prisma: PrismaClient;
}

export function withUser(handler: (ctx: UserContext) => Promise<Response | NextResponse>) {
  return async (request: Request): Promise<Response> => {
    try {
      const { prisma } = await getDatabase();
      const user = await resolveSessionUser(request);
      refuseForeignOrigin(request);
      // The same per-user budget as business routes: creating businesses in a loop is still a flood.
      await spendRequestBudget(`session:${user.id}`);
      return await handler({ request, user, prisma });
    } catch (error) {
      return errorResponse(error, { method: request.method, path: new URL(request.url).pathname }, request);
    }
  };
}
