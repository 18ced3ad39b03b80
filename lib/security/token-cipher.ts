// Encrypts Gmail refresh tokens at rest (AES-256-GCM). The key comes from TOKEN_ENCRYPTION_KEY; the
// embedded single-machine setup may instead keep a generated key file beside its database.
import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const VERSION = "v1";

export class TokenCipherError extends Error {
  readonly code = "token_cipher";
}

export function parseKey(text: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, "hex") : Buffer.from(text, "base64");
  if (key.length !== 32)
    throw new TokenCipherError("TOKEN_ENCRYPTION_KEY must be 32 bytes, as 64 hex digits or base64");
  return key;
}

/** The key file of an embedded database: created once, readable by the owner only. */
export function keyFromDataDir(dataDir: string): Buffer {
  const file = path.join(path.resolve(dataDir), "token-encryption.key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  }
  return parseKey(fs.readFileSync(file, "utf8").trim());
}

export function encryptToken(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    body.toString("base64url"),
  ].join(".");
}

export function decryptToken(sealed: string, key: Buffer): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined)
    throw new TokenCipherError("Stored token has an unknown format");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new TokenCipherError("Stored token cannot be decrypted: was TOKEN_ENCRYPTION_KEY changed?");
  }
}

/**
 * The deployment's token key. Hosts sharing a PostgreSQL database must share it, so there it must be
 * configured; the single-process embedded setup keeps a generated key file beside its database.
 */
export function configuredTokenKey(config: {
  TOKEN_ENCRYPTION_KEY?: string;
  DATABASE_URL?: string;
  DATA_DIR: string;
}): Buffer {
  if (config.TOKEN_ENCRYPTION_KEY) return parseKey(config.TOKEN_ENCRYPTION_KEY);
  if (config.DATABASE_URL) {
    throw new TokenCipherError("TOKEN_ENCRYPTION_KEY must be set when DATABASE_URL is set (e.g. openssl rand -hex 32)");
  }
  return keyFromDataDir(config.DATA_DIR);
}
