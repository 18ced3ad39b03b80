// A throw-away PostgreSQL 15 server for tests: temp data dir, free port, stopped afterwards.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const BIN = process.env.PG_BIN_DIR ?? "/usr/lib/postgresql/15/bin";

export interface PostgresServer {
  url: string;
  port: number;
  /** Takes the server down (fast shutdown, connections dropped) for `ms`, then starts it again. */
  outage(ms: number): Promise<void>;
  stop(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

// initdb refuses to run as root, so as root the server runs as `nobody`.
function run(cmd: string, args: string[]): void {
  if (process.getuid?.() === 0) {
    const quoted = [cmd, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
    execFileSync("su", ["-s", "/bin/bash", "nobody", "-c", quoted], { stdio: "pipe" });
  } else {
    execFileSync(cmd, args, { stdio: "pipe" });
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "receipt-sync-pg-"));
  fs.chmodSync(dir, 0o777);
  const dataDir = path.join(dir, "data");
  if (process.getuid?.() === 0) execFileSync("chown", ["nobody", dir]);
  const port = await freePort();
  run(path.join(BIN, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  const start = () =>
    run(path.join(BIN, "pg_ctl"), [
      "-D",
      dataDir,
      "-w",
      "-l",
      path.join(dir, "log"),
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`,
      "start",
    ]);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    async outage(ms) {
      run(path.join(BIN, "pg_ctl"), ["-D", dataDir, "-m", "fast", "-w", "stop"]);
      await new Promise((resolve) => setTimeout(resolve, ms));
      start();
    },
    stop() {
      try {
        run(path.join(BIN, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
