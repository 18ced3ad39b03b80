import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getPageSession } from "@/lib/auth/page-session";

export const metadata: Metadata = { title: "Create your account · Receipt Sync" };
export const dynamic = "force-dynamic";

export default async function SignUpPage() {
  const session = await getPageSession();
  if (session?.business) redirect("/dashboard");
  // Signed in without a business (the business step failed earlier): only that step is left.
  return <SignUpForm signedInAs={session?.user.email ?? null} />;
}
