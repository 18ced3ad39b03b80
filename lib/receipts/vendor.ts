// Who the receipt is from. Rule: the sender's display name without role words ("Billing",
// "Receipts", "Team"…) and legal suffixes ("Inc.", "GmbH"…); when that leaves nothing, the
// sender's domain name ("billing@notion.so" → "Notion"). Payment processors (Square, Toast,
// PayPal…) send for many merchants, so for them the merchant named in the mail wins.

const ROLE_WORDS = /\b(billing|receipts?|invoices?|invoicing|payments?|accounts?(?: receivable)?|team|support|notifications?|no-?reply|do[- ]not[- ]reply|orders?|customer service|service|mailer|store)\b/gi;
const LEGAL_SUFFIX = /[,\s]+(inc\.?|llc|l\.l\.c\.|ltd\.?|limited|gmbh|ag|s\.?a\.?s?\.?|b\.v\.|pty\.? ltd\.?|pbc|corp\.?|co\.|k\.k\.|plc|sarl|s\.r\.l\.)$/i;
const PROCESSOR_DOMAINS = /(^|\.)(squareup\.com|square\.com|toasttab\.com|paypal\.com|sumup\.com|zettle\.com|clover\.com)$/i;
const SECOND_LEVEL = /^(co|com|net|org|gov|ac|ne|or)$/i;

export interface Sender {
  name: string;
  address: string;
  domain: string;
}

export function parseSender(from: string): Sender {
  const angle = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/.exec(from);
  const address = (angle?.[2] ?? from).trim().toLowerCase();
  const name = (angle?.[1] ?? "").trim();
  return { name, address, domain: address.split("@")[1] ?? "" };
}

/** "email.amazon.com" → "amazon", "post.xero.com" → "xero", "qantas.com.au" → "qantas". */
export function domainName(domain: string): string {
  const labels = domain.split(".").filter(Boolean);
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.test(labels[i] ?? "") && (labels[labels.length - 1] ?? "").length === 2) i -= 1;
  return labels[Math.max(0, i)] ?? "";
}

const capitalise = (word: string) => (word ? word[0]!.toUpperCase() + word.slice(1) : word);

export function vendorFromDisplayName(name: string): string {
  let cleaned = name.replace(/\s+via\s+.*$/i, "").replace(ROLE_WORDS, " ");
  for (let i = 0; i < 2; i++) cleaned = cleaned.replace(/\s+/g, " ").trim().replace(LEGAL_SUFFIX, "");
  return cleaned.replace(/^[\s,–—-]+|[\s,–—:-]+$/g, "").replace(/\s+/g, " ");
}

const MERCHANT_IN_TEXT = [
  /\b(?:receipt|invoice|order) from ([\p{Lu}0-9][\p{L}0-9'’&. -]{1,40}?)\s*(?:[!.,:;–—#(\n]|$| - )/u,
  /\b(?:purchase|payment|order) (?:at|to|with) ([\p{Lu}0-9][\p{L}0-9'’&. -]{1,40}?)\s*(?:[!.,:;–—(\n]|$)/u,
  /\bthanks? (?:you )?for (?:shopping|dining|visiting) (?:at|with) ([\p{Lu}0-9][\p{L}0-9'’&. -]{1,40}?)\s*(?:[!.,:;(\n]|$)/iu,
];

/** A merchant named in the subject or body: "Receipt from Trattoria Roma", "purchase at Café Lumière". */
export function merchantNamedIn(text: string): string | undefined {
  for (const pattern of MERCHANT_IN_TEXT) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name) return name;
  }
  return undefined;
}

const FORWARDED_FROM = /-{3,}\s*(?:Forwarded message|Original Message|Weitergeleitete Nachricht)\s*-{3,}[\s\S]*?^\s*(?:From|Von|De)\s*:\s*(.+)$/im;

/** A forwarded receipt is from the sender inside it, not from the colleague who forwarded it. */
export function forwardedSender(subject: string, body: string): string | undefined {
  if (!/^\s*(?:fwd?|fw|wg|tr)\s*:/i.test(subject)) return undefined;
  const line = FORWARDED_FROM.exec(body)?.[1]?.trim();
  if (!line) return undefined;
  // "Slack <feedback@slack.com>" or "Slack Billing <billing@slack.com>": quote the name for parseSender.
  const m = /^"?([^"<]*?)"?\s*<([^>]+)>/.exec(line);
  return m ? `"${m[1]}" <${m[2]}>` : line;
}

export function vendorOf(from: string, subject: string, body: string): string | null {
  const sender = parseSender(forwardedSender(subject, body) ?? from);
  if (PROCESSOR_DOMAINS.test(sender.domain)) {
    const merchant = merchantNamedIn(subject) ?? merchantNamedIn(body);
    if (merchant) return merchant;
  }
  const named = vendorFromDisplayName(sender.name);
  if (named) return named;
  const domain = domainName(sender.domain);
  return domain ? capitalise(domain) : null;
}
