// npm run db:migrate — applies prisma/migrations to the configured database (PostgreSQL or embedded).
import { migrateDatabase, describePostgresUrl } from "@/lib/db";
import { env } from "@/lib/env";

try {
  const config = env();
  const target = config.DATABASE_URL
    ? `PostgreSQL at ${describePostgresUrl(config.DATABASE_URL)}`
    : `embedded database in ${config.DATA_DIR}`;
  const report = await migrateDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  for (const name of report.modified) console.warn(`warning: migration ${name} was changed after it was applied`);
  console.log(
    report.applied.length === 0
      ? `${target}: up to date (${report.alreadyApplied.length} migrations already applied)`
      : `${target}: applied ${report.applied.length} migration(s): ${report.applied.join(", ")}`,
  );
} catch (error) {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
