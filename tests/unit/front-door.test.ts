// The front door decides which address a request is counted against and which paths reach Next.
import { describe, expect, it } from "vitest";
import { clientAddress, isReadablePath, settleForwarding } from "@/lib/http/front-door";

describe("clientAddress", () => {
  it("without trusted proxies is the socket's peer, whatever the client writes in X-Forwarded-For", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.4", 0)).toBe("198.51.100.4");
    expect(clientAddress(undefined, "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
  });

  it("behind N proxies is the entry the outermost one appended; entries the client wrote are ignored", () => {
    // client → load balancer (appends the client's address) → app
    expect(clientAddress("spoofed-1, 203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9");
    // client → CDN → load balancer → app
    expect(clientAddress("spoofed, 203.0.113.9, 10.0.0.7", "10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientAddress(["spoofed, 203.0.113.9", "10.0.0.7"], "10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("a request that came round the proxies (shorter chain) is counted against what is there, not a blank", () => {
    expect(clientAddress(undefined, "198.51.100.4", 1)).toBe("198.51.100.4");
  });
});

describe("settleForwarding", () => {
  it("leaves one address in X-Forwarded-For and drops the client's forwarding headers when no proxy is trusted", () => {
    const headers: Record<string, string | string[] | undefined> = {
      host: "app.example",
      "x-forwarded-for": "1.2.3.4, 5.6.7.8",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-real-ip": "9.9.9.9",
      forwarded: "for=1.2.3.4",
    };
    expect(settleForwarding(headers, "198.51.100.4", 0)).toBe("198.51.100.4");
    expect(headers).toEqual({ host: "app.example", "x-forwarded-for": "198.51.100.4" });
  });

  it("keeps a trusted proxy's host and scheme", () => {
    const headers: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "receipts.example.com",
      "x-forwarded-proto": "https",
    };
    settleForwarding(headers, "10.0.0.2", 1);
    expect(headers).toEqual({
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "receipts.example.com",
      "x-forwarded-proto": "https",
    });
  });
});

describe("isReadablePath", () => {
  it.each(["/api/receipts/%ED%A0%80", "/api/receipts/%ff/file", "/receipts/%C0%AF", "/api/keys/%", "/a%E2%82"])(
    "refuses %s",
    (path) => {
      expect(isReadablePath(path)).toBe(false);
    },
  );
  it.each(["/", "/api/receipts/3f0c/file", "/receipts/caf%C3%A9", "/api/receipts?q=%ff", "/x#%zz"])(
    "lets %s through",
    (path) => {
      expect(isReadablePath(path)).toBe(true);
    },
  );
});
