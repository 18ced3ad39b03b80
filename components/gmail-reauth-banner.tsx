"use client";
// On every signed-in page while Google refuses the business's Gmail grant (revoked, or a "Testing" app's
// 7-day refresh token expired): syncs, automatic ones included, are paused until someone reconnects.
import { useGmailConnection } from "@/components/dashboard/use-gmail-connection";
import { primaryButtonClass } from "@/components/ui/styles";

export function GmailReauthBanner() {
  const { connection } = useGmailConnection();
  if (connection?.status !== "needs_reauth") return null;
  return (
    <section
      aria-labelledby="gmail-reauth-heading"
      className="border-b border-amber-300 bg-amber-50"
      data-testid="gmail-reauth-banner"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="min-w-0">
          <h2 id="gmail-reauth-heading" className="font-semibold text-amber-950">
            Gmail needs you to sign in again
          </h2>
          <p className="break-words text-sm text-amber-950">
            Google stopped accepting Receipt Sync&apos;s access to {connection.email}. Syncing, automatic syncs
            included, is paused until you reconnect; receipts already imported stay as they are.
          </p>
        </div>
        {/* A full navigation: the route redirects to Google's consent screen and back. */}
        <a href="/api/gmail/connect" className={primaryButtonClass}>
          Reconnect Gmail
        </a>
      </div>
    </section>
  );
}
