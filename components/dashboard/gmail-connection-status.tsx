"use client";
// Which Gmail mailbox this business syncs from, and whether it still works (read-only here).
import Link from "next/link";
import type { ReactNode } from "react";
import { cardClass, linkClass } from "@/components/ui/styles";
import { useGmailConnection } from "./use-gmail-connection";

const STATUS_TEXT = {
  active: { label: "Connected", tone: "bg-emerald-100 text-emerald-900" },
  needs_reauth: { label: "Needs reconnecting", tone: "bg-amber-100 text-amber-900" },
  disconnected: { label: "Disconnected", tone: "bg-slate-200 text-slate-900" },
} as const;

export function GmailConnectionStatus({
  showSettingsLink = true,
  children,
}: {
  showSettingsLink?: boolean;
  children?: ReactNode;
}) {
  const { connection, isLoading, error } = useGmailConnection();
  return (
    <section aria-labelledby="gmail-heading" className={`${cardClass} flex min-w-0 flex-col gap-3 lg:self-start`}>
      <h2 id="gmail-heading" className="text-lg font-semibold">
        Gmail
      </h2>
      {isLoading ? <p className="text-sm text-slate-600">Loading the connection…</p> : null}
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          Could not load the Gmail connection: {error.message}
        </p>
      ) : null}
      {!isLoading && !error && !connection ? (
        <p className="text-sm text-slate-700">No Gmail mailbox is connected yet.</p>
      ) : null}
      {connection ? (
        <div className="flex flex-col gap-2" data-testid="gmail-connection">
          <p className="break-all font-medium text-slate-900">{connection.email}</p>
          <p className="flex flex-wrap gap-2">
            <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${STATUS_TEXT[connection.status].tone}`}>
              {STATUS_TEXT[connection.status].label}
            </span>
            {connection.demo ? (
              <span className="rounded-full bg-sky-100 px-2.5 py-0.5 text-sm font-medium text-sky-900">
                Demo mailbox
              </span>
            ) : null}
          </p>
          {connection.status === "needs_reauth" ? (
            <p className="text-sm text-slate-700">
              Google stopped accepting this connection (the grant was revoked or expired). Connect Gmail again to keep
              syncing.
            </p>
          ) : null}
        </div>
      ) : null}
      {showSettingsLink && (!connection || connection.status !== "active") ? (
        <Link href="/settings" className={`${linkClass} text-sm`}>
          Connect Gmail in Settings
        </Link>
      ) : null}
      {children}
    </section>
  );
}
