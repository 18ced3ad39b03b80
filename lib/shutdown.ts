// Work a web process finishes before it exits (the in-process worker hands its runs back).
// Kept on globalThis: Next's bundle and the server script each load their own copy of this module.
type Task = () => Promise<void>;
const registry = globalThis as unknown as { receiptSyncShutdown?: { tasks: Task[]; done?: Promise<void> } };
const state = () => (registry.receiptSyncShutdown ??= { tasks: [] });

export function onShutdown(task: Task): void {
  state().tasks.push(task);
}

/** Runs every task once; later callers wait for the same promise. */
export function shutdown(): Promise<void> {
  const s = state();
  s.done ??= Promise.allSettled(s.tasks.map((task) => task())).then(() => undefined);
  return s.done;
}
