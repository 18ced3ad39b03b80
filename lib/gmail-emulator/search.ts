// Gmail's search grammar, as much of it as the product sends: words and "quoted phrases", `-`
// negation, `OR`, `( )` groups (all of) and `{ }` groups (any of), and the operators after:/before:,
// from:/to:, subject:, label:, in:, is:, category:, has:attachment and filename:. An operator's value
// may be a phrase or a group (`subject:(invoice receipt)`, `from:{a.com b.com}`).
//
// Words match whole words, case-insensitively, as Gmail's do ("receipt" does not find "receipts");
// accents count ("facture" does not find "facturé"), which is stricter than Gmail and so never
// flatters a narrowed listing. Text in a script written without spaces (Japanese, Chinese) matches
// as a substring, as Gmail's n-gram index does.
import type { gmail_v1 } from "@googleapis/gmail";
import { Parser } from "htmlparser2";
import { startOfDayIn } from "../shared/calendar";

export class QueryError extends Error {}

type Node =
  | { type: "all"; items: Node[] }
  | { type: "any"; items: Node[] }
  | { type: "not"; item: Node }
  | { type: "term"; operator: string | null; value: string };

type Token =
  { kind: "open" | "close" | "openAny" | "closeAny" | "not" | "or" } | { kind: "word"; text: string; quoted: boolean };

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const punct: Record<string, Token["kind"]> = { "(": "open", ")": "close", "{": "openAny", "}": "closeAny" };
  while (i < q.length) {
    const c = q[i] ?? "";
    if (/\s/.test(c)) {
      i++;
    } else if (punct[c]) {
      tokens.push({ kind: punct[c] } as Token);
      i++;
    } else if (c === '"') {
      const end = q.indexOf('"', i + 1);
      const stop = end < 0 ? q.length : end;
      tokens.push({ kind: "word", text: q.slice(i + 1, stop), quoted: true });
      i = stop + 1;
    } else if (c === "-" && i + 1 < q.length && !/\s/.test(q[i + 1] ?? "")) {
      tokens.push({ kind: "not" });
      i++;
    } else {
      let j = i;
      // An operator ends at its colon when a phrase or a group follows (`subject:"…"`, `from:{…}`).
      while (j < q.length && !/[\s(){}"]/.test(q[j] ?? "")) j++;
      const text = q.slice(i, j);
      tokens.push(text === "OR" ? { kind: "or" } : { kind: "word", text, quoted: false });
      i = j;
    }
  }
  return tokens;
}

const OPERATORS = new Set([
  "after",
  "before",
  "newer",
  "older",
  "from",
  "to",
  "cc",
  "subject",
  "label",
  "in",
  "is",
  "category",
  "has",
  "filename",
]);

class QueryParser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.sequence(null);
    if (this.at < this.tokens.length) throw new QueryError("Unbalanced ) or } in the search query");
    return node;
  }

  /** Terms side by side, all of which must hold, up to `until` (or the end). */
  private sequence(until: "close" | "closeAny" | null): Node {
    const items: Node[] = [];
    while (this.at < this.tokens.length) {
      const t = this.tokens[this.at];
      if (t?.kind === "close" || t?.kind === "closeAny") {
        if (t.kind !== until) throw new QueryError("Unbalanced ) or } in the search query");
        break;
      }
      items.push(this.either());
    }
    if (until) {
      if (this.tokens[this.at]?.kind !== until) throw new QueryError("Unclosed ( or { in the search query");
      this.at++;
    }
    return { type: until === "closeAny" ? "any" : "all", items };
  }

  private either(): Node {
    const items = [this.unary()];
    while (this.tokens[this.at]?.kind === "or") {
      this.at++;
      if (this.at >= this.tokens.length) throw new QueryError("OR needs a term on both sides");
      items.push(this.unary());
    }
    return items.length === 1 ? (items[0] as Node) : { type: "any", items };
  }

  private unary(): Node {
    const t = this.tokens[this.at++];
    if (!t) throw new QueryError("The search query ends too early");
    if (t.kind === "not") return { type: "not", item: this.unary() };
    if (t.kind === "open") return this.sequence("close");
    if (t.kind === "openAny") return this.sequence("closeAny");
    if (t.kind !== "word") throw new QueryError("OR needs a term on both sides");
    if (t.quoted) return { type: "term", operator: null, value: t.text };
    const colon = t.text.indexOf(":");
    const operator = colon > 0 ? t.text.slice(0, colon).toLowerCase() : "";
    if (!OPERATORS.has(operator)) return { type: "term", operator: null, value: t.text };
    const value = t.text.slice(colon + 1);
    if (value) return { type: "term", operator, value };
    // `op:"phrase"` or `op:(…)` / `op:{…}`: the operator applies to every term inside.
    const next = this.unary();
    return distribute(next, operator);
  }
}

function distribute(node: Node, operator: string): Node {
  if (node.type === "term") return { type: "term", operator: node.operator ?? operator, value: node.value };
  if (node.type === "not") return { type: "not", item: distribute(node.item, operator) };
  return { type: node.type, items: node.items.map((n) => distribute(n, operator)) };
}

/** The words of a text, lower-cased: letters and digits, everything else separates. */
const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

// Scripts Gmail indexes without word breaks.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Whether `needle` (a word or phrase) occurs in `haystack` as whole words in a row. */
function containsWords(haystack: SearchText, needle: string): boolean {
  if (UNSPACED.test(needle)) return haystack.lower.includes(needle.toLowerCase());
  const want = wordsOf(needle);
  if (!want.length) return true;
  const words = haystack.words;
  outer: for (let i = 0; i + want.length <= words.length; i++) {
    for (let k = 0; k < want.length; k++) if (words[i + k] !== want[k]) continue outer;
    return true;
  }
  return false;
}

interface SearchText {
  lower: string;
  words: string[];
}

const searchText = (text: string): SearchText => ({ lower: text.toLowerCase(), words: wordsOf(text) });

/** What a search looks at in one message, read once and kept. */
interface Indexed {
  dateMs: number;
  labels: Set<string>;
  from: SearchText;
  fromAddress: string;
  to: SearchText;
  subject: SearchText;
  all: SearchText;
  filenames: string[];
}

const indexCache = new WeakMap<gmail_v1.Schema$Message, Indexed>();

function indexOf(m: gmail_v1.Schema$Message): Indexed {
  const cached = indexCache.get(m);
  if (cached) return cached;
  const header = (name: string) =>
    (m.payload?.headers ?? [])
      .filter((h) => (h.name ?? "").toLowerCase() === name)
      .map((h) => h.value ?? "")
      .join(", ");
  const from = header("from");
  const subject = header("subject");
  const to = [header("to"), header("cc")].join(", ");
  const body: string[] = [];
  const filenames: string[] = [];
  walkParts(m.payload, body, filenames);
  const indexed: Indexed = {
    dateMs: Number(m.internalDate ?? 0),
    labels: new Set((m.labelIds ?? []).map(labelKey)),
    from: searchText(from),
    fromAddress: (/<([^>]+)>/.exec(from)?.[1] ?? from).trim().toLowerCase(),
    to: searchText(to),
    subject: searchText(subject),
    all: searchText([from, to, subject, ...body, ...filenames].join("\n")),
    filenames: filenames.map((f) => f.toLowerCase()),
  };
  indexCache.set(m, indexed);
  return indexed;
}

function walkParts(part: gmail_v1.Schema$MessagePart | undefined, body: string[], filenames: string[]): void {
  if (!part) return;
  if (part.filename) filenames.push(part.filename);
  else if (part.body?.data && part.mimeType === "text/plain") body.push(decode(part.body.data));
  else if (part.body?.data && part.mimeType === "text/html") body.push(htmlText(decode(part.body.data)));
  for (const p of part.parts ?? []) walkParts(p, body, filenames);
}

const decode = (data: string) => Buffer.from(data, "base64url").toString("utf8");

function htmlText(html: string): string {
  const out: string[] = [];
  let skip = 0;
  const parser = new Parser({
    onopentag: (name) => {
      if (name === "style" || name === "script") skip++;
      else out.push(" ");
    },
    onclosetag: (name) => {
      if (name === "style" || name === "script") skip--;
    },
    ontext: (text) => {
      if (!skip) out.push(text);
    },
  });
  parser.write(html);
  parser.end();
  return out.join("");
}

/** Gmail label names match with case, spaces, slashes and dashes ignored ("Paid Bills" = paid-bills). */
const labelKey = (name: string) => name.toLowerCase().replace(/[\s/_-]+/g, "-");

const CATEGORIES: Record<string, string> = {
  primary: "category-personal",
  personal: "category-personal",
  social: "category-social",
  promotions: "category-promotions",
  updates: "category-updates",
  forums: "category-forums",
};

function termMatches(operator: string | null, value: string, m: Indexed): boolean {
  const v = value.toLowerCase();
  switch (operator) {
    case null:
      return containsWords(m.all, value);
    case "after":
    case "newer":
      return m.dateMs >= timeOf(value);
    case "before":
    case "older":
      return m.dateMs < timeOf(value);
    case "from":
      return senderMatches(m.fromAddress, m.from, v);
    case "to":
    case "cc":
      return containsWords(m.to, value);
    case "subject":
      return containsWords(m.subject, value);
    case "label":
    case "in":
      return v === "anywhere" || m.labels.has(labelKey(value));
    case "is":
      return m.labels.has(labelKey(value));
    case "category":
      return m.labels.has(CATEGORIES[v] ?? labelKey(`category-${value}`));
    case "has":
      if (v === "attachment") return m.filenames.length > 0;
      throw new QueryError(`Unsupported search term: has:${value}`);
    case "filename":
      return m.filenames.some((f) => f === v || f.endsWith(`.${v}`) || containsWords(searchText(f), value));
    default:
      return containsWords(m.all, `${operator} ${value}`);
  }
}

/** `from:` names an address, a domain (and its subdomains) or a word of the sender's name. */
function senderMatches(address: string, from: SearchText, value: string): boolean {
  if (value.includes("@")) return address === value || (value.startsWith("@") && address.endsWith(value));
  const domain = address.slice(address.lastIndexOf("@") + 1);
  if (value.includes(".")) return domain === value || domain.endsWith(`.${value}`);
  return containsWords(from, value) || containsWords(searchText(address), value);
}

/** Epoch seconds as they are; dates (2024/01/31) mean midnight Pacific, as in Gmail. */
function timeOf(value: string): number {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const d = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (!d) throw new QueryError(`Invalid search term: ${value}`);
  return startOfDayIn(`${d[1]}-${d[2]?.padStart(2, "0")}-${d[3]?.padStart(2, "0")}`, "America/Los_Angeles");
}

function evaluate(node: Node, m: Indexed): boolean {
  switch (node.type) {
    case "all":
      return node.items.every((n) => evaluate(n, m));
    case "any":
      return node.items.some((n) => evaluate(n, m));
    case "not":
      return !evaluate(node.item, m);
    case "term":
      return termMatches(node.operator, node.value, m);
  }
}

function validate(node: Node): void {
  if (node.type === "term") {
    if (["after", "before", "newer", "older"].includes(node.operator ?? "")) timeOf(node.value);
    if (node.operator === "has" && node.value.toLowerCase() !== "attachment") {
      throw new QueryError(`Unsupported search term: has:${node.value}`);
    }
  } else if (node.type === "not") validate(node.item);
  else node.items.forEach(validate);
}

/** A predicate for one query; an empty query matches everything. Throws QueryError on bad syntax. */
export function compileSearch(q: string | undefined): (m: gmail_v1.Schema$Message) => boolean {
  const node = new QueryParser(tokenize(q ?? "")).parse();
  validate(node);
  return (m) => evaluate(node, indexOf(m));
}
