// npm run bench — the narrowed listing (lib/gmail/receipt-search.ts) against an unfiltered listing of
// the same mailbox, measured in the same run: messages listed (each one a messages.get a sync would
// spend), and receipts of the ground truth left out. The settings page quotes these figures.
import { measureCorpus, measureGenerated, type NarrowedFigures } from "./narrowed/measure";
import { quick, recordResult } from "./results";

const MAX_MISS_RATE = 0.01;

const rows: NarrowedFigures[] = [
  await measureCorpus("tuning"),
  await measureCorpus("held-out"),
  await measureGenerated(quick ? 1000 : 5000),
];

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log("\nnarrowed listing vs unfiltered (baseline: the unfiltered listing of the same mailbox)\n");
console.log("mailbox                        messages  listed  fetches saved  receipts  missed");
for (const r of rows) {
  console.log(
    `${r.mailbox.padEnd(29)}  ${String(r.messages).padStart(8)}  ${String(r.listed).padStart(6)}  ${pct(r.savedShare).padStart(13)}  ${String(r.receipts).padStart(8)}  ${String(r.missed.length).padStart(6)}`,
  );
  for (const id of r.missed) console.log(`    missed: ${id}`);
}
const receipts = rows.reduce((n, r) => n + r.receipts, 0);
const missed = rows.reduce((n, r) => n + r.missed.length, 0);
recordResult("narrowed-listing", {
  figures: Object.fromEntries(rows.map((r) => [r.mailbox, { ...r }])),
  baseline: Object.fromEntries(rows.map((r) => [r.mailbox, { listed: r.messages, receipts: r.receipts }])),
  targets: [
    {
      label: `misses under ${MAX_MISS_RATE * 100} % of receipts (${missed} of ${receipts})`,
      met: missed / receipts < MAX_MISS_RATE,
    },
    ...rows.map((r) => ({
      label: `${r.mailbox}: lists fewer messages than unfiltered (${pct(r.savedShare)} saved)`,
      met: r.listed < r.messages,
    })),
  ],
});
