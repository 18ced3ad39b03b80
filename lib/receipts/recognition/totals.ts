// The grand total: the amount a label names as paid, billed or refunded for the whole document —
// never a subtotal, a tax, shipping, a discount or a line item. Labels come ranked from the
// lexicons; ties go to the amount stated most directly, then to the larger one.
import { ZERO_DECIMAL, isIsoCode, resolveMark, type CurrencyContext } from "./currency";
import { findDates } from "./dates";
import type { DocLine } from "./document";
import { columnHeading, isCurrencyCell, labelOf, type Label } from "./labels";
import { amountIn, findMoney, type MoneyMention } from "./money";
import { fold } from "./phrases";
import { INCLUSIVE, NOT_TOTAL, SIGNALS, TOTAL_TIERS, type TotalTier } from "./vocabulary";

export interface TotalCandidate {
  /** Unsigned, in the currency's form ("12.50", "1200"). */
  amount: string;
  negative: boolean;
  /** Undefined for a number printed without a currency mark (see documentCurrency). */
  currency: string | undefined;
  tier: TotalTier;
  rank: number;
  label: string;
  labelFrom: Label["from"];
  line: number;
  strong: boolean;
  raw: string;
}

const TIER_RANK: Record<TotalTier, number> = { paid: 6, refund: 6, grand: 5, due: 4, plain: 3, weak: 2 };
const TIER_ORDER: TotalTier[] = ["paid", "refund", "grand", "due", "plain", "weak"];
// "Total incl. shipping", "Summe inkl. 19% MwSt.", "Total TTC dont TVA": what follows the
// qualifier is included in the total, it is not what the line is about.
const INCLUSIVE_CLAUSE =
  /(?<![\p{L}])(?:incl|inkl|inc|including|inclusive|inklusive|inclusief|incluido|incluida|incluidos|incluye|inclusa|incluso|compris|comprise|y compris|herunder|heraf|varav|herav|davon|dont|di cui|w tym|zawiera|税込|内)(?![\p{L}]).*$/u;

// "Yearly plan from", "ab", "à partir de": a price an offer starts at, not a sum anyone paid.
const PRICE_FROM = /(?:^|[^\p{L}])(?:from|starting at|ab|a partir de|desde|da|vanaf|od|fran|fra|から)\s*$/u;

const LABEL_CODE = /[(\[]\s*([A-Z]{3})\s*[)\]]|(?:^|\s)(?:in\s)?([A-Z]{3})\s*$/;

/** What a label says about its amount, or undefined when it is not a total. */
export function tierOf(label: string): { tier: TotalTier; rank: number } | undefined {
  const original = fold(label).slice(-80);
  if (PRICE_FROM.test(original)) return undefined;
  // "We couldn't process your payment of": the sentence says the money did not move.
  if (SIGNALS.failed.test(original)) return undefined;
  let text = original;
  const inclusive = INCLUSIVE.test(text) || INCLUSIVE_CLAUSE.test(text);
  text = text.replace(INCLUSIVE_CLAUSE, "");
  for (const m of INCLUSIVE.matches(text))
    text = text.slice(0, m.index) + " ".repeat(m.length) + text.slice(m.index + m.length);
  text = text.replace(/\([^)]*$/, "");
  let best: { tier: TotalTier; end: number } | undefined;
  const matched = new Set<TotalTier>();
  const spans: Array<[number, number]> = [];
  for (const tier of TIER_ORDER) {
    for (const m of TOTAL_TIERS[tier].matches(original)) {
      matched.add(tier);
      const end = m.index + m.length;
      spans.push([m.index, end]);
      if (!best || end > best.end || (end === best.end && TIER_RANK[tier] > TIER_RANK[best.tier])) best = { tier, end };
    }
  }
  // A "never" word inside a longer total phrase does not count: "Balance due" and "Net à payer"
  // are totals although "balance" and "net" alone are not.
  const within = (i: number, length: number) =>
    spans.some(([from, to]) => from <= i && i + length <= to && to - from > length);
  if (NOT_TOTAL.matches(text).some((m) => !within(m.index, m.length))) return undefined;
  if (!best) return undefined;
  // "Rimborso totale", "Total refunded": money back named as the whole outranks one refunded line.
  if (
    matched.has("refund") &&
    (matched.has("plain") || matched.has("grand") || /total|gesamt|summ|totaal|razem|i alt|合計/.test(original))
  )
    return { tier: "refund", rank: 7 };
  const rank = TIER_RANK[best.tier] + (inclusive && (best.tier === "plain" || best.tier === "weak") ? 1 : 0);
  return { tier: best.tier, rank };
}

/** Dates are not money: "2026" in "04.03.2026" must not become an amount beside a "€". */
function withoutDates(text: string): string {
  let out = text;
  for (const d of findDates(text)) out = out.slice(0, d.index) + " ".repeat(d.length) + out.slice(d.index + d.length);
  return out;
}

const hasMoney = (text: string) => findMoney(withoutDates(text)).some((m) => m.mark !== undefined || m.decimals === 2);

/** ISO codes the document states anywhere ("Total (EUR)", "All amounts in SEK", "USD 20.00"). */
export function statedCodes(lines: DocLine[], known: (code: string) => boolean): Set<string> {
  const codes = new Set<string>();
  for (const line of lines)
    for (const m of line.text.matchAll(/(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])/g))
      if (m[1] && known(m[1])) codes.add(m[1]);
  return codes;
}

export function findTotals(lines: DocLine[], context: CurrencyContext): TotalCandidate[] {
  const found: TotalCandidate[] = [];
  lines.forEach((line, li) => {
    const lineStart = found.length;
    line.cells.forEach((cell, ci) => {
      let previousEnd = 0;
      for (const mention of findMoney(withoutDates(cell))) {
        const label = labelOf(lines, { line: li, cell: ci, start: mention.index, previousEnd }, hasMoney);
        previousEnd = mention.index + mention.length;
        if (!label) continue;
        const tier = tierOf(label.text);
        if (!tier) continue;
        // "TOTAL AMOUNT | SGD | 536.20": the currency in a cell of its own.
        const left = line.cells[ci - 1];
        if (!mention.mark && mention.index === 0 && left && isCurrencyCell(left)) mention.mark = left.trim();
        // "Total (INR) | 83,820.03", "Amount (USD)": the label names the currency of a bare number.
        const code = LABEL_CODE.exec(label.text)?.slice(1).find(Boolean);
        if (!mention.mark && code && isIsoCode(code)) mention.mark = code;
        const candidate = toCandidate(mention, context, cell.slice(Math.max(0, mention.index - 4), mention.index));
        if (!candidate) continue;
        // "Payment received – thank you  -$187.40" on a bill is a credit line, not what was paid or is due.
        if (candidate.negative && (tier.tier === "paid" || tier.tier === "due")) continue;
        const penalty = label.from === "column" ? 1 : 0;
        found.push({
          ...candidate,
          tier: tier.tier,
          rank: tier.rank - penalty,
          label: label.text,
          labelFrom: label.from,
          line: li,
          strong: Boolean(line.strong),
          raw: mention.raw,
          cell: ci,
        } as TotalCandidate & { cell: number });
      }
    });
    settleRowLabel(found, lineStart, lines, li);
  });
  return found;
}

/**
 * "Razem | 737,00 | 169,51 | 906,51": one row label over several amounts. The column headings
 * above say which is which ("netto", "VAT", "brutto"); without headings the row's last amount is its total.
 */
function settleRowLabel(found: TotalCandidate[], from: number, lines: DocLine[], li: number) {
  const line = lines[li];
  if (!line) return;
  const valueCells = line.cells.map((cell, i) => (hasMoney(cell) ? i : -1)).filter((i) => i >= 0);
  if (valueCells.length < 2) return;
  const lastCell = valueCells[valueCells.length - 1];
  for (const c of found.slice(from) as Array<TotalCandidate & { cell: number }>) {
    if (c.labelFrom !== "cell") continue;
    const heading = columnHeading(lines, li, c.cell, hasMoney);
    if (heading) {
      const tier = tierOf(`${c.label} ${heading}`);
      c.rank = tier ? tier.rank : 0;
      c.label = `${c.label} / ${heading}`;
    } else if (c.cell !== lastCell) c.rank -= 2;
  }
  for (let i = found.length - 1; i >= from; i--) if ((found[i]?.rank ?? 0) <= 0) found.splice(i, 1);
}

// "Visa **** 5209", "#4417", "x 2": digits that follow these are never a bare amount.
const MASKED = /[*•·#xX×№]\s?$|\bno\.?\s?$|\bnr\.?\s?$/u;

function toCandidate(
  mention: MoneyMention,
  context: CurrencyContext,
  before: string,
): Pick<TotalCandidate, "amount" | "negative" | "currency"> | undefined {
  const currency = mention.mark ? resolveMark(mention.mark, context) : undefined;
  if (mention.mark && !currency) return undefined;
  if (currency) {
    const amount = amountIn(mention.amount, currency);
    if (amount === undefined) return undefined;
    return { amount, negative: mention.negative, currency };
  }
  // A number printed without a currency is an amount only when it looks like one: "1.234,56".
  if (mention.decimals !== 2 || MASKED.test(before)) return undefined;
  return { amount: mention.amount, negative: mention.negative, currency: undefined };
}

const isZero = (amount: string) => !/[1-9]/.test(amount);
const FROM_ORDER: Record<Label["from"], number> = { inline: 0, cell: 0, above: 1, column: 2 };

/**
 * The grand total among the candidates, in `documentCurrency` when its number stood bare.
 * Zero totals lose to any other; a year beside a currency sign ("2026 €") is not an amount.
 */
export function chooseTotal(
  candidates: TotalCandidate[],
  documentCurrency: string | undefined,
): TotalCandidate | undefined {
  const anyDecimals = candidates.some((c) => c.amount.includes(".") && !c.amount.endsWith(".00"));
  const usable = candidates
    .map((c) => (c.currency ? c : documentCurrency ? withCurrency(c, documentCurrency) : undefined))
    .filter((c): c is TotalCandidate => c !== undefined)
    .filter(
      (c) => !(anyDecimals && /^(?:199\d|20\d\d|2100)(?:\.00)?$/.test(c.amount) && !ZERO_DECIMAL.has(c.currency ?? "")),
    );
  const nonZero = usable.filter((c) => !isZero(c.amount));
  const pool = nonZero.length ? nonZero : usable;
  const explicit = new Set(candidates.filter((c) => c.currency).map((c) => c.raw));
  pool.sort(
    (a, b) =>
      b.rank - a.rank ||
      Number(explicit.has(b.raw)) - Number(explicit.has(a.raw)) ||
      FROM_ORDER[a.labelFrom] - FROM_ORDER[b.labelFrom] ||
      Number(b.currency === documentCurrency) - Number(a.currency === documentCurrency) ||
      Number(b.amount) - Number(a.amount) ||
      b.line - a.line,
  );
  return pool[0];
}

function withCurrency(candidate: TotalCandidate, currency: string): TotalCandidate | undefined {
  const amount = amountIn(candidate.amount, currency);
  return amount === undefined ? undefined : { ...candidate, amount, currency };
}
