"use client";
// API keys of the business: list, create (the key is shown once, with a copy button), revoke.
import useSWR from "swr";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/messages";
import { cardClass, inputClass, labelClass, primaryButtonClass } from "@/components/ui/styles";
import type { ApiKeyInfo } from "@/lib/ui/api-types";
import { fetchJson, swrFetcher } from "@/lib/ui/fetch-json";
import { ApiKeyList } from "./api-key-list";
import { NewApiKey } from "./new-api-key";

export function ApiKeysManager() {
  const { data, error, isLoading, mutate } = useSWR<{ keys: ApiKeyInfo[] }>("/api/keys", swrFetcher);
  const [name, setName] = useState("");
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setActionError(null);
    try {
      const body = await fetchJson<{ api_key: { name: string; key: string } }>("/api/keys", {
        method: "POST",
        body: JSON.stringify({ name }),
      });
      setCreated(body.api_key);
      setName("");
      await mutate();
    } catch (e) {
      setActionError(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  }

  async function revoke(key: ApiKeyInfo) {
    if (!window.confirm(`Revoke the key "${key.name}"? Programs using it stop working at once.`)) return;
    setActionError(null);
    try {
      await fetchJson(`/api/keys/${encodeURIComponent(key.id)}`, { method: "DELETE" });
      await mutate();
    } catch (e) {
      setActionError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section aria-labelledby="keys-heading" className={`${cardClass} flex flex-col gap-4`}>
      <div>
        <h2 id="keys-heading" className="text-lg font-semibold">
          API keys
        </h2>
        <p className="text-sm text-slate-700">
          Programs send a key as <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;key&gt;</code> to
          use the API for this business.
        </p>
      </div>
      <form onSubmit={create} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="api-key-name" className={labelClass}>
            Key name
          </label>
          <input
            id="api-key-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={100}
            placeholder="e.g. Accounting export"
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={pending} aria-busy={pending} className={primaryButtonClass}>
          Create key
        </button>
      </form>
      <Alert message={actionError} />
      {created ? <NewApiKey name={created.name} apiKey={created.key} onDone={() => setCreated(null)} /> : null}
      {isLoading ? <p className="text-sm text-slate-600">Loading keys…</p> : null}
      <Alert message={error ? `Could not load the API keys: ${(error as Error).message}` : null} />
      {data && data.keys.length === 0 ? <p className="text-sm text-slate-700">No API keys yet.</p> : null}
      {data && data.keys.length > 0 ? <ApiKeyList keys={data.keys} onRevoke={revoke} /> : null}
    </section>
  );
}
