// A fresh, empty database per test: a new database in the shared PostgreSQL server, or an in-memory PGlite.
import { PGlite } from "@electric-sql/pglite";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
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
