// Per-business API keys. A key is shown once when created; only its sha256 and its first characters
// are stored, so a key is looked up by its hash and a leaked database reveals no usable key.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { badRequest, notFound } from "../errors";

export const API_KEY_PREFIX = "rsk_";
export const MIN_API_KEY_LENGTH = 24;
const DISPLAY_PREFIX_LENGTH = 12;
/** last_used_at is a hint for the UI: writing it on every request would cost a write per read. */
const LAST_USED_RESOLUTION_MS = 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Characters a key may hold: what fits in an Authorization header without quoting.
const KEY_SHAPE = /^[A-Za-z0-9_\-.~+/=]+$/;

export interface CreatedApiKey {
  id: string;
  /** The whole key: returned here once, never stored. */
  key: string;
  prefix: string;
}

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface ApiKeyCaller {
  businessId: string;
  apiKeyId: string;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString("base64url");
}

/** Why a plaintext key cannot be used, or null when it can. */
export function apiKeyFormatProblem(key: string): string | null {
  if (key.length < MIN_API_KEY_LENGTH) return `An API key must be at least ${MIN_API_KEY_LENGTH} characters long`;
  if (key.length > 200) return "An API key must be at most 200 characters long";
  if (!KEY_SHAPE.test(key)) return "An API key may only contain letters, digits and - _ . ~ + / =";
  return null;
}

/** A new random key for the business: `rsk_` and 32 random bytes in base64url. */
export function createApiKey(prisma: PrismaClient, businessId: string, name: string): Promise<CreatedApiKey> {
  return createApiKeyFromPlaintext(prisma, businessId, name, generateApiKey());
}

/** Stores a key chosen elsewhere (the demo's DEMO_API_KEY), so it works without being printed. */
export async function createApiKeyFromPlaintext(
  prisma: PrismaClient,
  businessId: string,
  name: string,
  key: string,
): Promise<CreatedApiKey> {
  const problem = apiKeyFormatProblem(key);
  if (problem) throw badRequest(problem, "invalid_api_key_format");
  const prefix = key.slice(0, DISPLAY_PREFIX_LENGTH);
  const row = await prisma.apiKey.create({
    data: { businessId, name, prefix, keyHash: hashApiKey(key) },
    select: { id: true },
  });
  return { id: row.id, key, prefix };
}

export function listApiKeys(prisma: PrismaClient, businessId: string): Promise<ApiKeySummary[]> {
  return prisma.apiKey.findMany({
    where: { businessId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Revokes the business's key; another business's key, or no key, is a 404. Revoking twice is a no-op. */
export async function revokeApiKey(prisma: PrismaClient, businessId: string, id: string): Promise<void> {
  if (!UUID.test(id)) throw notFound("API key not found");
  const owned = await prisma.apiKey.findFirst({ where: { id, businessId }, select: { id: true } });
  if (!owned) throw notFound("API key not found");
  await prisma.apiKey.updateMany({ where: { id, businessId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** The business a bearer key acts for, or null for an unknown or revoked key. */
export async function authenticateApiKey(prisma: PrismaClient, bearerKey: string): Promise<ApiKeyCaller | null> {
  if (apiKeyFormatProblem(bearerKey)) return null;
  const row = await prisma.apiKey.findUnique({
    where: { keyHash: hashApiKey(bearerKey) },
    select: { id: true, businessId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so concurrent requests of one key write it once per minute, not once each.
    await prisma.apiKey.updateMany({
      where: {
        id: row.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now - LAST_USED_RESOLUTION_MS) } }],
      },
      data: { lastUsedAt: new Date(now) },
    });
  }
  return { businessId: row.businessId, apiKeyId: row.id };
}
