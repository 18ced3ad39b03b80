export default function HomePage() {
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
    </main>
  );
}
