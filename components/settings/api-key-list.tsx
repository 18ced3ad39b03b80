// The business's keys (prefix only) with when they were made and last used; active ones can be revoked.
import { dangerButtonClass } from "@/components/ui/styles";
import type { ApiKeyInfo } from "@/lib/ui/api-types";
import { formatInstant } from "@/lib/ui/format";

export function ApiKeyList({ keys, onRevoke }: { keys: ApiKeyInfo[]; onRevoke: (key: ApiKeyInfo) => void }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200" aria-label="API keys">
      {keys.map((key) => (
        <li key={key.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <p className="font-medium text-slate-900">
              {key.name}{" "}
              {key.revoked_at ? (
                <span className="ml-1 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-900">
                  Revoked
                </span>
              ) : null}
            </p>
            <p className="text-sm text-slate-700">
              <code className="font-mono">{key.prefix}…</code> · created {formatInstant(key.created_at)} ·{" "}
              {key.last_used_at ? `last used ${formatInstant(key.last_used_at)}` : "never used"}
            </p>
          </div>
          {key.revoked_at ? null : (
            <button
              type="button"
              onClick={() => onRevoke(key)}
              className={`${dangerButtonClass} self-start sm:self-auto`}
              aria-label={`Revoke ${key.name}`}
            >
              Revoke
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
