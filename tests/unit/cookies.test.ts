// The one cookie reader of the app (business choice, OAuth state binding).
import { describe, expect, it } from "vitest";
import { readCookie } from "@/lib/shared/cookies";

describe("readCookie", () => {
  it.each([
    ["rs_business=abc", "abc"],
    ["a=1; rs_business=abc; b=2", "abc"],
    ["rs_business_old=x; rs_business=abc", "abc"],
    [" rs_business = a%20b ", "a b"],
    ["rs_business=%E0%A4%A", "%E0%A4%A"],
    ["rs_business=", null],
    ["rs_business", null],
    ["other=1", null],
  ])("reads %j as %j", (header, value) => {
    expect(readCookie(header, "rs_business")).toBe(value);
  });

  it("answers null without a Cookie header", () => {
    expect(readCookie(null, "rs_business")).toBeNull();
  });
});
