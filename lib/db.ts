// One way to get the database: PostgreSQL when DATABASE_URL is set, else the embedded PGlite database
// under DATA_DIR (migrated on open). Both speak the same SQL and get the same migrations.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { openEmbeddedDatabase } from "./db/embedded";
import { applyMigrations, type MigrationReport } from "./db/migrate";
import { pgSession, pgliteSession } from "./db/sql-session";
import { env } from "./env";

export type DatabaseKind = "postgres" | "embedded";

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  databaseUrl?: string;
  dataDir: string;
}

export class DatabaseUnreachable extends Error {
  readonly code = "database_unreachable";
}

/** host:port/database of a PostgreSQL URL, without user or password, for messages. */
export function describePostgresUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
}

async function connectPostgres(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    const reason =
      error instanceof Error && error.message ? error.message : String((error as { code?: string }).code ?? error);
    throw new DatabaseUnreachable(`Cannot reach PostgreSQL at ${describePostgresUrl(url)}: ${reason}`);
  }
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    // Fail at start-up, with a clear message, rather than on the first request.
    const probe = await connectPostgres(config.databaseUrl);
    await probe.end();
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.databaseUrl, max: 10 }) });
    return { prisma, kind: "postgres", close: () => prisma.$disconnect() };
  }
  const embedded = await openEmbeddedDatabase(config.dataDir);
  try {
    await applyMigrations(pgliteSession(embedded.pglite));
  } catch (error) {
    await embedded.close();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(embedded.pglite) });
  return {
    prisma,
    kind: "embedded",
    async close() {
      await prisma.$disconnect();
      await embedded.close();
    },
  };
}

/** `npm run db:migrate`: applies prisma/migrations to whichever database is configured. */
export async function migrateDatabase(config: DatabaseConfig): Promise<MigrationReport> {
  if (config.databaseUrl) {
    const client = await connectPostgres(config.databaseUrl);
    try {
      return await applyMigrations(pgSession(client));
    } finally {
      await client.end();
    }
  }
  const embedded = await openEmbeddedDatabase(config.dataDir);
  try {
    return await applyMigrations(pgliteSession(embedded.pglite));
  } finally {
    await embedded.close();
  }
}

// One database per process; kept on globalThis so Next's dev reloads do not open a second PGlite.
const holder = globalThis as unknown as { receiptSyncDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  holder.receiptSyncDb ??= openDatabase({ databaseUrl: env().DATABASE_URL, dataDir: env().DATA_DIR }).catch((error) => {
    holder.receiptSyncDb = undefined;
    throw error;
  });
  return holder.receiptSyncDb;
}

export async function closeDatabase(): Promise<void> {
  const pending = holder.receiptSyncDb;
  holder.receiptSyncDb = undefined;
  if (pending) await (await pending).close();
}
