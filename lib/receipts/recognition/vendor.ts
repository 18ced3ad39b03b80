// Who the receipt is from. The sender's display name without role words ("Billing", "Kundenservice",
// "Facturation"…), legal forms ("Inc.", "GmbH", "S.A."…) and country tails ("Deutschland", ".de");
// when that leaves nothing, the sender's domain ("billing@notion.so" → "Notion"). Payment processors
// and invoicing platforms send for many merchants: for them the merchant named in the mail wins.
import type { DocLine } from "./document";
import { findDates } from "./dates";
import { findMoney } from "./money";
import { fold } from "./phrases";
import { MERCHANT_PATTERNS, ROLE_WORDS, SIGNALS } from "./vocabulary";

export interface Sender {
  name: string;
  address: string;
  domain: string;
}

export function parseSender(from: string): Sender {
  const angle = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/.exec(from);
  const address = (angle?.[2] ?? (from.includes("@") ? from : ""))
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, "");
  const name = (angle?.[1] ?? (from.includes("@") ? "" : from)).trim().replace(/^['"]|['"]$/g, "");
  return { name, address, domain: address.split("@")[1] ?? "" };
}

// Senders that send receipts for other businesses; their own brand is never the vendor.
const PLATFORMS: Array<[RegExp, RegExp]> = [
  [/(^|\.)stripe\.com$/, /^stripe$/i],
  [/(^|\.)(squareup|square)\.com$/, /^square$/i],
  [/(^|\.)paypal\.[a-z.]+$/, /^paypal$/i],
  [/(^|\.)sumup\.[a-z.]+$/, /^sumup$/i],
  [/(^|\.)(zettle|izettle)\.com$/, /^(i?zettle|paypal zettle)$/i],
  [/(^|\.)toasttab\.com$/, /^toast$/i],
  [/(^|\.)clover\.com$/, /^clover$/i],
  [/(^|\.)mollie\.com$/, /^mollie$/i],
  [/(^|\.)paddle\.com$/, /^paddle$/i],
  [/(^|\.)(shopify|shopifyemail)\.com$/, /^shopify$/i],
  [/(^|\.)klarna\.[a-z.]+$/, /^klarna$/i],
  [/(^|\.)vipps\.no$/, /^vipps$/i],
  [/(^|\.)mobilepay\.(dk|fi)$/, /^mobilepay$/i],
  [/(^|\.)swish\.nu$/, /^swish$/i],
  [
    /(^|\.)(gumroad|lemonsqueezy|fastspring|2checkout|chargebee|recurly)\.com$/,
    /^(gumroad|lemon squeezy|fastspring|2checkout|verifone|chargebee|recurly)$/i,
  ],
  [/(^|\.)(intuit|quickbooks)\.com$/, /^(quickbooks|intuit)$/i],
  [/(^|\.)xero\.com$/, /^xero$/i],
  [/(^|\.)freshbooks\.com$/, /^freshbooks$/i],
  [/(^|\.)(przelewy24|payu|tpay|dotpay)\.(pl|com)$/, /^(przelewy24|payu|tpay|dotpay)$/i],
  [/(^|\.)adyen\.com$/, /^adyen$/i],
  [/(^|\.)sunday\.app$/, /^sunday$/i],
  [
    /(^|\.)(lexoffice|sevdesk|billomat|fakturownia|ifirma|holded|fortnox|tripletex|e-conomic|dinero|fattureincloud|invoiceninja|zoho)\.[a-z.]+$/,
    /^(lexoffice|sevdesk|billomat|fakturownia|ifirma|holded|fortnox|tripletex|e-conomic|dinero|fatture in cloud|invoice ninja)$/i,
  ],
];

const LEGAL_FORM =
  /[,\s]+(?:inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|plc|llp|corp\.?|corporation|co\.|company|gmbh(?:\s*&\s*co\.?\s*kg)?|mbh|ag|kg|ohg|gbr|ug(?:\s*\(haftungsbeschränkt\))?|e\.?\s?k\.|e\.?v\.|se|s\.?a\.?s?\.?u?|s\.?a\.?r\.?l\.?|sarl|sas|eurl|sprl|bv|b\.v\.|nv|n\.v\.|v\.?\s?[o0]\.?\s?f\.?|s\.?l\.?u?\.?|s\.?p\.?a\.?|s\.?r\.?l\.?s?|s\.?n\.?c\.?|lda\.?|ltda\.?|s\/a|eireli|me|sp\.?\s?z\s?o\.?\s?o\.?|s\.?c\.?|s\.?k\.?a\.?|ab|aps|a\/s|as|asa|oy|oyj|hf|k\.?k\.?|pty\.?(?:\s+ltd\.?)?|pte\.?(?:\s+ltd\.?)?|pvt\.?(?:\s+ltd\.?)?|private limited|株式会社|有限会社|合同会社|㈱)\.?$/iu;
const LEGAL_PREFIX = /^(?:株式会社|有限会社|合同会社|㈱)\s*/u;
const COUNTRY_TAIL =
  /\s+(?:deutschland|germany|österreich|austria|schweiz|suisse|svizzera|switzerland|france|españa|spain|italia|italy|nederland|netherlands|belgi[eë]|belgique|portugal|brasil|brazil|polska|poland|sverige|sweden|norge|norway|danmark|denmark|japan|日本|uk|u\.k\.|us|usa|canada|australia|india|ireland|europe|eu|emea|international|intl\.?)$/iu;
// "Amazon.de", "Fnac.com", "Pyszne.pl": the brand is the name without its web address ending.
const DOMAIN_TAIL =
  /\.(?:com|net|org|shop|store|io|app|co|de|at|ch|fr|be|es|it|nl|pt|pl|se|no|dk|fi|ie|co\.uk|uk|co\.jp|jp|com\.br|com\.mx|com\.au|ca|in|eu)(?:\.[a-z]{2})?$/i;
const SECOND_LEVEL = /^(co|com|net|org|gov|ac|ne|or|gv)$/i;

/** "email.amazon.com" → "amazon", "post.xero.com" → "xero", "qantas.com.au" → "qantas". */
export function domainName(domain: string): string {
  const labels = domain.split(".").filter(Boolean);
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.test(labels[i] ?? "") && (labels[labels.length - 1] ?? "").length === 2) i -= 1;
  return labels[Math.max(0, i)] ?? "";
}

const capitalise = (word: string) => (word ? word[0]!.toUpperCase() + word.slice(1) : word);

function withoutRoleWords(name: string): string {
  // Role words count only as whole segments of the name: "Zalando Kundenservice", "Billing | Acme".
  let words = name.split(/\s+/);
  const isRole = (segment: string) => {
    const f = fold(segment)
      .replace(/[^\p{L}\p{N}\s'-]/gu, "")
      .trim();
    return f.length > 0 && ROLE_WORDS.matches(f).some((m) => m.index === 0 && m.length === f.length);
  };
  for (let changed = true; changed && words.length > 1;) {
    changed = false;
    for (const take of [3, 2, 1]) {
      if (words.length > take && isRole(words.slice(-take).join(" "))) {
        words = words.slice(0, -take);
        changed = true;
        break;
      }
      if (words.length > take && isRole(words.slice(0, take).join(" "))) {
        words = words.slice(take);
        changed = true;
        break;
      }
    }
  }
  return words.join(" ");
}

export function vendorFromDisplayName(name: string): string {
  let cleaned = name.replace(/\s+(?:via|über|przez|through)\s+.*$/iu, "").split(/\s+[|–—:·]\s+|\s+-\s+/u)[0] ?? "";
  cleaned = cleaned.replace(LEGAL_PREFIX, "");
  for (let i = 0; i < 3; i++) {
    cleaned = withoutRoleWords(cleaned.replace(/\s+/g, " ").trim())
      .replace(LEGAL_FORM, "")
      .replace(/\s*[([][^)\]]*[)\]]\s*$/u, "")
      .replace(COUNTRY_TAIL, (tail, at: number, whole: string) =>
        whole.slice(0, at).replace(/[^\p{L}]/gu, "").length >= 4 ? "" : tail,
      )
      .replace(/[\s,&-]+$/u, "");
  }
  if (!/\s/.test(cleaned)) cleaned = cleaned.replace(DOMAIN_TAIL, "");
  const single = fold(cleaned).replace(/[^\p{L}\p{N}]/gu, "");
  if (single && ROLE_WORDS.matches(single).some((m) => m.length === single.length)) return "";
  return cleaned.replace(/^[\s,–—-]+|[\s,–—:-]+$/g, "").replace(/\s+/g, " ");
}

const MERCHANT_NAME = String.raw`([\p{Lu}\p{N}][\p{L}\p{N}'’&.,@ -]{0,48}?)`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const MERCHANT_RES = MERCHANT_PATTERNS.map((p) => {
  const [before = "", after = ""] = p.split("{merchant}");
  // "{amount}" stands for the sum printed between the words ("Zahlung über 64,90 € an …").
  const phrase = (s: string) =>
    s
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => (w === "{amount}" ? String.raw`[^\n]{1,30}?` : escape(w)))
      .join(String.raw`\s+`);
  const lead = before.trim() ? `(?<![\\p{L}])(?:${phrase(before)})\\s*` : "";
  const tail = after.trim()
    ? `\\s*(?:${phrase(after)})`
    : String.raw`\s*(?=$|[!.,:;](?:\s|$)|[()\n–—|#]|\s-\s|\s(?:for|on|am|le|el|il|op|på|w|pour|por|per|voor|für|dla|för)\s|\s\d|\s(?:gesendet|geschickt|bezahlt|gezahlt|überwiesen|verzonden|verstuurd|betaald|skickat|sendt|betalt|wysłano|envoyé|gesandt)(?![\p{L}]))`;
  return new RegExp(`${lead}${MERCHANT_NAME}${tail}`, "iu");
});

/** A merchant named in text: "Receipt from Trattoria Roma", "Sie haben eine Zahlung an Atelier Lune gesendet". */
export function merchantNamedIn(text: string): string | undefined {
  // Merchants are named near the top; a long footer is not worth a few hundred patterns per line.
  const lines = text.split(/\n/).slice(0, 40);
  for (const re of MERCHANT_RES) {
    for (const line of lines) {
      const m = re.exec(line);
      const name = m?.[1]?.trim().replace(/[.,]+$/, "");
      // The capture is case-insensitive; insist on a capital start in the original.
      if (name && /^[\p{Lu}\p{N}]/u.test(name) && name.length >= 2) return vendorFromDisplayName(name) || name;
    }
  }
  return undefined;
}

export interface VendorEvidence {
  from: string;
  subject: string;
  bodyText: string;
  /** A vendor named by structured data. */
  structured?: string;
  /** Lines of the attachment the total was read from (a scan, a photo, a PDF invoice). */
  document?: DocLine[];
}

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.?|(?:de|van|der|den|von|da|di|del|la|le|dos|das|af|zu))$/u;

/**
 * A person rather than a business: "Tobias Brandt" <t.brandt@schreinerei-koenig.de>, an employee
 * who mails a photo of a till receipt. Their name is not the vendor; the receipt's letterhead is.
 */
export function isPersonSender(sender: Sender): boolean {
  const words = sender.name.split(/\s+/).filter(Boolean);
  const local = fold(sender.address.split("@")[0] ?? "");
  const domain = fold(sender.domain);
  const cjkName = /^[\p{Script=Han}\p{Script=Hiragana}]{1,4}\s?[\p{Script=Han}\p{Script=Hiragana}]{1,4}$/u.test(
    sender.name,
  );
  if (cjkName) return !/(shop|store|info|support|billing|noreply|no-reply|order)/.test(local);
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return false;
  if (vendorFromDisplayName(sender.name) !== sender.name.trim()) return false;
  // A brand in the domain makes it the business writing; a name in the mailbox makes it a person.
  const tokens = words.map((w) => fold(w).replace(/[^a-z]/g, "")).filter((t) => t.length >= 3);
  if (tokens.some((t) => domain.includes(t))) return false;
  return tokens.some((t) => local.includes(t));
}

const LEGAL_IN_LINE = new RegExp(LEGAL_FORM.source.replace(/\$$/, "(?:$|[\\s,·|])"), "iu");

function plausibleName(text: string): string | undefined {
  // OCR of a photo starts lines with specks read as letters ("i MERCADONA"): drop one- and two-letter debris.
  const trimmed =
    text
      .replace(/^(?:[^\p{L}\p{N}]*\p{L}{1,2}[^\p{L}\p{N}]+)+(?=\p{L}{3})/u, "")
      .split(/\s+[|–—:·-]\s+/u)[0]
      ?.trim() ?? "";
  const folded = fold(trimmed);
  if (trimmed.length < 2 || trimmed.length > 48 || !/\p{L}{2}/u.test(trimmed)) return undefined;
  if (
    /@|www\.|https?:|\btel\b|\bfax\b|^\+?\d|^[<>]|^(?:nip|regon|krs|vat|ust|cif|nif|cvr|org|kvk|siret|siren|rcs|p\.?\s?iva|cnpj|abn|gst|tva|btw|mva|moms|st\.?-?nr|steuer)\b/.test(
      folded,
    ) ||
    (trimmed.match(/\d/g) ?? []).length > 3
  )
    return undefined;
  if (findDates(trimmed).length || findMoney(trimmed).some((m) => m.mark || m.decimals === 2)) return undefined;
  if (
    SIGNALS.invoice.test(folded) ||
    SIGNALS.receipt.test(folded) ||
    SIGNALS.refund.test(folded) ||
    SIGNALS.order.test(folded) ||
    SIGNALS.paid.test(folded) ||
    SIGNALS.thanks.test(folded)
  )
    return undefined;
  const name = vendorFromDisplayName(trimmed);
  // Three letters or fewer are a name only in capitals ("ICA", "DSB"); else they are OCR debris.
  const letters = name.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2 || (letters.length <= 3 && letters !== letters.toUpperCase())) return undefined;
  return name;
}

/**
 * The business a document is headed with. A line carrying a legal form ("MERCADONA, S.A.",
 * "Autobedrijf Jansen v.o.f.") names it surely; else a word the sender's note also uses ("recibo
 * bolt aeroporto" over a screenshot that says "Bolt"); else the first line that reads as a name.
 */
export function letterheadOf(lines: DocLine[], note = ""): string | undefined {
  const name = letterheadName(lines, note);
  // A till prints "TRATTORIA ROMA"; the sender's note says "Trattoria Roma", as a ledger writes it.
  if (name && name === name.toUpperCase() && /\p{Lu}{4}/u.test(name)) {
    const at = fold(note).indexOf(fold(name));
    const written = at >= 0 ? note.slice(at, at + name.length) : undefined;
    if (written && fold(written) === fold(name) && /\p{Ll}/u.test(written)) return written;
  }
  return name;
}

function letterheadName(lines: DocLine[], note: string): string | undefined {
  const head = lines.slice(0, 12).map((l) => (l.cells[0] ?? "").trim());
  for (const text of head.slice(0, 8)) {
    const legal = LEGAL_IN_LINE.exec(text);
    if (legal) {
      const name = plausibleName(text.slice(0, legal.index + legal[0].length).trim());
      if (name) return name;
    }
  }
  for (const text of head.slice(0, 8)) {
    const name = plausibleName(text);
    if (name) return name;
  }
  const noteWords = new Set(
    (fold(note).match(/\p{L}{3,}/gu) ?? []).filter((w) => !SIGNALS.receipt.test(w) && !SIGNALS.invoice.test(w)),
  );
  for (const text of head) {
    for (const word of text.match(/\p{L}{3,}/gu) ?? [])
      if (noteWords.has(fold(word)) && /^\p{Lu}/u.test(word)) return word;
  }
  return undefined;
}

/** Mail sent by a scanner or a person who forwards a document is not from the document's vendor. */
const DEVICE_SENDER = /^(?:scan|scanner|scans|copier|printer|mfp|kyocera|konica|xerox|ricoh|canon)/i;

const GREETING =
  /^(?:hi|hello|hey|dear|hallo|guten tag|liebe|lieber|sehr geehrte|bonjour|salut|hola|estimad|ciao|gentile|buongiorno|beste|hoi|ola|oi|prezad|czesc|dzien dobry|witaj|hej|hei|kaere|kjaere)(?![\p{L}])/u;

/** A processor's receipt is headed with the merchant's name: its first line, unless that greets or labels. */
function bodyHeading(bodyText: string): string | undefined {
  const first = bodyText
    .split("\n")
    .map((t) => t.trim())
    .find(Boolean);
  if (!first || /[:：]\s*$/.test(first) || GREETING.test(fold(first))) return undefined;
  return plausibleName(first);
}

/** "Café Lumière – receipt #INV-2236221": a processor's subject leads with the merchant's name. */
function subjectLead(subject: string): string | undefined {
  const m = /^(.+?)\s+[–—|:-]\s+(.+)$/u.exec(subject.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const about = fold(m[2]);
  if (
    !SIGNALS.receipt.test(about) &&
    !SIGNALS.invoice.test(about) &&
    !SIGNALS.order.test(about) &&
    !SIGNALS.refund.test(about)
  )
    return undefined;
  return plausibleName(m[1]);
}

export function isPlatformSender(sender: Sender): boolean {
  return PLATFORMS.some(([domain]) => domain.test(sender.domain));
}

export function vendorOf(evidence: VendorEvidence): string | null {
  if (evidence.structured) return vendorFromDisplayName(evidence.structured) || evidence.structured;
  const sender = parseSender(evidence.from);
  const platform = PLATFORMS.find(([domain]) => domain.test(sender.domain));
  if (platform) {
    const named = vendorFromDisplayName(sender.name);
    if (named && !platform[1].test(named)) return named;
    const notPlatform = (name: string | undefined) => (name && !platform[1].test(name) ? name : undefined);
    const merchant =
      notPlatform(merchantNamedIn(evidence.subject)) ??
      notPlatform(subjectLead(evidence.subject)) ??
      notPlatform(merchantNamedIn(evidence.bodyText)) ??
      notPlatform(bodyHeading(evidence.bodyText));
    if (merchant) return merchant;
  }
  if (evidence.document && (isPersonSender(sender) || DEVICE_SENDER.test(sender.address))) {
    const letterhead = letterheadOf(evidence.document, `${evidence.subject}\n${evidence.bodyText}`);
    if (letterhead) return letterhead;
  }
  const named = vendorFromDisplayName(sender.name);
  if (named && !/@/.test(named)) return named;
  const domain = domainName(sender.domain);
  return domain ? capitalise(domain) : null;
}
