"use client";
// The business's time zone: receipt dates and sync ranges are counted in it.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, Notice } from "@/components/ui/messages";
import { inputClass, labelClass, primaryButtonClass } from "@/components/ui/styles";
import { fetchJson } from "@/lib/ui/fetch-json";
import { useMutation } from "@/lib/ui/use-mutation";
import { useTimeZones } from "@/lib/ui/use-time-zones";

export function BusinessTimezoneForm({ current }: { current: string }) {
  const router = useRouter();
  const { zones } = useTimeZones();
  const [timezone, setTimezone] = useState(current);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(async (zone: string) => {
    setSaved(null);
    await fetchJson("/api/business", { method: "PATCH", body: JSON.stringify({ timezone: zone }) });
    setSaved(`Saved: new syncs count days in ${zone}.`);
    router.refresh();
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.run(timezone);
  }

  const options = zones.includes(current) ? zones : [current, ...zones];
  return (
    <form onSubmit={submit} className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-end">
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
      <button type="submit" disabled={save.pending || timezone === current} className={primaryButtonClass}>
        Save time zone
      </button>
      <div className="sm:basis-full">
        <Alert message={save.error} />
        <Notice message={saved} />
      </div>
    </form>
  );
}
