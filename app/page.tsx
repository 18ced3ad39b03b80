// The front door: what the product does and the two ways in. A signed-in visitor goes straight to the
// dashboard; on the demo, the page says whom to sign in as and where the password is.
import Link from "next/link";
import { redirect } from "next/navigation";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";
import { getPageSession } from "@/lib/auth/page-session";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  if (await getPageSession()) redirect("/dashboard");
  const demoEmail = env().DEMO_SIGN_IN_EMAIL;
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-6 py-16">
      <h1 className="text-3xl font-semibold tracking-tight">Receipt Sync</h1>
      <p className="text-lg text-slate-700">
        Connect your business&apos;s Gmail and every receipt and invoice in it lands in your ledger: vendor, amount,
        currency, date and the original attachment.
      </p>
      <ul className="list-disc space-y-1 pl-6 text-slate-700">
        <li>Sync any date range; progress is shown live while it runs.</li>
        <li>Receipts are saved once per business, however often a range is synced.</li>
        <li>A sync whose worker died is detected within minutes, so you are never stuck behind it.</li>
      </ul>
      <div className="flex flex-wrap gap-3">
        <Link href="/sign-in" className={primaryButtonClass}>
          Sign in
        </Link>
        <Link href="/sign-up" className={secondaryButtonClass}>
          Create an account
        </Link>
      </div>
      {demoEmail ? (
        <p
          className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950"
          data-testid="demo-hint"
        >
          This is the demo, with a sample mailbox and no Google account needed. Sign in as <strong>{demoEmail}</strong>;
          the password was printed in the terminal that runs <code>npm run demo</code>.
        </p>
      ) : null}
    </main>
  );
}
