"use client";
// The email a receipt or a near miss came from, as the sender wrote it but inert. The server already
// sanitised the HTML; here it is shown in an iframe with an empty sandbox (no scripts, forms, popups or
// navigation) whose document starts with a CSP that forbids every load but data: images. Mail is
// read from Gmail on demand, so it loads only when asked for (or when its review item is current).
import { useState } from "react";
import useSWR from "swr";
import { Alert } from "@/components/ui/messages";
import { secondaryButtonClass } from "@/components/ui/styles";
import type { SourceEmail as SourceEmailData } from "@/lib/ui/api-types";
import { ApiRequestError, swrFetcher } from "@/lib/ui/fetch-json";

const FRAME_POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`;
const FRAME_STYLE = `<style>
body { margin: 12px; font: 14px/1.45 system-ui, sans-serif; color: #0f172a; overflow-wrap: anywhere; }
img, table { max-width: 100%; }
img { height: auto; }
span[title^="http"], span[title^="mailto:"] { text-decoration: underline; }
</style>`;

/** The iframe's whole document: the policy first, so it governs everything after it. */
export const frameDocument = (html: string) => `${FRAME_POLICY}<meta charset="utf-8">${FRAME_STYLE}${html}`;

const MESSAGES: Record<string, string> = {
  gmail_not_connected: "Gmail is not connected, so the email can't be shown. Connect it in Settings.",
  source_not_found: "This email is no longer in the Gmail mailbox, so it can't be shown.",
};

function problemOf(error: unknown): string {
  const code = error instanceof ApiRequestError ? error.body?.code : undefined;
  if (typeof code === "string" && MESSAGES[code]) return MESSAGES[code];
  return error instanceof Error ? error.message : "The email can't be shown.";
}

export function SourceEmail({
  of,
  id,
  autoLoad = false,
}: {
  /** Whose email: a receipt's or a near-miss candidate's. */
  of: "receipt" | "candidate";
  id: string;
  /** Load at once (the current review item) rather than behind "Show email". */
  autoLoad?: boolean;
}) {
  const [asked, setAsked] = useState(false);
  const path =
    of === "receipt"
      ? `/api/receipts/${encodeURIComponent(id)}/source`
      : `/api/review/candidates/${encodeURIComponent(id)}/source`;
  // Every read is a Gmail call: no refetch on focus, no retry loop on a mailbox that is not there.
  const { data, error, isLoading } = useSWR<{ email: SourceEmailData }>(autoLoad || asked ? path : null, swrFetcher, {
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });
  const email = data?.email;

  return (
    <section className="flex min-w-0 flex-col gap-2" aria-label="The email as sent" data-testid="source-email">
      {!autoLoad && !asked ? (
        <button type="button" className={`${secondaryButtonClass} self-start`} onClick={() => setAsked(true)}>
          Show email
        </button>
      ) : null}
      {isLoading ? <p className="text-sm text-slate-600">Loading the email from Gmail…</p> : null}
      {error ? <Alert message={problemOf(error)} /> : null}
      {email ? <EmailBody email={email} /> : null}
    </section>
  );
}

function EmailBody({ email }: { email: SourceEmailData }) {
  const title = `Email from ${email.from || "unknown sender"}: ${email.subject || "(no subject)"}`;
  return (
    <>
      {email.html !== null ? (
        <iframe
          sandbox=""
          srcDoc={frameDocument(email.html)}
          title={title}
          referrerPolicy="no-referrer"
          className="h-96 w-full rounded-md border border-slate-300 bg-white"
          data-testid="source-email-frame"
        />
      ) : email.text !== null ? (
        <pre
          className="h-96 w-full overflow-auto whitespace-pre-wrap break-words rounded-md border border-slate-300 bg-white p-3 text-sm text-slate-900"
          aria-label={title}
          tabIndex={0}
        >
          {email.text}
        </pre>
      ) : (
        <p className="text-sm text-slate-700">This email has no HTML or text part to show.</p>
      )}
      {email.attachments.length ? (
        <p className="text-sm text-slate-700">
          Attached:{" "}
          {email.attachments.map((a) => `${a.filename} (${Math.max(1, Math.round(a.size / 1024))} kB)`).join(", ")}
        </p>
      ) : null}
    </>
  );
}
