// Calls the real route handlers over the process's database (getDatabase()), configured from env for
// one kind at a time, and seeds businesses, keys, Gmail connections and receipts through lib functions.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { createApiKey } from "@/lib/auth/api-keys";
import { createBusinessWithOwner } from "@/lib/auth/memberships";
import { closeDatabase, getDatabase, migrateDatabase } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { saveGmailConnection } from "@/lib/gmail/connection-store";
import { createPostgresDatabase, type DatabaseKind } from "./test-database";

export const ORIGIN = "http://test";
export const REFRESH_TOKEN = "1//refresh-token-that-must-never-leak";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

export interface CallOptions<P> {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON with Content-Type: application/json unless it is already a string. */
  body?: unknown;
  params?: P;
}

/** Calls a route handler as Next would: a Request and a context whose params is a Promise. */
export async function call<P = Record<string, never>>(
  handler: Handler<P>,
  pathAndQuery: string,
  options: CallOptions<P> = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    if (typeof options.body !== "string") headers["content-type"] ??= "application/json";
  }
  const method = options.method ?? (body === undefined ? "GET" : "POST");
  const response = await handler(new Request(`${ORIGIN}${pathAndQuery}`, { method, headers, body }), {
    params: Promise.resolve((options.params ?? {}) as P),
  });
  const text = await response.text();
  let parsed: unknown = null;
  if ((response.headers.get("content-type") ?? "").includes("json")) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, text, body: parsed };
}

/** Parses a success body with its response schema; a failure shows the status and the body. */
export function expectBody<S extends z.ZodType>(response: ApiResponse, status: number, schema: S): z.infer<S> {
  expect(response.status, response.text).toBe(status);
  const result = schema.safeParse(response.body);
  expect(result.success, `${result.error?.message ?? ""}\n${response.text}`).toBe(true);
  return result.data as z.infer<S>;
}

/** The whole error body, as the API's one error shape. */
export function expectError(
  response: ApiResponse,
  status: number,
  body: { error: string | RegExp; code: string },
): void {
  expect({ status: response.status, body: response.body }, response.text).toEqual({
    status,
    body: {
      success: false,
      error: body.error instanceof RegExp ? expect.stringMatching(body.error) : body.error,
      code: body.code,
    },
  });
}

export interface ApiDatabase {
  kind: DatabaseKind;
  prisma: PrismaClient;
}

/**
 * A migrated embedded data directory, built once per set of migrations and copied for each test file:
 * creating and migrating a PGlite directory costs seconds, copying one a fraction of that.
 */
async function embeddedTemplate(): Promise<string> {
  const migrations = path.resolve("prisma/migrations");
  const hash = createHash("sha256");
  for (const file of fs.readdirSync(migrations, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(migrations, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  const template = path.join(os.tmpdir(), `receipt-sync-api-template-${hash.digest("hex").slice(0, 16)}`);
  if (fs.existsSync(template)) return template;
  const build = fs.mkdtempSync(`${template}.build-`);
  await migrateDatabase({ dataDir: build });
  try {
    // Test files build concurrently: the first rename wins, the others use it.
    fs.renameSync(build, template);
  } catch {
    fs.rmSync(build, { recursive: true, force: true });
  }
  return template;
}

const authHolder = globalThis as unknown as { receiptSyncAuth?: unknown };

/**
 * Points the process's database at a fresh database of the given kind for the enclosing describe:
 * PostgreSQL gets its own migrated database in the test server, embedded a new DATA_DIR (opening it
 * applies any migration the copied template lacks, as the app does).
 */
export function useApiDatabase(kind: DatabaseKind): ApiDatabase {
  const holder = { kind } as ApiDatabase;
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    if (kind === "postgres") {
      const database = await createPostgresDatabase();
      await migrateDatabase({ databaseUrl: database.url, dataDir: "" });
      process.env.DATABASE_URL = database.url;
      cleanup = database.drop;
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "receipt-sync-api-"));
      fs.cpSync(await embeddedTemplate(), dir, { recursive: true });
      process.env.DATABASE_URL = "";
      process.env.DATA_DIR = dir;
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    }
    resetEnvForTests();
    holder.prisma = (await getDatabase()).prisma;
  });
  afterAll(async () => {
    await closeDatabase();
    // Better Auth's instance holds the closed database's client: the next kind needs a new one.
    authHolder.receiptSyncAuth = undefined;
    resetEnvForTests();
    await cleanup();
  });
  return holder;
}

export interface SeededBusiness {
  id: string;
  userId: string;
  /** Bearer key of the business. */
  key: string;
  keyId: string;
  bearer: { authorization: string };
  /** Session cookie of the business's owner (a user with only this business); signed up on request. */
  session: { cookie: string };
}

let seq = 0;

/** Signs a user up through Better Auth's handler; returns its id and session cookie. */
export async function signUp(email: string): Promise<{ userId: string; cookie: string }> {
  const response = await authPost(
    new Request(`${ORIGIN}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ email, password: "correct horse battery", name: email.split("@")[0] }),
    }),
  );
  const body = (await response.json()) as { user?: { id: string } };
  expect(response.status, JSON.stringify(body)).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => c.includes("session_token"))
    .join("; ");
  expect(cookie).toMatch(/session_token=/);
  return { userId: body.user!.id, cookie };
}

/**
 * A business owned by a fresh user, with an API key and (unless told otherwise) a Gmail connection.
 * The owner signs up through Better Auth only with `session: true` (password hashing is slow).
 */
export async function seedBusiness(
  prisma: PrismaClient,
  options: { name?: string; timezone?: string; gmail?: boolean; session?: boolean } = {},
): Promise<SeededBusiness> {
  const n = ++seq;
  const email = `owner${n}-${Date.now()}@example.com`;
  const { userId, cookie } = options.session
    ? await signUp(email)
    : {
        userId: (
          await prisma.user.create({
            data: { id: `user-${n}-${Date.now()}`, name: `owner${n}`, email },
            select: { id: true },
          })
        ).id,
        cookie: "",
      };
  const business = await createBusinessWithOwner(prisma, {
    name: options.name ?? `Business ${n}`,
    timezone: options.timezone ?? "UTC",
    userId,
  });
  const { id: keyId, key } = await createApiKey(prisma, business.id, "tests");
  // No worker runs in these tests, so nothing ever calls this URL.
  if (options.gmail !== false)
    await saveGmailConnection(prisma, business.id, {
      email: "finance@example.com",
      refreshToken: REFRESH_TOKEN,
      apiRootUrl: "http://127.0.0.1:9",
    });
  return { id: business.id, userId, key, keyId, bearer: { authorization: `Bearer ${key}` }, session: { cookie } };
}

export interface ReceiptSeed {
  vendor: string;
  amount: string;
  currency?: string;
  date: string;
  subject?: string;
  file?: { data: Uint8Array<ArrayBuffer>; mimeType: string; filename: string | null };
  /** Default: the column's default, "receipt". Refunds carry negative amounts. */
  kind?: "receipt" | "invoice" | "refund";
  confidence?: number | null;
  extractorVersion?: string | null;
}

/** Stores a receipt (and its file) as the sync engine would; returns its id. */
export async function seedReceipt(prisma: PrismaClient, businessId: string, seed: ReceiptSeed): Promise<string> {
  const n = ++seq;
  const receipt = await prisma.receipt.create({
    data: {
      businessId,
      gmailMessageId: `msg-${n}`,
      attachmentKey: seed.file ? `att-${n}` : "",
      vendor: seed.vendor,
      amount: seed.amount,
      currency: seed.currency ?? "USD",
      receiptDate: new Date(`${seed.date}T00:00:00Z`),
      subject: seed.subject ?? `Your ${seed.vendor} receipt`,
      sender: `billing@${seed.vendor.toLowerCase().replace(/[^a-z]/g, "")}.example`,
      receivedAt: new Date(`${seed.date}T12:00:00Z`),
      source: seed.file ? "attachment" : "body",
      filename: seed.file?.filename ?? null,
      kind: seed.kind,
      confidence: seed.confidence,
      extractorVersion: seed.extractorVersion,
      file: seed.file
        ? { create: { mimeType: seed.file.mimeType, size: seed.file.data.length, data: seed.file.data } }
        : undefined,
    },
    select: { id: true },
  });
  return receipt.id;
}

/** Ages the business's running run's heartbeat with the database clock. */
export async function ageHeartbeat(prisma: PrismaClient, runId: string, seconds: number): Promise<void> {
  await prisma.$executeRaw`UPDATE receipt_sync_runs SET last_heartbeat_at = now() - make_interval(secs => ${seconds}) WHERE id = ${runId}::uuid`;
}

/** What no error body may carry: internals (stack frames, SQL, Prisma) or a credential. */
export function expectNoLeak(response: ApiResponse, secrets: string[] = []): void {
  for (const word of ["stack", "prisma", "Prisma", "SELECT", "receipt_sync_runs", REFRESH_TOKEN, ...secrets]) {
    expect(response.text, `response leaks '${word}'`).not.toContain(word);
  }
  // "at " as a stack frame prints it ("    at fn (file.ts:1:2)"); "at most 200 characters" is fine.
  expect(response.text, "response leaks a stack frame").not.toMatch(/(^|\\n|\s)at \S+ \(|\bat \S+:\d+:\d+|\\n\s+at /);
}
