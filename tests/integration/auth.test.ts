// Sign-in (Better Auth over our Prisma client), memberships and per-business API keys, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toApiError } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { createBusinessBody } from "@/lib/api/schemas/businesses";
import {
  authenticateApiKey,
  createApiKey,
  createApiKeyFromPlaintext,
  hashApiKey,
  listApiKeys,
  revokeApiKey,
} from "@/lib/auth/api-keys";
import { createAuth, type Auth } from "@/lib/auth/auth";
import { resolveCaller } from "@/lib/auth/caller";
import { businessesOf, createBusinessWithOwner, membershipOf } from "@/lib/auth/memberships";
import { createTestPrisma, DATABASE_KINDS, type TestPrisma } from "../support/test-database";

const ORIGIN = "http://localhost:3000";

describe.each(DATABASE_KINDS)("auth on %s", (kind) => {
  let db: TestPrisma;
  let auth: Auth;
  beforeAll(async () => {
    db = await createTestPrisma(kind);
    auth = createAuth(db.prisma, { secret: "test-secret-0123456789abcdefghijklmnopqrstuvwxyz", baseURL: ORIGIN });
  });
  afterAll(async () => {
    await db?.close();
  });

  /** POSTs to Better Auth's endpoint as the browser would; returns the response and its session cookie. */
  async function post(path: string, body: unknown): Promise<{ response: Response; json: any; cookie: string }> {
    const response = await auth.handler(
      new Request(`${ORIGIN}/api/auth${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN },
        body: JSON.stringify(body),
      }),
    );
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .filter((c) => c.includes("session_token"))
      .join("; ");
    return { response, json: await response.json().catch(() => null), cookie };
  }

  async function signUp(email: string) {
    const result = await post("/sign-up/email", { email, password: "correct horse", name: email.split("@")[0] });
    expect(result.response.status, JSON.stringify(result.json)).toBe(200);
    return { userId: result.json.user.id as string, cookie: result.cookie };
  }

  const callerOf = (headers: Record<string, string>) =>
    resolveCaller(new Request(`${ORIGIN}/api/receipts`, { headers }), { prisma: db.prisma, auth });

  async function expectApiError(promise: Promise<unknown>, status: number, message: string | RegExp) {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(toApiError(error).status).toBe(status);
    expect((error as AppError).message).toMatch(message);
  }

  describe("API keys", () => {
    let businessA: string;
    let businessB: string;
    beforeAll(async () => {
      businessA = (await db.prisma.business.create({ data: { name: "A" } })).id;
      businessB = (await db.prisma.business.create({ data: { name: "B" } })).id;
    });

    it("a key authenticates as its business until it is revoked", async () => {
      const created = await createApiKey(db.prisma, businessA, "ledger import");
      expect(created.key).toMatch(/^rsk_[A-Za-z0-9_-]{43}$/);
      expect(created.prefix).toBe(created.key.slice(0, 12));

      const stored = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: created.id } });
      expect(stored.keyHash).toBe(hashApiKey(created.key));
      expect(stored.keyHash).not.toContain(created.key);
      expect(stored.lastUsedAt).toBeNull();

      expect(await authenticateApiKey(db.prisma, created.key)).toEqual({ businessId: businessA, apiKeyId: created.id });
      const used = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: created.id } });
      expect(used.lastUsedAt).toBeInstanceOf(Date);
      // Within a minute a second use does not write again.
      await authenticateApiKey(db.prisma, created.key);
      expect((await db.prisma.apiKey.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).toEqual(
        used.lastUsedAt,
      );

      await revokeApiKey(db.prisma, businessA, created.id);
      expect(await authenticateApiKey(db.prisma, created.key)).toBeNull();
      await revokeApiKey(db.prisma, businessA, created.id);
      const [listed] = await listApiKeys(db.prisma, businessA);
      expect(listed).toMatchObject({ id: created.id, name: "ledger import", prefix: created.prefix });
      expect(listed!.revokedAt).toBeInstanceOf(Date);
      expect(listed).not.toHaveProperty("keyHash");
    });

    it("a key of business A authenticates as A only, and B cannot revoke it", async () => {
      const a = await createApiKey(db.prisma, businessA, "a");
      const b = await createApiKey(db.prisma, businessB, "b");
      expect((await authenticateApiKey(db.prisma, a.key))!.businessId).toBe(businessA);
      expect((await authenticateApiKey(db.prisma, b.key))!.businessId).toBe(businessB);
      await expectApiError(revokeApiKey(db.prisma, businessB, a.id), 404, "API key not found");
      await expectApiError(revokeApiKey(db.prisma, businessB, "not-a-uuid"), 404, "API key not found");
      expect(await authenticateApiKey(db.prisma, a.key)).not.toBeNull();
    });

    it("unknown keys are rejected; a chosen plaintext key must be long enough", async () => {
      expect(await authenticateApiKey(db.prisma, "rsk_" + "x".repeat(43))).toBeNull();
      expect(await authenticateApiKey(db.prisma, "short")).toBeNull();
      await expectApiError(
        createApiKeyFromPlaintext(db.prisma, businessA, "demo", "too-short"),
        400,
        /at least 24 characters/,
      );
      await expectApiError(
        createApiKeyFromPlaintext(db.prisma, businessA, "demo", "x".repeat(30) + " y"),
        400,
        /may only contain/,
      );
      const demo = await createApiKeyFromPlaintext(db.prisma, businessA, "demo", "demo-key-0123456789abcdefghij");
      expect(await authenticateApiKey(db.prisma, "demo-key-0123456789abcdefghij")).toEqual({
        businessId: businessA,
        apiKeyId: demo.id,
      });
    });

    it("resolveCaller: a bearer key acts for its business; bad headers are 401 with a clear message", async () => {
      const a = await createApiKey(db.prisma, businessA, "caller");
      expect(await callerOf({ authorization: `Bearer ${a.key}` })).toEqual({
        business: { id: businessA, name: "A", timezone: "UTC" },
        via: "api_key",
        userId: null,
        apiKeyId: a.id,
      });
      await expectApiError(
        callerOf({ authorization: `Bearer ${a.key}`, "x-business-id": businessB }),
        404,
        "Business not found",
      );
      await expectApiError(callerOf({ authorization: a.key }), 401, /Malformed Authorization header/);
      await expectApiError(callerOf({ authorization: "Bearer" }), 401, /Malformed Authorization header/);
      await expectApiError(
        callerOf({ authorization: "Bearer rsk_nope_nope_nope_nope_nope_nope" }),
        401,
        "Invalid or revoked API key",
      );
      await revokeApiKey(db.prisma, businessA, a.id);
      await expectApiError(callerOf({ authorization: `Bearer ${a.key}` }), 401, "Invalid or revoked API key");
      await expectApiError(callerOf({}), 401, /Sign in or send an API key/);
    });
  });

  describe("sign-up, sign-in and memberships", () => {
    it("a signed-up user owns the business they create and signs in with their password", async () => {
      const { userId, cookie } = await signUp("owner@example.com");
      expect(cookie).toMatch(/session_token=/);
      const business = await createBusinessWithOwner(db.prisma, {
        name: "Owner Ltd",
        timezone: "Europe/Berlin",
        userId,
      });
      expect(business).toMatchObject({ name: "Owner Ltd", timezone: "Europe/Berlin", role: "owner" });
      expect(await businessesOf(db.prisma, userId)).toEqual([business]);
      expect(await membershipOf(db.prisma, userId, business.id)).toEqual(business);

      const stored = await db.prisma.account.findFirstOrThrow({ where: { userId } });
      expect(stored.providerId).toBe("credential");
      expect(stored.password).not.toContain("correct horse");

      const wrong = await post("/sign-in/email", { email: "owner@example.com", password: "wrong password" });
      expect(wrong.response.status).toBe(401);
      expect(wrong.cookie).toBe("");

      const signedIn = await post("/sign-in/email", { email: "owner@example.com", password: "correct horse" });
      expect(signedIn.response.status).toBe(200);
      const caller = await callerOf({ cookie: signedIn.cookie });
      expect(caller).toEqual({
        business: { id: business.id, name: "Owner Ltd", timezone: "Europe/Berlin" },
        via: "session",
        userId,
        apiKeyId: null,
      });
      expect(await db.prisma.session.count({ where: { userId } })).toBe(2);
    });

    it("picks the business named by x-business-id or rs_business among the user's memberships, else the first", async () => {
      const { userId, cookie } = await signUp("two@example.com");
      const first = await createBusinessWithOwner(db.prisma, { name: "First", timezone: "UTC", userId });
      const second = await createBusinessWithOwner(db.prisma, { name: "Second", timezone: "America/New_York", userId });
      const other = await signUp("other@example.com");
      const foreign = await createBusinessWithOwner(db.prisma, {
        name: "Foreign",
        timezone: "UTC",
        userId: other.userId,
      });

      expect((await callerOf({ cookie })).business.id).toBe(first.id);
      expect((await callerOf({ cookie, "x-business-id": second.id })).business.id).toBe(second.id);
      expect((await callerOf({ cookie: `${cookie}; rs_business=${second.id}` })).business.id).toBe(second.id);
      await expectApiError(callerOf({ cookie, "x-business-id": foreign.id }), 404, "Business not found");
      await expectApiError(callerOf({ cookie: `${cookie}; rs_business=${foreign.id}` }), 404, "Business not found");
      await expectApiError(callerOf({ cookie, "x-business-id": "not-a-uuid" }), 404, "Business not found");
      expect(await membershipOf(db.prisma, userId, foreign.id)).toBeNull();
    });

    it("a user without a business, a bad password length and a duplicate email are reported", async () => {
      const { cookie } = await signUp("lonely@example.com");
      await expectApiError(callerOf({ cookie }), 404, /create a business first/);
      const short = await post("/sign-up/email", { email: "short@example.com", password: "1234567", name: "s" });
      expect(short.response.status).toBe(400);
      expect(short.json.code).toBe("PASSWORD_TOO_SHORT");
      const duplicate = await post("/sign-up/email", {
        email: "lonely@example.com",
        password: "another pass",
        name: "l",
      });
      expect(duplicate.response.status).toBe(422);
      await expectApiError(callerOf({ cookie: "better-auth.session_token=forged.value" }), 401, /Sign in/);
    });

    it("signing out ends the session", async () => {
      const { cookie } = await signUp("leaver@example.com");
      const response = await auth.handler(
        new Request(`${ORIGIN}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: ORIGIN } }),
      );
      expect(response.status).toBe(200);
      await expectApiError(callerOf({ cookie }), 401, /Sign in/);
    });
  });
});

describe("POST /api/businesses body", () => {
  it.each([
    [
      { name: "Bob's Bikes", timezone: "Europe/Berlin" },
      { name: "Bob's Bikes", timezone: "Europe/Berlin" },
    ],
    [
      { name: "  Trimmed  ", timezone: "america/new_york" },
      { name: "Trimmed", timezone: "America/New_York" },
    ],
    [
      { name: "U", timezone: "UTC" },
      { name: "U", timezone: "UTC" },
    ],
  ])("accepts %o", (body, parsed) => {
    expect(createBusinessBody.parse(body)).toEqual(parsed);
  });

  it.each([
    [{ name: "", timezone: "UTC" }, "must be 1 to 100 characters"],
    [{ name: "x".repeat(101), timezone: "UTC" }, "must be 1 to 100 characters"],
    [{ timezone: "UTC" }, "is required"],
    [{ name: "A", timezone: "Mars/Base" }, "'Mars/Base' is not an IANA time zone"],
    [{ name: "A", timezone: "+01:00" }, "is not an IANA time zone"],
    [{ name: "A", timezone: "UTC", owner: "me" }, "owner"],
  ])("rejects %o", (body, message) => {
    const result = createBusinessBody.safeParse(body);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain(message);
  });
});
