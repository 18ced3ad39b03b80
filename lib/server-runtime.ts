// Start-up of the web process: configuration, database; later the in-process sync worker.
import { getDatabase } from "./db";
import { env } from "./env";
import { logger } from "./log";

export async function startServerRuntime(): Promise<void> {
  try {
    env();
    const db = await getDatabase();
    logger().info({ event: "SERVER_READY", database: db.kind }, "database ready");
  } catch (error) {
    // A misconfigured server must not start half-working: say what is wrong and exit.
    console.error(`Receipt Sync cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
