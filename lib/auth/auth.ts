// The Better Auth instance: email + password sign-in, sessions stored in our database through Prisma.
// The database opens asynchronously (PGlite migrates on open), so the instance is created lazily.
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import type { PrismaClient } from "@/generated/prisma/client";
import { getDatabase } from "../db";
import { ConfigError, env } from "../env";
import { requestOrigin } from "../http/origin";
import { logger } from "../log";

export interface AuthConfig {
  secret: string;
  /** Public origin; undefined means the origin of each request. */
  baseURL?: string;
}

export function createAuth(prisma: PrismaClient, config: AuthConfig) {
  return betterAuth({
    appName: "Receipt Sync",
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    secret: config.secret,
    baseURL: config.baseURL,
    // Without a configured public URL the app answers on whatever host it is reached by (localhost,
    // 127.0.0.1, a LAN name): the origin the browser used for this host is the trusted one. A
    // cross-site form still fails the check, because its Origin names another host.
    trustedOrigins: config.baseURL ? undefined : (request) => (request ? [requestOrigin(request)] : []),
    emailAndPassword: { enabled: true, minPasswordLength: 8 },
    telemetry: { enabled: false },
    // Better Auth skips its CSRF origin check when NODE_ENV=test; we want the same check everywhere.
    advanced: { disableOriginCheck: false },
    logger: {
      log: (level, message) => logger()[level]({ event: "AUTH" }, message),
    },
    // Must stay last: it copies the cookies Better Auth sets into Next's response (server actions).
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The embedded setup's secret: generated once beside its database, readable by the owner only. */
export function secretFromDataDir(dataDir: string): string {
  const file = path.join(path.resolve(dataDir), "auth-secret.key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another start wrote it first: use that one.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * Hosts sharing a PostgreSQL database must sign cookies with the same secret, so there it must be
 * configured; the single-process embedded setup keeps a generated one in DATA_DIR.
 */
export function configuredAuthSecret(config: {
  BETTER_AUTH_SECRET?: string;
  DATABASE_URL?: string;
  DATA_DIR: string;
}): string {
  if (config.BETTER_AUTH_SECRET) return config.BETTER_AUTH_SECRET;
  if (config.DATABASE_URL) {
    throw new ConfigError("BETTER_AUTH_SECRET must be set when DATABASE_URL is set (e.g. openssl rand -base64 32)");
  }
  return secretFromDataDir(config.DATA_DIR);
}

// One instance per process, beside the one database (kept on globalThis across Next's dev reloads).
const holder = globalThis as unknown as { receiptSyncAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  holder.receiptSyncAuth ??= (async () => {
    const config = env();
    const { prisma } = await getDatabase();
    return createAuth(prisma, { secret: configuredAuthSecret(config), baseURL: config.BETTER_AUTH_URL });
  })().catch((error) => {
    holder.receiptSyncAuth = undefined;
    throw error;
  });
  return holder.receiptSyncAuth;
}
