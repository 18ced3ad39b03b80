// npm run -s extract -- path/to/message.eml — prints one line of JSON with the extracted receipt.
import { readFile } from "node:fs/promises";
import { parseEml } from "../lib/mail/eml";
import { extractReceipt } from "../lib/receipts/extract";
import { readAttachmentTexts } from "../lib/receipts/pdf-text";

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== "--");
  const path = args[0];
  if (!path || args.length > 1) {
    process.stderr.write("Usage: npm run -s extract -- path/to/message.eml\n");
    return 1;
  }
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    process.stderr.write(`extract: cannot read ${path}: ${reason}\n`);
    return 1;
  }
  const message = await parseEml(raw);
  if (!message.from && !message.subject && !message.text && !message.html) {
    process.stderr.write(`extract: ${path} does not look like an email (.eml) file\n`);
    return 1;
  }
  const receipt = extractReceipt(message, { attachmentText: await readAttachmentTexts(message) });
  process.stdout.write(
    `${JSON.stringify({
      is_receipt: receipt.isReceipt,
      vendor: receipt.vendor,
      amount: receipt.amount,
      currency: receipt.currency,
      date: receipt.date,
    })}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
