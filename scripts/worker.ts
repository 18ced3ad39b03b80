// npm run worker — a standalone sync worker for scale-out on PostgreSQL (several can run at once).
import { getDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { startConfiguredSyncWorker } from "@/lib/sync/worker";

try {
  const config = env();
  if (!config.DATABASE_URL) {
    throw new Error(
      "npm run worker needs PostgreSQL (DATABASE_URL). With the embedded database the web process runs the worker itself: start the app with npm run demo or npm start.",
    );
  }
  const db = await getDatabase();
  const worker = startConfiguredSyncWorker(db.prisma);
  const shutdown = async () => {
    // A deploy or scale-down: runs in hand go back to the queue and another worker resumes them.
    await worker.stop({ handBack: true });
    await db.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown());
  process.once("SIGINT", () => void shutdown());
} catch (error) {
  console.error(`worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
