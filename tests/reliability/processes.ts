// Child processes of the reliability suite: each in its own process group (so kill -9 of the group
// takes its children too), logging to a file in the suite's temp dir, and all stopped on exit.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export { freePort } from "../support/postgres-server";

export const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "receipt-sync-reliability-"));

export interface Proc {
  name: string;
  /** Also the process group id: every child leads its own group. */
  pid: number;
  child: ChildProcess;
  logPath: string;
  exited: Promise<number | null>;
}

const live = new Map<number, Proc>();
const cleanups: Array<() => void> = [];

export function spawnGroup(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
): Proc {
  const logPath = path.join(logDir, `${name}.log`);
  const out = fs.openSync(logPath, "a");
  const child = spawn(command, args, { env: env as NodeJS.ProcessEnv, stdio: ["ignore", out, out], detached: true });
  fs.closeSync(out);
  if (!child.pid) throw new Error(`could not start ${name} (${command})`);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? (signal ? -1 : null))),
  );
  const proc: Proc = { name, pid: child.pid, child, logPath, exited };
  live.set(child.pid, proc);
  void exited.then(() => live.delete(child.pid!));
  return proc;
}

/** Signals the whole group; a group already gone is fine. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: nothing left in the group
  }
}

/** Pids of every process still in the group (from /proc), zombies excluded. */
export function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the parenthesised command name: state, ppid, pgrp, …
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === pgid && state !== "Z") members.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return members;
}

export async function killGroup(proc: Proc, signal: NodeJS.Signals = "SIGKILL", timeoutMs = 10_000): Promise<void> {
  signalGroup(proc.pid, signal);
  const deadline = Date.now() + timeoutMs;
  while (groupMembers(proc.pid).length > 0 && Date.now() < deadline) await sleep(50);
  if (signal !== "SIGKILL" && groupMembers(proc.pid).length > 0) signalGroup(proc.pid, "SIGKILL");
  await Promise.race([proc.exited, sleep(2_000)]);
}

/** Runs at exit (also after a failure or Ctrl-C), after the process groups are killed. */
export function onCleanup(fn: () => void): void {
  cleanups.push(fn);
}

/** Kills every process group still running and runs the cleanups registered so far (again safe). */
export function cleanupAll(): void {
  for (const proc of live.values()) signalGroup(proc.pid, "SIGKILL");
  live.clear();
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      fn();
    } catch (error) {
      process.stderr.write(`cleanup: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
}

process.on("exit", cleanupAll);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    process.stderr.write(`\nreliability: ${signal}, stopping every process (logs in ${logDir})\n`);
    cleanupAll();
    process.exit(130);
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether something accepts connections on the port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Polls `probe` until it returns a value other than undefined/false, or throws after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined | false>,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? `: ${lastError.message}` : "";
      throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${why}`);
    }
    await sleep(everyMs);
  }
}
