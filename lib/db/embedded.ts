// The embedded PGlite database under DATA_DIR. PGlite gives no error when a second process opens the
// same directory: it silently corrupts it. A lock file makes the second opener fail with a clear message.
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

export async function openEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const pidFile = path.join(dir, "owner.pid");
  let release: () => Promise<void>;
  try {
    // A lock whose owner stopped refreshing it (killed process) is taken over after `stale` ms.
    release = await lockfile.lock(dir, { lockfilePath: path.join(dir, "owner.lock"), stale: 10_000, update: 2_000, realpath: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    const owner = fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8").trim() : "unknown";
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
