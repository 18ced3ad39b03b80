// The two ways this app talks SQL below Prisma: a pg client (PostgreSQL) or PGlite (embedded).
// The migrator needs only this much, so it runs the same on both.
import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

export interface SqlSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a multi-statement script with no parameters, as psql would. */
  exec(script: string): Promise<void>;
}

export function pgSession(client: pg.Client | pg.PoolClient): SqlSession {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async exec(script) {
      await client.query(script);
    },
  };
}

export function pgliteSession(db: PGlite): SqlSession {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
    },
    async exec(script) {
      await db.exec(script);
    },
  };
}
