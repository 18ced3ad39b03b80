// Start-up of the web process: configuration, database, and the in-process sync worker.
import { configuredAuthSecret } from "./auth/auth";
import { getDatabase } from "./db";
import { env } from "./env";
import { logger } from "./log";
import { onShutdown, shutdown } from "./shutdown";
import { configuredTokenKey } from "./security/token-cipher";
import { onSyncStarted } from "./sync/service";
import { startConfiguredSyncWorker, type SyncWorker } from "./sync/worker";

const holder = globalThis as unknown as { receiptSyncWorker?: SyncWorker };

export async function startServerRuntime(): Promise<void> {
  try {
    const config = env();
    // Secrets that hosts must share are checked now, not on the first sign-in.
    configuredAuthSecret(config);
    configuredTokenKey(config);
    const db = await getDatabase();
    logger().info({ event: "SERVER_READY", database: db.kind }, "database ready");
    // Nothing but this process can open the embedded database, so its worker must run here.
    const runWorker = config.WORKER_IN_PROCESS || db.kind === "embedded";
    if (!config.WORKER_IN_PROCESS && db.kind === "embedded") {
      logger().warn("WORKER_IN_PROCESS=false is ignored with the embedded database: no other process can run syncs");
    }
    if (runWorker && !holder.receiptSyncWorker) {
      const worker = startConfiguredSyncWorker(db.prisma);
      holder.receiptSyncWorker = worker;
      onSyncStarted(() => worker.wake());
      onShutdown(() => worker.stop({ handBack: true }));
      // `npm start` waits for this before it exits; `next dev` has no such hook, so ask here too.
      process.once("SIGTERM", () => void shutdown());
      process.once("SIGINT", () => void shutdown());
    }
  } catch (error) {
    // A misconfigured server must not start half-working: say what is wrong and exit.
    console.error(`Receipt Sync cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
