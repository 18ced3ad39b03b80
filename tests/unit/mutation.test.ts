// An action the user triggers runs once at a time, and however it ends the next trigger runs.
import { describe, expect, it } from "vitest";
import { ApiRequestError } from "@/lib/ui/fetch-json";
import { runExclusively } from "@/lib/ui/mutation";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("runExclusively", () => {
  it("ignores a second trigger while the first is pending, then runs the next one", async () => {
    const inFlight = { current: false };
    const gate = deferred();
    let calls = 0;
    const action = async () => {
      calls += 1;
      await gate.promise;
    };

    const first = runExclusively(inFlight, action);
    expect(inFlight.current).toBe(true);
    await expect(runExclusively(inFlight, action)).resolves.toEqual({ kind: "ignored" });
    gate.resolve();
    await expect(first).resolves.toEqual({ kind: "done" });
    expect(inFlight.current).toBe(false);

    await expect(runExclusively(inFlight, action)).resolves.toEqual({ kind: "done" });
    expect(calls).toBe(2);
  });

  it("turns a thrown API error into its message and is ready again", async () => {
    const inFlight = { current: false };
    const outcome = await runExclusively(inFlight, async () => {
      throw new ApiRequestError(400, "name: Too big: expected string to have <=100 characters", null);
    });
    expect(outcome).toEqual({ kind: "failed", message: "name: Too big: expected string to have <=100 characters" });
    expect(inFlight.current).toBe(false);
  });

  it("is ready again after an action that throws before its first await", async () => {
    const inFlight = { current: false };
    const outcome = await runExclusively(inFlight, () => {
      throw new Error("thrown synchronously");
    });
    expect(outcome).toEqual({ kind: "failed", message: "thrown synchronously" });
    expect(inFlight.current).toBe(false);
  });
});
