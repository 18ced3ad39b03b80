// The counters of a run: messages scanned, pages, receipts saved.
import type { SyncRun } from "@/lib/ui/api-types";
import { formatCount } from "@/lib/ui/format";

export function RunCounters({ run }: { run: Pick<SyncRun, "messages_scanned" | "pages_scanned" | "saved_receipts"> }) {
  const counters = [
    { label: "Messages scanned", value: run.messages_scanned, testId: "messages-scanned" },
    { label: "Pages", value: run.pages_scanned, testId: "pages-scanned" },
    { label: "Receipts saved", value: run.saved_receipts, testId: "receipts-saved" },
  ];
  return (
    <dl className="grid grid-cols-3 gap-2">
      {counters.map((c) => (
        <div key={c.testId} className="rounded-lg bg-slate-100 px-3 py-2">
          <dt className="text-xs font-medium text-slate-700 sm:text-sm">{c.label}</dt>
          <dd className="text-lg font-semibold tabular-nums text-slate-900 sm:text-xl" data-testid={c.testId}>
            {formatCount(c.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
