"use client";
// Monthly spending net of refunds, one bar chart per currency (currencies are never added together). The chart is
// decoration for sighted users; the same numbers are in a table below it for everyone.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { MonthSpending } from "@/lib/ui/api-types";
import { formatMonth, formatMoney } from "@/lib/ui/format";

function byCurrency(months: MonthSpending[]): Map<string, MonthSpending[]> {
  const groups = new Map<string, MonthSpending[]>();
  for (const m of months) groups.set(m.currency, [...(groups.get(m.currency) ?? []), m]);
  for (const list of groups.values()) list.sort((a, b) => a.month.localeCompare(b.month));
  return groups;
}

export function SpendingCharts({ months }: { months: MonthSpending[] }) {
  const groups = byCurrency(months);
  if (groups.size === 0) return <p className="text-sm text-slate-700">No spending in this range.</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {[...groups]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, list]) => (
          <CurrencyChart key={currency} currency={currency} months={list} />
        ))}
    </div>
  );
}

function CurrencyChart({ currency, months }: { currency: string; months: MonthSpending[] }) {
  // Bar heights only: a display approximation; the amounts shown are the API's decimal strings.
  const data = months.map((m) => ({
    month: formatMonth(m.month),
    value: Number(m.amount),
    label: formatMoney(m.amount, currency),
  }));
  const first = months[0]!;
  const last = months[months.length - 1]!;
  return (
    <figure className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3">
      <figcaption className="text-sm font-medium text-slate-900">
        Monthly spending in {currency}, net of refunds, {formatMonth(first.month)}
        {months.length > 1 ? ` to ${formatMonth(last.month)}` : ""} ({months.length}{" "}
        {months.length === 1 ? "month" : "months"})
      </figcaption>
      <div aria-hidden="true" className="h-48 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 4, right: 4, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="month" tick={{ fontSize: 11, fill: "#334155" }} interval="preserveStartEnd" />
            <YAxis tick={{ fontSize: 11, fill: "#334155" }} width={56} />
            <Tooltip formatter={(_value, _name, item) => [(item.payload as { label: string }).label, currency]} />
            <Bar dataKey="value" fill="#0f766e" radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-800 focus-visible:outline-2 focus-visible:outline-slate-900">
          Show the numbers
        </summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">Monthly spending in {currency}, net of refunds</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 font-medium">
                Month
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month} className="border-t border-slate-100">
                <td className="py-1">{formatMonth(m.month)}</td>
                <td className="py-1 text-right tabular-nums">{formatMoney(m.amount, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
