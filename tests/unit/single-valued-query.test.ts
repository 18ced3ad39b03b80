// A query string is read one value per parameter: a repeated parameter is a 400 that names it and
// counts it, the same answer on every endpoint, rather than a silent pick of the first or the last.
import { describe, expect, it } from "vitest";
import { singleValuedQuery } from "@/lib/api/query";
import { answeredSync } from "../support/answered";

const query = (text: string, names?: readonly string[]) => singleValuedQuery(new URLSearchParams(text), names);

describe("singleValuedQuery", () => {
  it("returns every parameter as a plain string when no names are given", () => {
    expect(query("run_id=abc&limit=5&empty=")).toEqual({ run_id: "abc", limit: "5", empty: "" });
  });

  it("reads only the named parameters and leaves out the absent ones", () => {
    expect(query("sort=date_asc&from_date=2026-01-01&other=x", ["sort", "limit"])).toEqual({ sort: "date_asc" });
    expect(query("", ["sort"])).toEqual({});
  });

  it("decodes the values as URLSearchParams does", () => {
    expect(query("q=caf%C3%A9+bar")).toEqual({ q: "café bar" });
  });

  it.each([
    ["run_id=a&run_id=b", undefined, "run_id was given 2 times; give it once"],
    ["kind=refund&kind=invoice&kind=receipt", ["kind"], "kind was given 3 times; give it once"],
    ["limit=1&limit=1", undefined, "limit was given 2 times; give it once"],
  ] as const)("refuses %s with a 400 that names the parameter", (text, names, message) => {
    expect(answeredSync(() => query(text, names))).toEqual({ status: 400, code: "invalid_request", message });
  });

  it("does not judge a repeated parameter it was not asked for", () => {
    expect(query("sort=date_asc&q=a&q=b", ["sort"])).toEqual({ sort: "date_asc" });
  });
});
