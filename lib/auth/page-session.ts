// The signed-in user of a server-rendered page, and the business the page shows (rs_business cookie
// when it names one of theirs, else their first).
import "server-only";
import { cookies, headers } from "next/headers";
import { getDatabase } from "../db";
import { getAuth } from "./auth";
import { BUSINESS_COOKIE } from "../shared/cookies";
import type { SessionUser } from "./caller";
import { businessesOf, membershipOf, type BusinessOfUser } from "./memberships";

export interface PageSession {
  user: SessionUser;
  business: BusinessOfUser | null;
}

export async function getPageSession(): Promise<PageSession | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { prisma } = await getDatabase();
  const user = { id: session.user.id, email: session.user.email, name: session.user.name };
  const chosen = (await cookies()).get(BUSINESS_COOKIE)?.value;
  const business =
    (chosen ? await membershipOf(prisma, user.id, chosen) : null) ?? (await businessesOf(prisma, user.id))[0] ?? null;
  return { user, business };
}
