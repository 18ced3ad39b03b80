// Receipt extraction: is this mail a receipt, an invoice or a refund, and if so from whom, how much,
// in which currency and on which day. A pipeline of small stages, each with its reasons:
// read (documents of lines) → structured data → forwarded headers → language and currency →
// totals → classification → date and vendor.
import { calendarDateIn } from "../../shared/calendar";
import type { MailMessage } from "../../mail/message";
import { chooseTotal, findTotals, statedCodes, type TotalCandidate } from "./totals";
import { classify, type Kind } from "./classify";
import { currencyOfDomain, isIsoCode, resolveMark, type CurrencyContext } from "./currency";
import { dateOrderOf, findDates, type DateOrder } from "./dates";
import { documentText, type DocLine, type MailDocument } from "./document";
import { findForwarded, isForwardSubject, withoutForwardPrefix } from "./forwarded";
import { detectLanguage } from "./language";
import { LEXICONS, type LanguageCode } from "./lexicons";
import { amountIn, findMoney } from "./money";
import { htmlLines, parseHtml } from "./read/html-document";
import { textLines } from "./read/text-document";
import { labelledReceiptDate, soleRecentDate } from "./receipt-date";
import { collectSignals } from "./signals";
import { structuredFacts, type StructuredFacts } from "./structured-data";
import { parseSender, vendorOf } from "./vendor";

/** Bumped whenever recognition changes what it reads, so stored receipts say which version read them. */
export const EXTRACTOR_VERSION = "2.2.0";

export type ReceiptKind = Kind;

export interface ExtractedReceipt {
  isReceipt: boolean;
  /** null when the message is not a receipt. */
  kind: ReceiptKind | null;
  vendor: string | null;
  /** Decimal string, e.g. "1234.50"; whole units for zero-decimal currencies ("1200"); negative for refunds. */
  amount: string | null;
  /** ISO 4217. */
  currency: string | null;
  /** YYYY-MM-DD: the date printed on the receipt, else the forwarded or received day. */
  date: string | null;
  source: "body" | "attachment";
  attachmentId?: string;
  /** 0–1: how sure the decision is. */
  confidence: number;
  reasons: string[];
  language: LanguageCode;
  extractorVersion: string;
  /**
   * For a message that was not accepted but has a total: what it would say if it were a receipt, so a
   * person can find a missed receipt among the near misses (the review queue's candidates).
   */
  guess?: ReceiptGuess;
}

export interface ReceiptGuess {
  vendor: string | null;
  amount: string;
  currency: string | null;
  date: string;
}

/** A recognised receipt with everything a ledger row needs. */
export type CompleteReceipt = ExtractedReceipt & {
  isReceipt: true;
  kind: ReceiptKind;
  vendor: string;
  amount: string;
  currency: string;
  date: string;
};

/** Whether a recognition is worth saving: a receipt, with its kind, vendor, amount, currency and date. */
export function isCompleteReceipt(receipt: ExtractedReceipt): receipt is CompleteReceipt {
  return (
    receipt.isReceipt && !!receipt.kind && !!receipt.vendor && !!receipt.amount && !!receipt.currency && !!receipt.date
  );
}

export interface ExtractOptions {
  /** Attachments already read (PDF text, OCR), in the order the mail carries them. */
  attachments?: MailDocument[];
  /** The business's time zone, for the received-day fallback. */
  timeZone?: string;
  /** The received day, when the caller knows it better than `receivedAt` in `timeZone` (an .eml's own Date offset). */
  receivedDay?: string;
}

const MAX_TEXT_CHARS = 1_000_000;
const MAX_LINES = 4000;

export interface BodyReading {
  lines: DocLine[];
  structured: StructuredFacts | undefined;
}

/** The body as lines: the HTML part when it says anything, else the plain text. */
export function readBody(message: Pick<MailMessage, "html" | "text">): BodyReading {
  let lines: DocLine[] = [];
  let structured: StructuredFacts | undefined;
  if (message.html?.trim()) {
    const dom = parseHtml(message.html);
    lines = htmlLines(dom);
    structured = structuredFacts(dom);
  }
  const text = message.text?.slice(0, MAX_TEXT_CHARS);
  if (text && lines.length < 3) lines = textLines(text);
  return { lines: lines.slice(0, MAX_LINES), structured };
}

function fileKind(filename: string | undefined): "invoice" | "receipt" | "refund" | undefined {
  const name = (filename ?? "").toLowerCase();
  if (
    /credit|gutschrift|avoir|kredit|abono|rimborso|nota[-_ ]?(?:de[-_ ]?)?cr[eé]dit|korekta|korygujaca|refund|erstattung/.test(
      name,
    )
  )
    return "refund";
  if (/invoice|rechnung|factur|fattura|factuur|fatura|faktura|請求書|bill/.test(name)) return "invoice";
  if (/receipt|quittung|beleg|re[cç]u|recibo|ricevuta|kvitt|bon|領収/.test(name)) return "receipt";
  return undefined;
}

function dateOrderFor(language: LanguageCode, currency: string | undefined, text: string): DateOrder {
  const fallback: DateOrder =
    language === "en" && (currency === "USD" || currency === undefined) ? "month-first" : "day-first";
  return dateOrderOf(text, fallback);
}

function documentCurrency(lines: DocLine[], context: CurrencyContext): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (const m of findMoney(line.text)) {
      const currency = m.mark ? resolveMark(m.mark, context) : undefined;
      if (currency) counts.set(currency, (counts.get(currency) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [currency, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = currency;
  if (best) return best;
  if (context.statedCodes.size === 1) return [...context.statedCodes][0];
  return currencyOfDomain(context.senderDomain) ?? context.languageCurrency;
}

/**
 * An attached document speaks its own language: a Norwegian till receipt photographed and mailed
 * with an English note prints "kr" meaning NOK. Its own words decide when they are clear enough.
 */
function attachmentContext(lines: DocLine[], context: CurrencyContext): CurrencyContext {
  const guess = detectLanguage(documentText({ lines }), context.senderDomain);
  if ((guess.scores[guess.language] ?? 0) < 4 || guess.language === context.language) return context;
  return {
    ...context,
    language: guess.language,
    languageCurrency: LEXICONS[guess.language].currency ?? context.languageCurrency,
  };
}

const NOT_A_RECEIPT = {
  isReceipt: false,
  kind: null,
  vendor: null,
  amount: null,
  currency: null,
  date: null,
  source: "body",
} as const;

export function extractReceipt(message: MailMessage, options: ExtractOptions = {}): ExtractedReceipt {
  const body = readBody(message);
  const forwarded = findForwarded(body.lines, message.subject);
  const mainLines = forwarded ? body.lines.slice(forwarded.bodyStart) : body.lines;
  const subject =
    forwarded?.subject ?? (isForwardSubject(message.subject) ? withoutForwardPrefix(message.subject) : message.subject);
  const from = forwarded?.from ?? message.from;
  const sender = parseSender(from);
  const attachments = (options.attachments ?? []).map((a) => ({ ...a, lines: a.lines.slice(0, MAX_LINES) }));

  const allLines = [...mainLines, ...attachments.flatMap((a) => a.lines)];
  const allText = `${subject}\n${documentText({ lines: allLines })}`;
  const { language } = detectLanguage(allText, sender.domain);
  const context: CurrencyContext = {
    statedCodes: statedCodes(allLines, isIsoCode),
    senderDomain: sender.domain,
    language,
    languageCurrency: LEXICONS[language].currency,
  };
  const currency = documentCurrency(allLines, context);

  // Totals from the body and from every attachment; the best label wins wherever it stands.
  const candidates: Array<TotalCandidate & { doc: number }> = [
    ...findTotals(mainLines, context).map((c) => ({ ...c, doc: -1 })),
    ...attachments.flatMap((a, i) =>
      findTotals(a.lines, attachmentContext(a.lines, context)).map((c) => ({ ...c, doc: i })),
    ),
  ];
  const total = chooseTotal(candidates, currency) as (TotalCandidate & { doc: number }) | undefined;
  const fromAttachment = total !== undefined && total.doc >= 0 ? attachments[total.doc] : undefined;

  const signals = collectSignals({ subject, documents: [mainLines, ...attachments.map((a) => a.lines)] });
  const classification = classify({
    signals,
    total,
    structured: body.structured,
    documentFileName: fileKind(fromAttachment?.filename ?? attachments[0]?.filename),
    totalFromAttachment: fromAttachment !== undefined,
  });
  const reasons = [
    `language ${language}`,
    ...(forwarded ? ["forwarded message: its own headers used"] : []),
    ...classification.reasons,
  ];
  const structured = body.structured?.amount ? body.structured : undefined;
  const documents = fromAttachment
    ? [fromAttachment.lines, mainLines]
    : [mainLines, ...attachments.map((a) => a.lines)];
  /** The receipt's day: structured data, a labelled date, the one recent date, else the forwarded or received day. */
  const readDate = (currencyCode: string | null, kind: ReceiptKind | undefined) => {
    const order = dateOrderFor(language, currencyCode ?? undefined, allText);
    const receivedDay = options.receivedDay ?? calendarDateIn(message.receivedAt, options.timeZone ?? "UTC");
    const forwardedDay = forwarded?.date ? findDates(forwarded.date, order)[0]?.date : undefined;
    const anchorDay = forwardedDay ?? receivedDay;
    const labelled = documents
      .map((lines) => labelledReceiptDate(lines, order, kind, anchorDay))
      .find((d) => d !== undefined);
    const date =
      structured?.date ?? labelled?.date ?? soleRecentDate(documents[0] ?? [], order, anchorDay, kind) ?? anchorDay;
    return { date, labelled, forwardedDay };
  };
  const readVendor = () =>
    vendorOf({
      from,
      subject,
      bodyText: documentText({ lines: mainLines }),
      ...(body.structured?.vendor ? { structured: body.structured.vendor } : {}),
      ...(fromAttachment ? { document: fromAttachment.lines } : {}),
    });

  if (!classification.kind) {
    return {
      ...NOT_A_RECEIPT,
      confidence: classification.confidence,
      reasons,
      language,
      extractorVersion: EXTRACTOR_VERSION,
      ...(total
        ? {
            guess: {
              vendor: readVendor(),
              amount: total.amount,
              currency: total.currency ?? currency ?? null,
              date: readDate(total.currency ?? currency ?? null, undefined).date,
            },
          }
        : {}),
    };
  }

  const receiptCurrency = (structured?.amount ? structured.currency : undefined) ?? total?.currency ?? currency;
  // JSON-LD writes "50195.00" for yen as for euros; the ledger keeps each currency's own form.
  const amount =
    structured?.amount && receiptCurrency
      ? (amountIn(structured.amount, receiptCurrency) ?? structured.amount)
      : total?.amount;
  if (!amount || !receiptCurrency) {
    return {
      ...NOT_A_RECEIPT,
      confidence: 0.6,
      reasons: [...reasons, "no amount with a currency"],
      language,
      extractorVersion: EXTRACTOR_VERSION,
    };
  }

  const { date, labelled, forwardedDay } = readDate(receiptCurrency, classification.kind);
  reasons.push(
    labelled && !structured?.date
      ? `date "${labelled.label}" ${labelled.date}`
      : forwardedDay && date === forwardedDay
        ? "date of the forwarded message"
        : `date ${date}`,
  );

  const vendor = readVendor();
  const signed = classification.kind === "refund" ? `-${amount.replace(/^-/, "")}` : amount;
  return {
    isReceipt: true,
    kind: classification.kind,
    vendor,
    amount: signed,
    currency: receiptCurrency,
    date,
    source: fromAttachment ? "attachment" : "body",
    ...(fromAttachment?.attachmentId ? { attachmentId: fromAttachment.attachmentId } : {}),
    confidence: classification.confidence,
    reasons,
    language,
    extractorVersion: EXTRACTOR_VERSION,
  };
}
