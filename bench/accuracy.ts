// npm run accuracy — recognition measured on the hand-written corpus (tuning and held-out halves)
// and on generated mailboxes: precision, recall, exact fields and kinds, overall and per language,
// kind and layout, with every miss listed. The same corpus without OCR runs alongside as the baseline
// that shows what reading images and scans adds.
import { attachmentBytes, generateMailbox } from "../lib/gmail-emulator/mailbox";
import { toMailMessage } from "../lib/gmail/message";
import { shutdownOcr } from "../lib/receipts/ocr/index";
import { ocrReader } from "../lib/receipts/ocr/reader";
import { recogniseMail } from "../lib/receipts/recognition/recognise-mail";
import { loadCorpus } from "./accuracy/corpus";
import { recogniseCorpus } from "./accuracy/recognise-corpus";
import { describeMiss, groupBy, score, type Score, type Scored } from "./accuracy/score";

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
const row = (name: string, s: Score) =>
  `${name.padEnd(34)} ${String(s.messages).padStart(4)} msgs ${String(s.receipts).padStart(4)} rcpts   precision ${pct(s.precision)}   recall ${pct(s.recall)}   exact ${pct(s.exactFields)}   kind ${pct(s.kindAccuracy)}   FP ${s.falsePositives} FN ${s.falseNegatives}`;

function report(title: string, results: Scored[], groups: string[]) {
  console.log(`\n## ${title}`);
  console.log(row("all", score(results)));
  for (const key of groups) {
    console.log(`  by ${key}`);
    for (const [name, members] of groupBy(results, key)) console.log(`  ${row(name, score(members))}`);
  }
}

async function generatedMailbox(seed: string, size: number): Promise<Scored[]> {
  const mailbox = generateMailbox({ seed, size });
  const truth = new Map(mailbox.truth.receipts.map((r) => [r.messageId, r]));
  const out: Scored[] = [];
  for (const resource of mailbox.messages) {
    const message = toMailMessage(resource);
    const { receipt } = await recogniseMail(message, {
      loadAttachment: async (a) => (await attachmentBytes(mailbox, a.attachmentId)) ?? Buffer.alloc(0),
      ocr: ocrReader,
    });
    const t = truth.get(message.id);
    out.push({
      id: `${seed}/${message.id}`,
      groups: {
        kind: t ? t.kind : "not a receipt",
        language: t ? t.language : "not a receipt",
        layout: t ? t.layout : "not a receipt",
      },
      expected: t
        ? { is_receipt: true, kind: t.kind, vendor: t.vendor, amount: t.amount, currency: t.currency, date: t.date }
        : { is_receipt: false, kind: null, vendor: null, amount: null, currency: null, date: null },
      actual: {
        is_receipt: receipt.isReceipt,
        kind: receipt.kind,
        vendor: receipt.vendor,
        amount: receipt.amount,
        currency: receipt.currency,
        date: receipt.date,
      },
    });
  }
  return out;
}

async function main() {
  const corpus = loadCorpus();
  const started = performance.now();
  const results = await recogniseCorpus(corpus, ocrReader);
  const seconds = (performance.now() - started) / 1000;
  const baseline = await recogniseCorpus(corpus);
  console.log(
    `# Recognition accuracy — corpus of ${corpus.length} hand-written messages (tests/fixtures/mail), ${seconds.toFixed(1)} s with OCR`,
  );
  console.log(
    `targets: recall ≥ 97 %, precision ≥ 98 %, exact fields ≥ 95 % (vendor, amount, currency, date of found receipts)`,
  );
  for (const split of ["tuning", "held-out"] as const)
    console.log(row(`${split} half`, score(results.filter((r) => r.message.split === split))));
  console.log(row("baseline: same corpus without OCR", score(baseline)));
  report("corpus", results, ["language", "kind", "layout"]);
  const misses = results
    .map((r) => (describeMiss(r) ? `${describeMiss(r)}   [${r.message.split}]` : undefined))
    .filter(Boolean);
  console.log(`\n## misses (${misses.length})`);
  for (const m of misses) console.log(`- ${m}`);
  for (const seed of ["accuracy-2026-A", "accuracy-2026-B"])
    report(`generated mailbox ${seed} (1500 messages)`, await generatedMailbox(seed, 1500), [
      "kind",
      "language",
      "layout",
    ]);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => shutdownOcr());
