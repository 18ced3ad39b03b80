// The demo's business, user, API key and Gmail connection: created on first start, reused after.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/generated/prisma/client";
import { createApiKeyFromPlaintext, generateApiKey, hashApiKey } from "../auth/api-keys";
import { configuredAuthSecret, createAuth } from "../auth/auth";
import { businessesOf, createBusinessWithOwner } from "../auth/memberships";
import { env } from "../env";
import { saveGmailConnection } from "../gmail/connection-store";

export interface DemoSeedInput {
  email: string;
  password: string;
  /** DEMO_API_KEY; without it a key is generated once and kept in DATA_DIR so it can be shown again. */
  apiKey?: string;
  mailboxEmail: string;
  refreshToken: string;
  emulatorUrl: string;
}

export interface DemoSeed {
  businessId: string;
  email: string;
  password: string;
  apiKey: string;
}

const DEMO_BUSINESS = "Northwind Studio";

function rememberedKey(dataDir: string): string {
  const file = path.join(path.resolve(dataDir), "demo-api-key");
  if (!fs.existsSync(file)) fs.writeFileSync(file, generateApiKey(), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

export async function seedDemo(prisma: PrismaClient, input: DemoSeedInput): Promise<DemoSeed> {
  const config = env();
  let user = await prisma.user.findUnique({ where: { email: input.email } });
  if (!user) {
    const auth = createAuth(prisma, { secret: configuredAuthSecret(config) });
    await auth.api.signUpEmail({ body: { email: input.email, password: input.password, name: "Demo user" } });
    user = await prisma.user.findUniqueOrThrow({ where: { email: input.email } });
  }
  const business =
    (await businessesOf(prisma, user.id))[0] ??
    (await createBusinessWithOwner(prisma, { name: DEMO_BUSINESS, timezone: "Europe/Berlin", userId: user.id }));

  const apiKey = input.apiKey ?? rememberedKey(config.DATA_DIR);
  const existing = await prisma.apiKey.findUnique({ where: { keyHash: hashApiKey(apiKey) } });
  if (!existing) await createApiKeyFromPlaintext(prisma, business.id, "Demo key", apiKey);
  else if (existing.businessId !== business.id || existing.revokedAt) {
    throw new Error("DEMO_API_KEY is already used by another business or was revoked: choose another key");
  }

  // The emulator may listen on another port than last time: point the connection at it again.
  await saveGmailConnection(prisma, business.id, {
    email: input.mailboxEmail,
    refreshToken: input.refreshToken,
    apiRootUrl: input.emulatorUrl,
  });
  return { businessId: business.id, email: input.email, password: input.password, apiKey };
}
