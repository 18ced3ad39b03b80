// Paper till receipts that reach the mailbox as pictures: a shop's e-receipt service mailing the
// till slip as a PNG, or a colleague sending a photo of the paper receipt. The slip is laid out as
// a PDF (monospace, 80 mm wide) and rasterised with the project's own PDF renderer — only when the
// attachment is first fetched, so generating a mailbox stays fast. Renders are cached.
import { createHash } from "node:crypto";
import { renderPdfPages } from "../receipts/ocr/pdf-pages";
import type { ReceiptFacts } from "./facts";
import { LEXICON, fill } from "./lexicon";
import type { LazyAttachment, MailContent } from "./mail-content";
import {
  MINOR_DIGITS,
  decimalAmount,
  formatMoney,
  formatNumber,
  isoDay,
  moneyStylesFor,
  numericDate,
  type MoneyStyle,
} from "./money-format";
import { buildPdf, type PdfFont, type PdfText } from "./pdf-writer";
import type { SeededRandom } from "./random";
import { vatIdOf, type VendorTemplate } from "./vendors";

const COLUMNS = 72;
const FONT_SIZE = 8.5;
const LINE = 11.5;
const WIDTH = 227; // 80 mm
const DPI = 200;

/** A line of the slip: text on the left, an amount on the right, or centred text. */
interface SlipLine {
  text: string;
  right?: string;
  bold?: boolean;
  center?: boolean;
}

const STAFF = [
  '"Tom Becker" <tom@northwind-studio.com>',
  '"Priya Shah" <priya@northwind-studio.com>',
  '"Lena Vogel" <lena@northwind-studio.com>',
];

const pad = (left: string, right: string): SlipLine => ({ text: left, right });
const rule = (ch = "-") => ch.repeat(COLUMNS);

export function tillReceiptMail(
  v: VendorTemplate,
  rng: SeededRandom,
  receivedMs: number,
): { content: MailContent; facts: ReceiptFacts } {
  const lex = LEXICON[v.lang];
  const photo = rng.chance(0.35);
  const daysLate = photo ? rng.int(0, 3) : 0;
  const receiptMs = receivedMs - daysLate * 86_400_000 - rng.int(0, 6) * 3_600_000;
  const iso = isoDay(receiptMs);
  const time = `${String(rng.int(7, 21)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}`;
  const style: MoneyStyle = moneyStylesFor(v.currency, v.lang)[0]!;
  const num = (minor: number) => formatNumber(minor, v.currency, { ...style, group: "" });
  const unit = 10 ** MINOR_DIGITS[v.currency];
  const salesTax = v.usDates && v.taxRate > 0; // US tills add sales tax below the subtotal

  // Items at prices that add up to a total within the vendor's range.
  const target = rng.int(Math.round(v.range[0] * unit), Math.round(Math.min(v.range[1], v.range[0] * 6 + 20) * unit));
  const count = rng.int(2, 7);
  const names = [...v.items.map((i) => i.toUpperCase()), ...lex.till.items];
  const lines: SlipLine[] = [];
  const body: SlipLine[] = [];
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const left = target - sum;
    const price =
      i === count - 1
        ? Math.max(Math.ceil(unit / 2), left)
        : Math.max(Math.round(unit * 0.3), Math.round((target / count) * (0.4 + rng.float())));
    sum += price;
    const name = rng.pick(names).slice(0, 26);
    const qty = rng.chance(0.25) ? rng.int(2, 4) : 1;
    if (qty > 1) {
      const each = Math.max(1, Math.round(price / qty));
      const line = each * qty;
      sum += line - price;
      body.push({ text: name });
      body.push({ ...pad(`  ${qty} x ${num(each)}`, `${num(line)} ${taxCode(v)}`) });
    } else {
      body.push({ ...pad(name, `${num(price)} ${taxCode(v)}`) });
    }
  }
  const tax = salesTax ? Math.round(sum * v.taxRate) : 0;
  const total = sum + tax;

  // Header.
  lines.push({ text: v.vendor.toUpperCase(), bold: true, center: true });
  for (const a of v.address) lines.push({ text: a, center: true });
  if (v.lang !== "en") lines.push({ text: `${lex.labels.vatId} ${vatIdOf(v)}`, center: true });
  if (v.lang === "pl") lines.push({ text: lex.till.receiptNo, bold: true, center: true });
  lines.push({ text: "" });
  const stamp = `${numericDate(iso, v.lang, v.usDates)} ${time}`;
  lines.push({ ...pad(stamp, `${v.lang === "pl" ? "Nr" : lex.till.receiptNo} ${rng.int(1000, 99999)}`) });
  lines.push({ text: `${lex.till.cashier} ${rng.int(1, 12)}` });
  lines.push({ text: rule() });
  lines.push(...body);
  lines.push({ text: rule() });

  // Total, with the currency in the label or beside the amount.
  const totalLabel = rng.pick(lex.till.total).replace(/\b(EUR|PLN|SEK|NOK|DKK)\b/, v.currency);
  const hasCode = /\b(EUR|PLN|SEK|NOK|DKK|GBP|USD)$|\(€\)/.test(totalLabel);
  const money = (minor: number) => formatMoney(minor, v.currency, { ...style, group: "" });
  if (salesTax) {
    lines.push({ ...pad(v.lang === "en" ? "SUBTOTAL" : lex.labels.subtotal[0]!.toUpperCase(), num(sum)) });
    lines.push({ ...pad(`${v.taxLabel.toUpperCase()} ${(v.taxRate * 100).toFixed(2)}%`, num(tax)) });
  }
  lines.push({ ...pad(totalLabel, hasCode ? num(total) : money(total)), bold: true });
  const cash = rng.chance(0.3);
  if (cash) {
    const given = Math.ceil((total + 1) / (unit * 10)) * unit * 10;
    lines.push({ ...pad(lex.till.cash, num(given)) });
    lines.push({ ...pad(lex.till.change, num(given - total)) });
  } else {
    lines.push({ ...pad(rng.pick(lex.till.card), num(total)) });
    lines.push({ text: `************${rng.int(1000, 9999)}` });
  }
  if (!salesTax && v.taxRate > 0) {
    // The VAT breakdown of tax-inclusive prices: rate, net, tax, gross.
    const net = Math.round(total / (1 + v.taxRate));
    lines.push({ text: rule() });
    lines.push({
      ...pad(
        `${lex.till.vat} ${taxCode(v)} ${(v.taxRate * 100).toFixed(0)}%`,
        `${num(net)} ${num(total - net)} ${num(total)}`,
      ),
    });
    lines.push({ ...pad("", `${lex.till.net.padStart(7)} ${lex.till.vat.padStart(5)} ${lex.till.gross.padStart(6)}`) });
  }
  lines.push({ text: rule() });
  lines.push({ text: rng.pick(lex.till.thanks), center: true });
  if (v.lang === "de") lines.push({ text: `TSE-Signatur: ${rng.hex(12).toUpperCase()}`, center: true });

  const pdf = slipPdf(lines, photo, photo ? (rng.float() - 0.5) * 2 : 0, photo ? 0.45 + rng.float() * 0.35 : 1);
  const filename = photo
    ? rng.pick([
        `IMG_${rng.int(1000, 9999)}.png`,
        `Scan_${iso}.png`,
        "receipt.png",
        `photo_${iso.replace(/-/g, "")}.png`,
      ])
    : `${lex.till.file}_${iso}.png`;
  const attachment = lazyImage(filename, pdf, lines.length, photo);

  const staffLex = rng.chance(0.6) ? LEXICON.en : lex;
  const values = { vendor: v.vendor, date: numericDate(iso, v.lang, v.usDates) };
  const paragraphs = photo ? rng.pick(staffLex.staffPhoto.lines) : rng.pick(lex.till.lines);
  const content: MailContent = photo
    ? {
        from: rng.pick(STAFF),
        subject: fill(rng.pick(staffLex.staffPhoto.subjects), values),
        text: paragraphs.map((p) => fill(p, values)).join("\n\n"),
        attachment,
        category: "CATEGORY_PERSONAL",
      }
    : {
        from: rng.pick(v.senders),
        subject: fill(rng.pick(lex.till.subjects), values),
        text: paragraphs.map((p) => fill(p, values)).join("\n"),
        attachment,
        category: "CATEGORY_UPDATES",
      };
  const facts: ReceiptFacts = {
    vendor: v.vendor,
    amount: decimalAmount(total, v.currency),
    currency: v.currency,
    date: iso,
    source: "attachment",
    kind: "receipt",
    language: v.lang,
    layout: "image",
  };
  return { content, facts };
}

function taxCode(v: VendorTemplate): string {
  if (v.usDates) return v.taxRate > 0 ? "T" : "";
  return v.lang === "pl" ? "C" : v.lang === "de" || v.lang === "en" ? "A" : "B";
}

function slipPdf(lines: SlipLine[], photo: boolean, rotate: number, backdropGray: number): Buffer {
  const margin = photo ? 26 : 0;
  const sheetHeight = lines.length * LINE + 36;
  const width = WIDTH + margin * 2;
  const height = sheetHeight + margin * 2;
  const texts: PdfText[] = lines
    .map((l, i) => {
      const y = height - margin - 22 - i * LINE;
      const font: PdfFont = l.bold ? "sans-bold" : "sans";
      if (l.center) return [{ x: width / 2, y, text: l.text, font, size: FONT_SIZE, align: "center" as const }];
      return [
        { x: margin + 11, y, text: l.text, font, size: FONT_SIZE },
        ...(l.right
          ? [{ x: margin + WIDTH - 11, y, text: l.right, font, size: FONT_SIZE, align: "right" as const }]
          : []),
      ];
    })
    .flat();
  return buildPdf(
    [
      {
        width,
        height,
        texts,
        rotate,
        ...(photo
          ? {
              backdrop: [{ x: 0, y: 0, width, height, gray: backdropGray }],
              boxes: [{ x: margin, y: margin, width: WIDTH, height: sheetHeight, gray: 0.97 }],
            }
          : {}),
      },
    ],
    { title: "receipt" },
    { embedFonts: true },
  );
}

// The PNG a 200 dpi render of a slip takes, with room to spare; the render is padded to exactly this.
function declaredSize(lineCount: number, photo: boolean): number {
  const pxWidth = Math.ceil(((WIDTH + (photo ? 52 : 0)) * DPI) / 72);
  const pxHeight = Math.ceil(((lineCount * LINE + 36 + (photo ? 52 : 0)) * DPI) / 72);
  return Math.ceil((pxWidth * pxHeight * 0.072 + 14_000) / 1024) * 1024;
}

const renders = new Map<string, Promise<Buffer>>();
const MAX_CACHED = 400;

function lazyImage(filename: string, pdf: Buffer, lineCount: number, photo: boolean): LazyAttachment {
  const size = declaredSize(lineCount, photo);
  return {
    filename,
    mimeType: "image/png",
    size,
    render: () => {
      const key = createHash("sha1").update(pdf).digest("hex");
      let pending = renders.get(key);
      if (!pending) {
        pending = renderPdfPages(pdf, { dpi: DPI, maxPages: 1 }).then(([png]) => padPng(png!, size));
        pending.catch(() => renders.delete(key));
        if (renders.size >= MAX_CACHED) renders.delete(renders.keys().next().value!);
        renders.set(key, pending);
      }
      return pending;
    },
  };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Grows a PNG to `size` bytes with a text chunk before IEND (a no-op when it is already larger). */
export function padPng(png: Buffer, size: number): Buffer {
  const room = size - png.length - 12;
  const keyword = Buffer.from("Comment\0", "latin1");
  if (room < keyword.length) return png;
  const data = Buffer.concat([keyword, Buffer.alloc(room - keyword.length, 0x20)]);
  const type = Buffer.from("tEXt", "latin1");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  const iend = png.length - 12;
  return Buffer.concat([png.subarray(0, iend), length, type, data, crc, png.subarray(iend)]);
}
