// Runs a project command (npm script, prisma CLI) as a child process and captures its output.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(
  command: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  timeoutMs = 120_000,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The stand-in for Prisma's native schema engine on machines that cannot download it (see ../shared). */
export function prismaEngineEnv(): Record<string, string> {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY) return {};
  const shim = path.resolve("..", "shared", "tools", "prisma-schema-engine", "shim.mjs");
  return fs.existsSync(shim) ? { PRISMA_SCHEMA_ENGINE_BINARY: shim } : {};
}

export const TSX = path.resolve("node_modules", ".bin", "tsx");
export const PRISMA = path.resolve("node_modules", ".bin", "prisma");
