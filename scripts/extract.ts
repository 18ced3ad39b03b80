// npm run -s extract -- a.eml [b.eml …] — recognises each saved email and prints one JSON line per
// file: {"file","is_receipt","kind","vendor","amount","currency","date","confidence","reasons"}.
// A file that cannot be read gets a line with "error"; the exit code is 1 only when every file failed.
import { readFile } from "node:fs/promises";
import { recogniseEmlFile } from "../lib/receipts/recognise-eml";
import { shutdownOcr } from "../lib/receipts/ocr/index";
import { ocrReader } from "../lib/receipts/ocr/reader";

const USAGE = "Usage: npm run -s extract -- [--no-ocr] [--timezone Europe/Berlin] file.eml [more.eml …]\n";

interface Args {
  files: string[];
  ocr: boolean;
  timeZone?: string;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { files: [], ocr: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--") continue;
    else if (a === "--no-ocr") args.ocr = false;
    else if (a === "--timezone") {
      const zone = argv[++i];
      if (!zone) return "--timezone needs a time zone such as Europe/Berlin";
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
      } catch {
        return `--timezone: unknown time zone '${zone}'`;
      }
      args.timeZone = zone;
    } else if (a === "--help" || a === "-h") return "";
    else if (a.startsWith("--")) return `unknown option ${a}`;
    else args.files.push(a);
  }
  return args.files.length ? args : "";
}

async function extractOne(file: string, args: Args): Promise<Record<string, unknown>> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      file,
      error: code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (error as Error).message,
    };
  }
  // An email starts with header lines ("Name: value"); anything else is not one.
  if (
    !/^(?:[\x21-\x39\x3b-\x7e]+:[^\n]*\r?\n)+/.test(
      raw
        .subarray(0, 4096)
        .toString("latin1")
        .replace(/^\uFEFF/, ""),
    )
  ) {
    return { file, error: "not an email (.eml) file: it does not start with mail headers" };
  }
  const { receipt } = await recogniseEmlFile(raw, {
    ...(args.ocr ? { ocr: ocrReader } : {}),
    ...(args.timeZone ? { timeZone: args.timeZone } : {}),
  });
  return {
    file,
    is_receipt: receipt.isReceipt,
    kind: receipt.kind,
    vendor: receipt.vendor,
    amount: receipt.amount,
    currency: receipt.currency,
    date: receipt.date,
    confidence: receipt.confidence,
    reasons: receipt.reasons,
  };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    process.stderr.write(args ? `extract: ${args}\n${USAGE}` : USAGE);
    return 1;
  }
  let failed = 0;
  try {
    for (const file of args.files) {
      let line: Record<string, unknown>;
      try {
        line = await extractOne(file, args);
      } catch (error) {
        line = { file, error: `could not be read: ${(error as Error).message}` };
      }
      if ("error" in line) failed++;
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  } finally {
    await shutdownOcr();
  }
  return failed === args.files.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
