"use client";
// The business's time zone: receipt dates and sync ranges are counted in it.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, Notice } from "@/components/ui/messages";
import { inputClass, labelClass, primaryButtonClass } from "@/components/ui/styles";
import { fetchJson } from "@/lib/ui/fetch-json";
import { useTimeZones } from "@/lib/ui/use-time-zones";

export function BusinessTimezoneForm({ current }: { current: string }) {
  const router = useRouter();
  const { zones } = useTimeZones();
  const [timezone, setTimezone] = useState(current);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setSaved(null);
    try {
      await fetchJson("/api/business", { method: "PATCH", body: JSON.stringify({ timezone }) });
      setSaved(`Saved: new syncs count days in ${timezone}.`);
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setPending(false);
    }
  }

  const options = zones.includes(current) ? zones : [current, ...zones];
  return (
    <form onSubmit={save} className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-end">
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="business-timezone" className={labelClass}>
          Time zone
        </label>
        <select
          id="business-timezone"
          value={timezone}
          onChange={(e) => setTimezone(e.target.value)}
          className={inputClass}
        >
          {options.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending || timezone === current} className={primaryButtonClass}>
        Save time zone
      </button>
      <div className="sm:basis-full">
        <Alert message={error} />
        <Notice message={saved} />
      </div>
    </form>
  );
}
