// The embedded PGlite database under DATA_DIR. PGlite gives no error when a second process opens the
// same directory: it silently corrupts it. A lock file makes the second opener fail with a clear message.
import "server-only";
import { PGlite } from "@electric-sql/pglite";
import fs from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";

export class EmbeddedDatabaseBusy extends Error {
  readonly code = "embedded_database_busy";
}

export interface EmbeddedDatabase {
  pglite: PGlite;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The data directory holds the database (its WAL has live session tokens) and the generated secrets:
 * only its owner may enter it (0700), which guards whatever PGlite writes inside; PGlite creates its
 * files 0666 whatever the umask, so they are tightened to 0600 on open and on close too.
 */
function keepPrivate(dir: string): void {
  const tighten = (target: string) => {
    const stat = fs.lstatSync(target);
    if (stat.isSymbolicLink()) return;
    if ((stat.mode & 0o077) !== 0) fs.chmodSync(target, stat.mode & (stat.isDirectory() ? 0o700 : 0o600));
    if (stat.isDirectory()) for (const entry of fs.readdirSync(target)) tighten(path.join(target, entry));
  };
  // Only what the app keeps here: the directory itself, its own files and PGlite's tree (DATA_DIR
  // may be a folder that holds other things too).
  const top = fs.statSync(dir);
  if ((top.mode & 0o077) !== 0) fs.chmodSync(dir, top.mode & 0o700);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() || (entry.isDirectory() && entry.name === "pglite")) tighten(path.join(dir, entry.name));
  }
}

/**
 * Whether the process that wrote the pid file is gone (or a zombie nobody reaped): its lock is then
 * left over from a crash or kill -9, and waiting for it to go stale would only make a restart fail.
 */
function ownerIsGone(owner: string): boolean {
  const pid = Number(owner);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

export async function openEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  keepPrivate(dir);
  const pidFile = path.join(dir, "owner.pid");
  const lockPath = path.join(dir, "owner.lock");
  // A lock whose owner stopped refreshing it is taken over after `stale` ms, or at once when its owner is gone.
  const lock = () => lockfile.lock(dir, { lockfilePath: lockPath, stale: 10_000, update: 2_000, realpath: false });
  const ownerOf = () => (fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8").trim() : "unknown");
  let release: () => Promise<void>;
  try {
    release = await lock().catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== "ELOCKED" || !ownerIsGone(ownerOf())) throw error;
      fs.rmSync(lockPath, { recursive: true, force: true });
      return lock();
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    const owner = ownerOf();
    throw new EmbeddedDatabaseBusy(
      `The embedded database in ${dir} is open in another process (pid ${owner}). ` +
        `PGlite allows one process per data directory. Stop that process (for example the app started with ` +
        `npm run demo) and try again, use its web UI or API instead, or set DATABASE_URL to a PostgreSQL ` +
        `database to run several processes.`,
    );
  }
  fs.writeFileSync(pidFile, String(process.pid));
  try {
    const pglite = await PGlite.create(path.join(dir, "pglite"));
    return {
      pglite,
      dataDir: dir,
      async close() {
        try {
          await pglite.close();
          keepPrivate(dir);
        } finally {
          fs.rmSync(pidFile, { force: true });
          await release();
        }
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
