// A business's Gmail connection: stored with its refresh token encrypted, turned into a client on demand.
import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { env } from "../env";
import { AppError } from "../errors";
import { configuredTokenKey, decryptToken, encryptToken } from "../security/token-cipher";
import { createGmailClient, type GmailClient, type GmailClientOptions } from "./client";

export class GmailNotConnected extends AppError {
  constructor() {
    super("conflict", "gmail_not_connected", "Gmail is not connected for this business: connect it in Settings first");
  }
}

export interface GmailConnectionInput {
  email: string;
  refreshToken: string;
  /** The Gmail emulator's root URL for the demo mailbox; null for Google. */
  apiRootUrl: string | null;
}

export async function saveGmailConnection(
  prisma: PrismaClient,
  businessId: string,
  input: GmailConnectionInput,
): Promise<void> {
  const refreshTokenEncrypted = encryptToken(input.refreshToken, configuredTokenKey(env()));
  await prisma.gmailConnection.upsert({
    where: { businessId },
    create: { businessId, email: input.email, refreshTokenEncrypted, apiRootUrl: input.apiRootUrl, status: "active" },
    update: { email: input.email, refreshTokenEncrypted, apiRootUrl: input.apiRootUrl, status: "active" },
  });
}

export async function markGmailNeedsReauth(prisma: PrismaClient, businessId: string): Promise<void> {
  // Only an active connection: a run failing after the user disconnected must not revive it as needs_reauth.
  await prisma.gmailConnection.updateMany({
    where: { businessId, status: "active" },
    data: { status: "needs_reauth" },
  });
}

/** What people and API callers may see of a connection: never its tokens. */
export interface GmailConnectionView {
  email: string;
  status: "active" | "needs_reauth" | "disconnected";
  /** Connected to the demo mailbox (the Gmail emulator) rather than to Google. */
  demo: boolean;
}

export async function gmailConnectionOf(prisma: PrismaClient, businessId: string): Promise<GmailConnectionView | null> {
  const row = await prisma.gmailConnection.findUnique({
    where: { businessId },
    select: { email: true, status: true, apiRootUrl: true },
  });
  return row ? { email: row.email, status: row.status, demo: row.apiRootUrl !== null } : null;
}

/** The client for a business's mailbox; `extra` carries the engine's hooks (heartbeat while waiting). */
export async function gmailClientFor(
  prisma: PrismaClient,
  businessId: string,
  extra: Partial<GmailClientOptions> = {},
): Promise<{ client: GmailClient; email: string; lastHistoryId: string | null }> {
  const connection = await prisma.gmailConnection.findUnique({ where: { businessId } });
  if (!connection || connection.status === "disconnected") throw new GmailNotConnected();
  const config = env();
  const root = connection.apiRootUrl?.replace(/\/+$/, "");
  const client = createGmailClient({
    // The emulator accepts any client; Google needs this deployment's OAuth client.
    clientId: config.GOOGLE_CLIENT_ID ?? "receipt-sync-demo",
    clientSecret: config.GOOGLE_CLIENT_SECRET ?? "receipt-sync-demo",
    refreshToken: decryptToken(connection.refreshTokenEncrypted, configuredTokenKey(config)),
    rootUrl: root ? `${root}/` : undefined,
    tokenUrl: root ? `${root}/token` : config.GOOGLE_OAUTH_TOKEN_URL,
    ...extra,
  });
  return { client, email: connection.email, lastHistoryId: connection.lastHistoryId };
}

/** Where the next incremental sync lists Gmail's history from; written by a run as it completes. */
export async function recordLastHistoryId(
  db: Prisma.TransactionClient,
  businessId: string,
  historyId: string,
): Promise<void> {
  await db.gmailConnection.updateMany({ where: { businessId, status: "active" }, data: { lastHistoryId: historyId } });
}
