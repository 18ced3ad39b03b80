import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getPageSession } from "@/lib/auth/page-session";

export const metadata: Metadata = { title: "Sign in · Receipt Sync" };
export const dynamic = "force-dynamic";

export default async function SignInPage() {
  if (await getPageSession()) redirect("/dashboard");
  return <SignInForm />;
}
