"use client";
// API keys of the business: list, create (the key is shown once, with a copy button), revoke.
import useSWR from "swr";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/messages";
import { cardClass, inputClass, labelClass, primaryButtonClass } from "@/components/ui/styles";
import type { ApiKeyInfo } from "@/lib/ui/api-types";
import { fetchJson, swrFetcher } from "@/lib/ui/fetch-json";
import { useMutation } from "@/lib/ui/use-mutation";
import { ApiKeyList } from "./api-key-list";
import { NewApiKey } from "./new-api-key";

export function ApiKeysManager() {
  const { data, error, isLoading, mutate } = useSWR<{ keys: ApiKeyInfo[] }>("/api/keys", swrFetcher);
  const [name, setName] = useState("");
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const create = useMutation(async (keyName: string) => {
    const body = await fetchJson<{ api_key: { name: string; key: string } }>("/api/keys", {
      method: "POST",
      body: JSON.stringify({ name: keyName }),
    });
    setCreated(body.api_key);
    setName("");
    await mutate();
  });
  const revoke = useMutation(async (key: ApiKeyInfo) => {
    await fetchJson(`/api/keys/${encodeURIComponent(key.id)}`, { method: "DELETE" });
    await mutate();
  });
  // Creating and revoking share one message line: each clears the other's message when it starts.
  const actionError = create.error ?? revoke.error;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    revoke.reset();
    create.run(name);
  }

  function confirmRevoke(key: ApiKeyInfo) {
    if (!window.confirm(`Revoke the key "${key.name}"? Programs using it stop working at once.`)) return;
    create.reset();
    revoke.run(key);
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
      <form onSubmit={submit} className="flex flex-col gap-2 sm:flex-row sm:items-end">
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
        <button type="submit" disabled={create.pending} aria-busy={create.pending} className={primaryButtonClass}>
          Create key
        </button>
      </form>
      <Alert message={actionError} />
      {created ? <NewApiKey name={created.name} apiKey={created.key} onDone={() => setCreated(null)} /> : null}
      {isLoading ? <p className="text-sm text-slate-600">Loading keys…</p> : null}
      <Alert message={error ? `Could not load the API keys: ${(error as Error).message}` : null} />
      {data && data.keys.length === 0 ? <p className="text-sm text-slate-700">No API keys yet.</p> : null}
      {data && data.keys.length > 0 ? <ApiKeyList keys={data.keys} onRevoke={confirmRevoke} /> : null}
    </section>
  );
}
