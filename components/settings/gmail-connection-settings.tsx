"use client";
// The Gmail connection as Settings shows it: its state, the outcome of a "Connect Gmail" round trip
// (Google's redirect lands here with ?gmail=connected or ?gmail_error=<code>), and the way to (re)connect.
import { GmailConnectionStatus } from "@/components/dashboard/gmail-connection-status";
import { useGmailConnection } from "@/components/dashboard/use-gmail-connection";
import { Alert, Notice } from "@/components/ui/messages";
import { secondaryButtonClass } from "@/components/ui/styles";

const ERROR_TEXT: Record<string, string> = {
  gmail_access_denied:
    "Gmail was not connected: access was not allowed on Google's consent screen. Connect again and choose Allow.",
  gmail_oauth_not_configured:
    "Connecting Gmail is not configured on this server yet (no Google OAuth client). Ask your administrator.",
  gmail_oauth_state_expired: "The Gmail connection attempt expired (it must finish within 10 minutes). Connect again.",
  gmail_oauth_state_invalid: "The Gmail connection attempt could not be verified. Connect again from this page.",
  unauthorized: "Your session ended during the Gmail connection. Sign in and connect again.",
};

export function GmailConnectionSettings({ outcome }: { outcome: { error: string } | { connected: true } | null }) {
  const { connection } = useGmailConnection();
  const label = connection && connection.status !== "disconnected" ? "Reconnect Gmail" : "Connect Gmail";
  return (
    <div className="flex flex-col gap-3">
      {outcome && "error" in outcome ? (
        <Alert message={ERROR_TEXT[outcome.error] ?? `Gmail was not connected (${outcome.error}). Try again.`} />
      ) : null}
      {outcome && "connected" in outcome ? (
        <Notice message="Gmail is connected. Syncs now read from this mailbox." />
      ) : null}
      <GmailConnectionStatus showSettingsLink={false}>
        {/* A full navigation, not fetch: the route redirects to Google's consent screen. */}
        <a href="/api/gmail/connect" className={`${secondaryButtonClass} self-start`}>
          {label}
        </a>
      </GmailConnectionStatus>
    </div>
  );
}
