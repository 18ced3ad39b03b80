"use client";
// A key just created: the only time it is ever shown (only its hash is stored).
import { useState } from "react";
import { secondaryButtonClass } from "@/components/ui/styles";

export function NewApiKey({ name, apiKey, onDone }: { name: string; apiKey: string; onDone: () => void }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopied("yes");
    } catch {
      // Clipboard access needs a secure context or permission: the key can still be selected by hand.
      setCopied("failed");
    }
  }
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="new-api-key">
      <p className="font-semibold text-amber-950">Key &ldquo;{name}&rdquo; created</p>
      <p className="text-sm text-amber-950">
        Copy it now: you won&apos;t see it again. Only a fingerprint of it is stored.
      </p>
      <label htmlFor="new-api-key-value" className="sr-only">
        New API key
      </label>
      <input
        id="new-api-key-value"
        readOnly
        value={apiKey}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full rounded-md border border-amber-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-slate-900"
      />
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={copy} className={secondaryButtonClass}>
          Copy key
        </button>
        <button type="button" onClick={onDone} className={secondaryButtonClass}>
          I have saved it
        </button>
        <p role="status" className="text-sm text-amber-950">
          {copied === "yes"
            ? "Copied to the clipboard."
            : copied === "failed"
              ? "Copying failed: select the key and copy it by hand."
              : ""}
        </p>
      </div>
    </div>
  );
}
