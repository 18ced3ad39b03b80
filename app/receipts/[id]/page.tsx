// One receipt: vendor, amount, date, the email it came from and its attachment.
import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { ReceiptDetail } from "@/components/receipts/receipt-detail";
import { requireSignedInPage } from "@/lib/auth/signed-in-page";

export const metadata: Metadata = { title: "Receipt · Receipt Sync" };
export const dynamic = "force-dynamic";

export default async function ReceiptPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ back?: string | string[] }>;
}) {
  const page = await requireSignedInPage();
  const { id } = await params;
  const { back } = await searchParams;
  // Only a query string is accepted as "back", so the link cannot point off-site.
  const backQuery = typeof back === "string" ? new URLSearchParams(back).toString() : "";
  return (
    <AppShell {...page}>
      <ReceiptDetail
        id={id}
        backHref={backQuery ? `/receipts?${backQuery}` : "/receipts"}
        timeZone={page.business.timezone}
      />
    </AppShell>
  );
}
