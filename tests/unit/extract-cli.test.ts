// `npm run -s extract -- a.eml b.eml …` prints one JSON line per file; unreadable files get an
// "error" line and the others still run; the exit code is 1 only when every file failed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TSX, runCommand } from "../support/run-command";

const SCRIPT = path.resolve("scripts", "extract.ts");
const fixture = (name: string) => path.resolve("tests", "fixtures", "eml", name);
const KEYS = ["file", "is_receipt", "kind", "vendor", "amount", "currency", "date", "confidence", "reasons"];
const run = (...args: string[]) => runCommand(TSX, [SCRIPT, "--", ...args]);
const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("extract CLI", () => {
  it("reads several files, one JSON line each, in order", async () => {
    const result = await run(
      "--no-ocr",
      fixture("receipt-html.eml"),
      fixture("invoice-pdf.eml"),
      fixture("newsletter.eml"),
      fixture("shipping.eml"),
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out.map((l) => Object.keys(l))).toEqual([KEYS, KEYS, KEYS, KEYS]);
    const fields = out.map(({ file, is_receipt, kind, vendor, amount, currency, date }) => ({
      file: path.basename(String(file)),
      is_receipt,
      kind,
      vendor,
      amount,
      currency,
      date,
    }));
    expect(fields).toEqual([
      {
        file: "receipt-html.eml",
        is_receipt: true,
        kind: "receipt",
        vendor: "Linear",
        amount: "96.00",
        currency: "EUR",
        date: "2026-03-05",
      },
      {
        file: "invoice-pdf.eml",
        is_receipt: true,
        kind: "invoice",
        vendor: "Acme Hosting",
        amount: "1250.00",
        currency: "GBP",
        date: "2026-02-12",
      },
      { file: "newsletter.eml", is_receipt: false, kind: null, vendor: null, amount: null, currency: null, date: null },
      { file: "shipping.eml", is_receipt: false, kind: null, vendor: null, amount: null, currency: null, date: null },
    ]);
    for (const line of out) {
      expect(line.confidence).toBeGreaterThan(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
      expect((line.reasons as string[]).length).toBeGreaterThan(0);
    }
  });

  it("a refund comes out negative", async () => {
    const result = await run("--no-ocr", path.resolve("tests", "fixtures", "mail", "en", "amazon-com-refund.eml"));
    expect(lines(result.stdout)[0]).toMatchObject({
      is_receipt: true,
      kind: "refund",
      amount: "-14.60",
      currency: "USD",
    });
  });

  it("reads an image receipt with OCR", async () => {
    const result = await run(path.resolve("tests", "fixtures", "mail", "sv", "ica-kvitto-bild.eml"));
    expect(result.code).toBe(0);
    expect(lines(result.stdout)[0]).toMatchObject({
      is_receipt: true,
      kind: "receipt",
      amount: "162.24",
      currency: "SEK",
    });
  }, 120_000);

  it("gives a file that is not an email an error line and still reads the others", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "extract-cli-"));
    const notMail = path.join(dir, "photo.eml");
    fs.writeFileSync(notMail, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const result = await run("--no-ocr", notMail, fixture("missing.eml"), fixture("receipt-html.eml"));
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toEqual({ file: notMail, error: "not an email (.eml) file: it does not start with mail headers" });
    expect(out[1]).toEqual({ file: fixture("missing.eml"), error: "no such file" });
    expect(out[2]).toMatchObject({ is_receipt: true, vendor: "Linear" });
  });

  it("exits 1 only when every file failed", async () => {
    const result = await run(fixture("missing.eml"), path.resolve("package.json"));
    expect(result.code).toBe(1);
    expect(lines(result.stdout).every((l) => "error" in l)).toBe(true);
  });

  it("fails with usage when no path is given, and on an unknown time zone", async () => {
    const none = await run();
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/Usage/);
    const zone = await run("--timezone", "Mars/Olympus", fixture("receipt-html.eml"));
    expect(zone.code).toBe(1);
    expect(zone.stderr).toMatch(/unknown time zone 'Mars\/Olympus'/);
  });

  it("counts the received-day fallback in --timezone", async () => {
    // The Bolt ride prints no date; it arrived 2026-03-05 23:30 UTC.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "extract-cli-"));
    const eml = path.join(dir, "bolt.eml");
    fs.writeFileSync(
      eml,
      "From: Bolt <receipts@bolt.eu>\r\nSubject: Your Bolt ride receipt\r\nDate: Thu, 05 Mar 2026 23:30:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThanks for riding with Bolt\r\nTotal: 12,40 €\r\n",
    );
    const utc = lines((await run("--no-ocr", eml)).stdout)[0];
    const berlin = lines((await run("--no-ocr", "--timezone", "Europe/Berlin", eml)).stdout)[0];
    expect([utc?.date, berlin?.date]).toEqual(["2026-03-05", "2026-03-06"]);
  });
});
