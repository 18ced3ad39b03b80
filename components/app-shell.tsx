// The frame of the signed-in pages: navigation, the business (with a switcher when there are several),
// sign-out, and the banner that asks for a Gmail reconnect. Pages resolve the session first and hand it in.
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { BusinessSwitcher } from "@/components/business-switcher";
import { GmailReauthBanner } from "@/components/gmail-reauth-banner";
import { NavLinks } from "@/components/nav-links";
import type { BusinessOfUser } from "@/lib/auth/memberships";

export function AppShell({
  business,
  businesses,
  userEmail,
  children,
}: {
  business: BusinessOfUser;
  businesses: BusinessOfUser[];
  userEmail: string;
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
          <div className="flex min-w-0 flex-wrap items-center gap-x-6 gap-y-2">
            <p className="font-semibold tracking-tight text-slate-900">Receipt Sync</p>
            <NavLinks />
          </div>
          <div className="flex min-w-0 flex-wrap items-center gap-3">
            {businesses.length > 1 ? (
              <BusinessSwitcher current={business.id} businesses={businesses.map(({ id, name }) => ({ id, name }))} />
            ) : (
              <p className="truncate text-sm font-medium text-slate-900" title={business.name}>
                {business.name}
              </p>
            )}
            <p className="hidden truncate text-sm text-slate-600 md:block" title={userEmail}>
              {userEmail}
            </p>
            <SignOutButton />
          </div>
        </div>
      </header>
      <GmailReauthBanner />
      <main id="main" className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
