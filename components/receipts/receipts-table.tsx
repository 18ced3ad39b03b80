// One page of receipts. On narrow screens the table scrolls sideways inside its own container.
import Link from "next/link";
import { linkClass } from "@/components/ui/styles";
import type { Receipt } from "@/lib/ui/api-types";
import { formatDay, formatMoney } from "@/lib/ui/format";

export function ReceiptsTable({ receipts, backQuery }: { receipts: Receipt[]; backQuery: string }) {
  const back = backQuery ? `?back=${encodeURIComponent(backQuery)}` : "";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200" tabIndex={0} role="region" aria-label="Receipts table">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Receipts</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Date</th>
            <th scope="col" className="px-3 py-2 font-medium">Vendor</th>
            <th scope="col" className="px-3 py-2 font-medium">Subject</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Amount</th>
            <th scope="col" className="px-3 py-2 font-medium">File</th>
          </tr>
        </thead>
        <tbody>
          {receipts.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2 whitespace-nowrap">{formatDay(r.receipt_date)}</td>
              <td className="px-3 py-2">
                <Link href={`/receipts/${r.id}${back}`} className={linkClass}>
                  {r.vendor}
                </Link>
              </td>
              <td className="max-w-xs truncate px-3 py-2 text-slate-700" title={r.subject}>
                {r.subject}
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums font-medium">{formatMoney(r.amount, r.currency)}</td>
              <td className="px-3 py-2">
                {r.has_file ? (
                  <a href={`/api/receipts/${r.id}/file`} className={linkClass} aria-label={`Download attachment of ${r.vendor} receipt`}>
                    Download
                  </a>
                ) : (
                  <span className="text-slate-600">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
