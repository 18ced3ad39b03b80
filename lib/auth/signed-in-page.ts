// What every signed-in page needs before rendering: the session (else /sign-in), a business (else
// /sign-up to create one) and the user's businesses for the switcher.
import "server-only";
import { redirect } from "next/navigation";
import { getPageSession } from "@/lib/auth/page-session";
import { businessesOf, type BusinessOfUser } from "@/lib/auth/memberships";
import { getDatabase } from "@/lib/db";

export interface SignedInPage {
  userEmail: string;
  business: BusinessOfUser;
  businesses: BusinessOfUser[];
}

export async function requireSignedInPage(): Promise<SignedInPage> {
  const session = await getPageSession();
  if (!session) redirect("/sign-in");
  if (!session.business) redirect("/sign-up");
  const { prisma } = await getDatabase();
  const businesses = await businessesOf(prisma, session.user.id);
  return { userEmail: session.user.email, business: session.business, businesses };
}
