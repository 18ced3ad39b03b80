// Placeholder dashboard: who is signed in and for which business (the real one replaces this).
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getPageSession } from "@/lib/auth/page-session";

export const metadata: Metadata = { title: "Dashboard · Receipt Sync" };
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const session = await getPageSession();
  if (!session) redirect("/sign-in");
  const { user, business } = session;
  return (
    <main className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-10">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{business ? business.name : "Receipt Sync"}</h1>
          <p className="text-sm text-slate-600">
            Signed in as <span className="font-medium text-slate-900">{user.email}</span>
          </p>
        </div>
        <SignOutButton />
      </header>
      {business ? (
        <p className="text-slate-700">Time zone: {business.timezone}</p>
      ) : (
        <p className="text-slate-700">
          You have no business yet. <Link href="/sign-up" className="underline">Create one</Link>.
        </p>
      )}
    </main>
  );
}
