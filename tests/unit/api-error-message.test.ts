// What a failed request says to the user: the API's `{ success: false, error, code }` text when the
// body has one, the status line when it does not, and one plain sentence when nothing answered.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiRequestError,
  errorMessageOf,
  fetchJson,
  messageOf,
  reachServer,
  SERVER_UNREACHABLE,
} from "@/lib/ui/fetch-json";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("errorMessageOf", () => {
  const cases: {
    name: string;
    status: number;
    statusText: string;
    body: Record<string, unknown> | null;
    message: string;
  }[] = [
    {
      name: "the API's error text",
      status: 400,
      statusText: "Bad Request",
      body: { success: false, error: "from_date: not a calendar day", code: "invalid_date" },
      message: "from_date: not a calendar day",
    },
    {
      name: "the status line when the body is not JSON",
      status: 502,
      statusText: "Bad Gateway",
      body: null,
      message: "Request failed (502 Bad Gateway)",
    },
    {
      name: "the status line when `error` is not text",
      status: 500,
      statusText: "Internal Server Error",
      body: { error: { nested: true } },
      message: "Request failed (500 Internal Server Error)",
    },
  ];
  cases.forEach(({ name, status, statusText, body, message }) => {
    it(`shows ${name}`, () => {
      expect(errorMessageOf(status, statusText, body)).toBe(message);
    });
  });
});

describe("fetchJson", () => {
  it("returns the body of a 2xx answer", async () => {
    vi.stubGlobal("fetch", async () => Response.json({ success: true, run: null }));
    await expect(fetchJson("/api/receipts/sync/status")).resolves.toEqual({ success: true, run: null });
  });

  it("throws the API's message with the status and the whole body", async () => {
    const body = { success: false, error: "Sync already in progress", code: "sync_in_progress", run_id: "r1" };
    vi.stubGlobal("fetch", async () => Response.json(body, { status: 409, statusText: "Conflict" }));
    const error = await fetchJson("/api/receipts/sync", { method: "POST" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 409, message: "Sync already in progress", body });
  });

  it("reads a request that got no answer as the server being unreachable (status 0)", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(fetchJson("/api/keys")).rejects.toMatchObject({ status: 0, message: SERVER_UNREACHABLE, body: null });
  });
});

describe("reachServer", () => {
  it("passes an answer through, error answers included", async () => {
    const answer = { data: null, error: { status: 401, message: "Invalid email or password" } };
    await expect(reachServer(Promise.resolve(answer))).resolves.toBe(answer);
  });
});

describe("messageOf", () => {
  it("uses an Error's message and stringifies anything else thrown", () => {
    expect(messageOf(new ApiRequestError(403, "Not a member of this business", null))).toBe(
      "Not a member of this business",
    );
    expect(messageOf("plain text")).toBe("plain text");
  });
});
