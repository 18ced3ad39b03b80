// Without BETTER_AUTH_URL the app trusts the origin of the host it was reached by, and only that one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@/lib/auth/auth";
import { createTestPrisma, type TestPrisma } from "../support/test-database";

describe("sign-in origin check without a configured public URL", () => {
  let db: TestPrisma;
  let auth: Auth;
  beforeAll(async () => {
    db = await createTestPrisma("postgres");
    auth = createAuth(db.prisma, { secret: "origin-test-secret-0123456789abcdefghij" });
  });
  afterAll(async () => {
    await db.close();
  });

  const signUp = (host: string, origin: string, email: string) =>
    auth.handler(
      new Request(`http://${host}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", host, origin, cookie: "theme=light" },
        body: JSON.stringify({ email, password: "correct horse battery", name: "x" }),
      }),
    );

  it.each([
    ["127.0.0.1:3100", "http://127.0.0.1:3100"],
    ["localhost:3000", "http://localhost:3000"],
    ["receipts.lan:8080", "http://receipts.lan:8080"],
  ])("accepts a form posted from the host it was served by (%s)", async (host, origin) => {
    const response = await signUp(host, origin, `${host.replace(/[^a-z0-9]/g, "")}@example.com`);
    expect(response.status).toBe(200);
  });

  it("rejects a cross-site post", async () => {
    const response = await signUp("127.0.0.1:3100", "http://evil.example", "victim@example.com");
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/origin/i);
  });
});
