// Settings: the business's time zone, its Gmail connection and automatic sync, its categories and vendor rules, and its API keys.
import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { mailboxFiltersJson } from "@/lib/api/mailbox-filters-json";
import { ApiKeysManager } from "@/components/settings/api-keys-manager";
import { AutomaticSyncForm } from "@/components/settings/automatic-sync-form";
import { BusinessTimezoneForm } from "@/components/settings/business-timezone-form";
import { CategoriesManager } from "@/components/settings/categories-manager";
import { GmailConnectionSettings } from "@/components/settings/gmail-connection-settings";
import { MailboxFiltersForm } from "@/components/settings/mailbox-filters-form";
import { VendorRulesManager } from "@/components/settings/vendor-rules-manager";
import { cardClass } from "@/components/ui/styles";
import { requireSignedInPage } from "@/lib/auth/signed-in-page";
import { getDatabase } from "@/lib/db";
import { mailboxFilter } from "@/lib/sync/mailbox-filters";
import { syncSchedule } from "@/lib/sync/schedule";

export const metadata: Metadata = { title: "Settings · Receipt Sync" };
export const dynamic = "force-dynamic";

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = await requireSignedInPage();
  const { prisma } = await getDatabase();
  const query = await searchParams;
  const outcome =
    typeof query.gmail_error === "string"
      ? { error: query.gmail_error }
      : query.gmail === "connected"
        ? { connected: true as const }
        : null;
  return (
    <AppShell {...page}>
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <section aria-labelledby="business-heading" className={`${cardClass} flex flex-col gap-2`}>
        <h2 id="business-heading" className="text-lg font-semibold">
          Business
        </h2>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-slate-700">Name</dt>
          <dd className="text-slate-900">{page.business.name}</dd>
        </dl>
        <BusinessTimezoneForm current={page.business.timezone} />
        <p className="text-sm text-slate-700">Receipt dates and sync ranges are counted in this time zone.</p>
      </section>
      <GmailConnectionSettings outcome={outcome} />
      <AutomaticSyncForm current={await syncSchedule(prisma, page.business.id)} />
      <MailboxFiltersForm current={mailboxFiltersJson(await mailboxFilter(prisma, page.business.id))} />
      <CategoriesManager />
      <VendorRulesManager />
      <ApiKeysManager />
    </AppShell>
  );
}
