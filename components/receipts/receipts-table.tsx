// One page of receipts. On narrow screens the table scrolls sideways inside its own container.
// Refunds carry a Refund badge and a minus sign; their amounts are negative, as the API sends them.
// A receipt waiting for a person is marked "Needs review" in words, not only by colour.
import Link from "next/link";
import { linkClass } from "@/components/ui/styles";
import type { Receipt } from "@/lib/ui/api-types";
import { formatDay, formatMoney } from "@/lib/ui/format";
import { amountClass, KindBadge } from "./kind-badge";

export function ReceiptsTable({ receipts, backQuery }: { receipts: Receipt[]; backQuery: string }) {
  const back = backQuery ? `?back=${encodeURIComponent(backQuery)}` : "";
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200"
      tabIndex={0}
      role="region"
      aria-label="Receipts table"
    >
      <table className="w-full min-w-[42rem] text-left text-sm">
        <caption className="sr-only">Receipts</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Date
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Vendor
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Subject
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Kind
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Amount
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Category
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              File
            </th>
          </tr>
        </thead>
        <tbody>
          {receipts.map((r) => (
            <tr key={r.id} data-kind={r.kind} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2 whitespace-nowrap">{formatDay(r.receipt_date)}</td>
              <td className="px-3 py-2">
                <Link href={`/receipts/${r.id}${back}`} className={linkClass}>
                  {r.vendor}
                </Link>
                {r.review_status === "needs_review" ? <NeedsReviewMarker /> : null}
              </td>
              <td className="max-w-xs truncate px-3 py-2 text-slate-700" title={r.subject}>
                {r.subject}
              </td>
              <td className="px-3 py-2">
                <KindBadge kind={r.kind} />
              </td>
              <td className={`px-3 py-2 text-right whitespace-nowrap tabular-nums font-medium ${amountClass(r.kind)}`}>
                {formatMoney(r.amount, r.currency)}
              </td>
              <td className="px-3 py-2 text-slate-700">
                {r.category?.name ?? <span className="text-slate-600">—</span>}
              </td>
              <td className="px-3 py-2">
                {r.has_file ? (
                  <a
                    href={`/api/receipts/${r.id}/file`}
                    className={linkClass}
                    aria-label={`Download attachment of ${r.vendor} receipt`}
                  >
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

export function NeedsReviewMarker() {
  return (
    <span
      data-testid="needs-review"
      className="ml-2 inline-flex whitespace-nowrap rounded-full border border-amber-400 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-950"
    >
      Needs review
    </span>
  );
}
