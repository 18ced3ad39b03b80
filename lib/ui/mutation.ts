// The rules of an action the user triggers (save, create, start a sync), without React so they have
// unit tests: one at a time, and whatever it throws ends it and becomes the message to show.
import { messageOf } from "./fetch-json";

export type MutationOutcome = { kind: "done" } | { kind: "failed"; message: string } | { kind: "ignored" };

/**
 * Runs `action` unless one is already in flight (a double click, Enter pressed twice); `inFlight` is
 * cleared however the action ends, so a throw never leaves the next trigger ignored.
 */
export async function runExclusively(
  inFlight: { current: boolean },
  action: () => Promise<unknown>,
): Promise<MutationOutcome> {
  if (inFlight.current) return { kind: "ignored" };
  inFlight.current = true;
  try {
    await action();
    return { kind: "done" };
  } catch (error) {
    return { kind: "failed", message: messageOf(error) };
  } finally {
    inFlight.current = false;
  }
}
