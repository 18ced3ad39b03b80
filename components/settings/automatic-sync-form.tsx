"use client";
// Automatic sync: on or off, how often, and how many months the first import after connecting reads.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useSWRConfig } from "swr";
import { SYNC_STATUS_KEY } from "@/components/dashboard/use-sync-status";
import { Alert, Notice } from "@/components/ui/messages";
import { cardClass, inputClass, labelClass, primaryButtonClass } from "@/components/ui/styles";
import type { SyncSchedule } from "@/lib/ui/api-types";
import { fetchJson } from "@/lib/ui/fetch-json";
import { formatInterval } from "@/lib/ui/schedule-sentence";
import { useMutation } from "@/lib/ui/use-mutation";

const INTERVALS = [15, 30, 60, 120, 360, 720, 1440];

interface AutomaticSyncSettings {
  auto_sync: boolean;
  sync_interval_minutes: number;
  first_import_months: number;
}

export function AutomaticSyncForm({ current: schedule }: { current: SyncSchedule }) {
  const router = useRouter();
  const { mutate } = useSWRConfig();
  const current: AutomaticSyncSettings = {
    auto_sync: schedule.enabled,
    sync_interval_minutes: schedule.interval_minutes,
    first_import_months: schedule.first_import_months,
  };
  const [settings, setSettings] = useState(current);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(async (next: AutomaticSyncSettings) => {
    setSaved(null);
    await fetchJson("/api/business", { method: "PATCH", body: JSON.stringify(next) });
    setSaved(
      next.auto_sync
        ? `Saved: syncs every ${formatInterval(next.sync_interval_minutes)}.`
        : "Saved: automatic sync is off.",
    );
    router.refresh();
    // The dashboard's schedule line and first step read these settings from the cached status.
    void mutate(SYNC_STATUS_KEY);
  });
  const intervals = INTERVALS.includes(current.sync_interval_minutes)
    ? INTERVALS
    : [...INTERVALS, current.sync_interval_minutes].sort((a, b) => a - b);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.run(settings);
  }

  return (
    <section aria-labelledby="automatic-sync-heading" className={`${cardClass} flex flex-col gap-3`}>
      <h2 id="automatic-sync-heading" className="text-lg font-semibold">
        Automatic sync
      </h2>
      <form onSubmit={submit} className="flex flex-col gap-3">
        <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
          <input
            type="checkbox"
            checked={settings.auto_sync}
            onChange={(e) => setSettings({ ...settings, auto_sync: e.target.checked })}
          />
          Sync new receipts from Gmail automatically
        </label>
        <div className="flex flex-col gap-1">
          <label htmlFor="sync-interval" className={labelClass}>
            Every
          </label>
          <select
            id="sync-interval"
            value={settings.sync_interval_minutes}
            disabled={!settings.auto_sync}
            onChange={(e) => setSettings({ ...settings, sync_interval_minutes: Number(e.target.value) })}
            className={inputClass}
          >
            {intervals.map((m) => (
              <option key={m} value={m}>
                {formatInterval(m)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="first-import-months" className={labelClass}>
            First import after connecting Gmail (months back, 1–60)
          </label>
          <input
            id="first-import-months"
            type="number"
            min={1}
            max={60}
            value={settings.first_import_months}
            onChange={(e) => setSettings({ ...settings, first_import_months: Number(e.target.value) })}
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={save.pending} className={`${primaryButtonClass} self-start`}>
          Save automatic sync
        </button>
        <Alert message={save.error} />
        <Notice message={saved} />
      </form>
    </section>
  );
}
