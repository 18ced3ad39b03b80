// Totals per currency over the whole filtered set, as the API summed them (never re-added here):
// net of refunds, with the refunds' own count and sum when there are any.
import type { CurrencyTotal } from "@/lib/ui/api-types";
import { formatCount, formatMoney } from "@/lib/ui/format";

export function CurrencyTotals({ totals }: { totals: CurrencyTotal[] }) {
  if (totals.length === 0) return null;
  return (
    <section aria-labelledby="totals-heading" className="flex flex-col gap-2">
      <h2 id="totals-heading" className="text-sm text-slate-700">
        Totals per currency, net of refunds
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:gap-3" data-testid="currency-totals">
        {totals.map((t) => (
          <li
            key={t.currency}
            className="min-w-0 rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm sm:px-4"
          >
            <p className="text-sm text-slate-700">
              Net total {t.currency} · {formatCount(t.count)} {t.count === 1 ? "receipt" : "receipts"}
            </p>
            <p className="text-lg font-semibold tabular-nums text-slate-900">{formatMoney(t.amount, t.currency)}</p>
            {t.refund_count > 0 ? (
              <p className="text-sm text-slate-700" data-testid="refund-total">
                incl. {formatCount(t.refund_count)} {t.refund_count === 1 ? "refund" : "refunds"}:{" "}
                <span className="tabular-nums">{formatMoney(t.refund_amount, t.currency)}</span>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
