"use client";
// The range to sync, inclusive, as YYYY-MM-DD in the business's time zone. Plain text inputs on
// purpose: what the user typed reaches the API, whose 400 names the bad field.
import { useState, type FormEvent } from "react";
import { inputClass, labelClass, primaryButtonClass } from "@/components/ui/styles";

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
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="sync-from" className={labelClass}>
            From date
          </label>
          <input
            id="sync-from"
            name="from_date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            placeholder="YYYY-MM-DD"
            aria-describedby="sync-range-hint"
            inputMode="numeric"
            autoComplete="off"
            className={inputClass}
          />
        </div>
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="sync-to" className={labelClass}>
            To date
          </label>
          <input
            id="sync-to"
            name="to_date"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            placeholder="YYYY-MM-DD"
            aria-describedby="sync-range-hint"
            inputMode="numeric"
            autoComplete="off"
            className={inputClass}
          />
        </div>
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
