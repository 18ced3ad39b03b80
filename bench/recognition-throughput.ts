// node --import tsx bench/recognition-throughput.ts — how fast recognition reads mail on one core:
// messages per second for body-only mail and for mail whose figures are in a PDF, against the
// baseline measured in the same run of only parsing the same messages (MIME → MailMessage), and
// against the ceiling Gmail sets on one mailbox (~50 messages/s), which recognition must stay well
// above so that it never slows a sync. OCR cost per page is bench/ocr.ts.
import fs from "node:fs";
import { loadCorpus } from "./accuracy/corpus";
import { parseEml } from "../lib/mail/eml";
import { recogniseMail } from "../lib/receipts/recognition/recognise-mail";
import { quick, recordResult } from "./results";

const GMAIL_CEILING_PER_SECOND = 50;
const TARGET_FACTOR = 4;

async function perSecond(
  label: string,
  work: () => Promise<void>,
  count: number,
  minSeconds = quick ? 1 : 3,
): Promise<number> {
  await work(); // warm-up: compiles the lexicons and loads pdf.js once
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < minSeconds * 1000) {
    await work();
    done += count;
  }
  const rate = done / ((performance.now() - started) / 1000);
  console.log(`${label.padEnd(46)} ${rate.toFixed(1).padStart(8)} messages/s`);
  return rate;
}

async function main() {
  const corpus = loadCorpus();
  const raws = corpus.map((m) => fs.readFileSync(m.emlPath));
  const messages = await Promise.all(raws.map((raw) => parseEml(raw)));
  const bodyOnly = messages.filter((m) => !m.attachments.some((a) => /pdf|image/i.test(a.mimeType)));
  const withPdf = messages.filter((m) => m.attachments.some((a) => /pdf/i.test(a.mimeType)));
  console.log(
    `# Recognition throughput, one process, corpus of ${messages.length} messages (${bodyOnly.length} body-only, ${withPdf.length} with a PDF); OCR off`,
  );
  const parse = await perSecond(
    "baseline: MIME parsing only",
    async () => void (await Promise.all(raws.map((r) => parseEml(r)))),
    raws.length,
  );
  const body = await perSecond(
    "recognition, body-only mail",
    async () => {
      for (const m of bodyOnly) await recogniseMail(m);
    },
    bodyOnly.length,
  );
  const pdf = await perSecond(
    "recognition, mail with PDF text",
    async () => {
      for (const m of withPdf) await recogniseMail(m);
    },
    withPdf.length,
  );
  const heap = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
  console.log(
    `\nbody-only: ${(body / GMAIL_CEILING_PER_SECOND).toFixed(1)}× Gmail's ~${GMAIL_CEILING_PER_SECOND} messages/s ceiling (target ≥ ${TARGET_FACTOR}×), ${(parse / body).toFixed(1)}× the cost of parsing alone`,
  );
  console.log(`with PDF:  ${(pdf / GMAIL_CEILING_PER_SECOND).toFixed(1)}× the ceiling; heap in use ${heap} MB`);
  recordResult("recognition-throughput", {
    figures: {
      messages: messages.length,
      body_only_per_second: Number(body.toFixed(1)),
      with_pdf_per_second: Number(pdf.toFixed(1)),
      heap_mb: heap,
    },
    baseline: { parse_only_per_second: Number(parse.toFixed(1)), gmail_ceiling_per_second: GMAIL_CEILING_PER_SECOND },
    targets: [
      {
        label: `body-only ≥ ${TARGET_FACTOR}× Gmail's ~${GMAIL_CEILING_PER_SECOND} messages/s (${(body / GMAIL_CEILING_PER_SECOND).toFixed(1)}×)`,
        met: body >= TARGET_FACTOR * GMAIL_CEILING_PER_SECOND,
      },
    ],
  });
}

await main();
