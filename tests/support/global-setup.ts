// Starts one PostgreSQL server for the whole test run; each test file creates its own database in it.
import type { TestProject } from "vitest/node";
import { startPostgres, type PostgresServer } from "./postgres-server";

let server: PostgresServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await startPostgres();
  project.provide("postgresUrl", server.url);
}

export async function teardown(): Promise<void> {
  server?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
