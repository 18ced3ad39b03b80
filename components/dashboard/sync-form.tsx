"use client";
// The range to sync, inclusive, as YYYY-MM-DD in the business's time zone (see DayField for why plain text).
import { useState, type FormEvent } from "react";
import { DayField } from "@/components/ui/day-field";
import { primaryButtonClass } from "@/components/ui/styles";

export function SyncForm({
  defaultFrom,
  defaultTo,
  pending,
  onSync,
}: {
  defaultFrom: string;
  defaultTo: string;
  pending: boolean;
  onSync: (fromDate: string, toDate: string) => void;
}) {
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState(defaultTo);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSync(from.trim(), to.trim());
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-2">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <DayField
          id="sync-from"
          name="from_date"
          label="From date"
          value={from}
          onChange={setFrom}
          describedBy="sync-range-hint"
          className="flex flex-1 flex-col gap-1"
        />
        <DayField
          id="sync-to"
          name="to_date"
          label="To date"
          value={to}
          onChange={setTo}
          describedBy="sync-range-hint"
          className="flex flex-1 flex-col gap-1"
        />
        <button type="submit" disabled={pending} aria-busy={pending} className={`${primaryButtonClass} h-10.5 sm:w-28`}>
          Sync
        </button>
      </div>
      <p id="sync-range-hint" className="text-sm text-slate-600">
        {pending ? "Starting the sync…" : "Dates as YYYY-MM-DD, both included."}
      </p>
    </form>
  );
}
