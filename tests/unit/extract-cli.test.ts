// `npm run -s extract -- file.eml` prints one JSON line; a bad path fails with a clear message.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TSX, runCommand } from "../support/run-command";

const SCRIPT = path.resolve("scripts", "extract.ts");
const fixture = (name: string) => path.resolve("tests", "fixtures", "eml", name);
const NOT_A_RECEIPT = { is_receipt: false, vendor: null, amount: null, currency: null, date: null };

describe("extract CLI", () => {
  it.each([
    ["receipt-html.eml", { is_receipt: true, vendor: "Linear", amount: "96.00", currency: "EUR", date: "2026-03-05" }],
    ["invoice-pdf.eml", { is_receipt: true, vendor: "Acme Hosting", amount: "1250.00", currency: "GBP", date: "2026-02-12" }],
    ["newsletter.eml", NOT_A_RECEIPT],
    ["shipping.eml", NOT_A_RECEIPT],
  ])("%s", async (file, expected) => {
    const result = await runCommand(TSX, [SCRIPT, "--", fixture(file)]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toEqual(expected);
  });

  it("fails with a message on stderr for a missing file", async () => {
    const result = await runCommand(TSX, [SCRIPT, "--", fixture("missing.eml")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/cannot read .*missing\.eml: no such file/);
  });

  it("fails with usage when no path is given", async () => {
    const result = await runCommand(TSX, [SCRIPT]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Usage/);
  });
});
