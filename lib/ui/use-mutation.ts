"use client";
// An action the user triggers, with `pending` while it runs and the message of its failure
// (the API's `error` text, via fetch-json). A trigger while one is pending is ignored.
import { useRef, useState, useTransition } from "react";
import { runExclusively } from "./mutation";

export interface Mutation<A extends unknown[]> {
  run: (...args: A) => void;
  pending: boolean;
  error: string | null;
  /** Forgets the last failure (when a sibling action's message should replace it). */
  reset: () => void;
}

export function useMutation<A extends unknown[]>(action: (...args: A) => Promise<unknown>): Mutation<A> {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);

  function run(...args: A) {
    if (inFlight.current) return;
    setError(null);
    // The action starts outside the transition so its own state updates show at once; the transition
    // only holds `pending`. A navigation the action starts (router.push) joins it, so a form that
    // leaves the page stays pending until the next page shows.
    const outcome = runExclusively(inFlight, () => action(...args));
    startTransition(async () => {
      const settled = await outcome;
      if (settled.kind === "failed") setError(settled.message);
    });
  }

  return { run, pending, error, reset: () => setError(null) };
}
