// A fresh, empty database per test: a new database in the shared PostgreSQL server, or an in-memory PGlite.
import { PGlite } from "@electric-sql/pglite";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations } from "@/lib/db/migrate";
import { pgSession, pgliteSession, type SqlSession } from "@/lib/db/sql-session";

export type DatabaseKind = "embedded" | "postgres";
export const DATABASE_KINDS: DatabaseKind[] = ["embedded", "postgres"];

export interface TestDatabase {
  kind: DatabaseKind;
  session: SqlSession;
  /** Set for PostgreSQL: the URL of this test's own database. */
  url?: string;
  pglite?: PGlite;
  drop(): Promise<void>;
}

/** Creates an empty PostgreSQL database in the test server and returns its URL. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject("postgresUrl");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client(serverUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = serverUrl.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    async drop() {
      const c = new pg.Client(serverUrl);
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "embedded") {
    const pglite = await PGlite.create();
    return { kind, pglite, session: pgliteSession(pglite), drop: () => pglite.close() };
  }
  const database = await createPostgresDatabase();
  const client = new pg.Client(database.url);
  await client.connect();
  return {
    kind,
    url: database.url,
    session: pgSession(client),
    async drop() {
      await client.end();
      await database.drop();
    },
  };
}

export interface TestPrisma {
  kind: DatabaseKind;
  prisma: PrismaClient;
  url?: string;
  close(): Promise<void>;
}

/** A migrated database with a Prisma client over it, as the app uses it. */
export async function createTestPrisma(kind: DatabaseKind): Promise<TestPrisma> {
  if (kind === "embedded") {
    const pglite = await PGlite.create();
    await applyMigrations(pgliteSession(pglite));
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return {
      kind,
      prisma,
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  }
  const database = await createPostgresDatabase();
  const client = new pg.Client(database.url);
  await client.connect();
  await applyMigrations(pgSession(client));
  await client.end();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 20 }) });
  return {
    kind,
    prisma,
    url: database.url,
    close: async () => {
      await prisma.$disconnect();
      await database.drop();
    },
  };
}
