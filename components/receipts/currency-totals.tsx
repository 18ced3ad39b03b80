// Totals per currency over the whole filtered set, as the API summed them (never re-added here).
import type { CurrencyTotal } from "@/lib/ui/api-types";
import { formatCount, formatMoney } from "@/lib/ui/format";

export function CurrencyTotals({ totals }: { totals: CurrencyTotal[] }) {
  if (totals.length === 0) return null;
  return (
    <section aria-labelledby="totals-heading">
      <h2 id="totals-heading" className="sr-only">
        Totals per currency
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:gap-3" data-testid="currency-totals">
        {totals.map((t) => (
          <li key={t.currency} className="min-w-0 rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm sm:px-4">
            <p className="text-sm text-slate-700">
              Total {t.currency} · {formatCount(t.count)} receipts
            </p>
            <p className="text-lg font-semibold tabular-nums text-slate-900">{formatMoney(t.amount, t.currency)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
