// Real, text-bearing PDFs for the generated mailbox, built with pdf-lib's object model: positioned
// text in the standard fonts (Helvetica, Courier), rules and filled boxes. PDFDocument.save() is
// async only and generateMailbox() must stay synchronous, so the few serialisation steps PDFWriter
// does are repeated here without its event-loop yields. Pages are uncompressed, which keeps
// generation fast.
//
// The standard fonts are WinAnsi-encoded; letters outside it that European invoices need (Polish
// ą ę ł ś ź ż ć ń, the minus sign) are mapped onto unused codes through a /Differences encoding with
// their glyph names, as PDF producers do, so they extract as themselves. Renderers' built-in
// Helvetica often lacks those glyphs, so a document that uses them (and every till slip, which is
// rasterised) embeds Liberation Sans — metric-compatible with Helvetica, shipped in pdfjs-dist.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { deflateSync } from "node:zlib";
import {
  CharCodes,
  PDFCatalog,
  PDFContext,
  PDFCrossRefSection,
  PDFHeader,
  PDFHexString,
  PDFName,
  PDFPageLeaf,
  PDFPageTree,
  PDFTrailer,
  PDFTrailerDict,
  StandardFontEmbedder,
  StandardFonts,
  beginText,
  closePath,
  concatTransformationMatrix,
  endText,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  setDashPattern,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  setTextMatrix,
  showText,
  stroke,
  type PDFOperator,
} from "pdf-lib";

export type PdfFont = "sans" | "sans-bold" | "mono" | "mono-bold";

export interface PdfText {
  /** Anchor: the left edge, the right edge (align right) or the centre. */
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  text: string;
  font?: PdfFont;
  size?: number;
  align?: "left" | "right" | "center";
}

export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width?: number;
  dash?: boolean;
  gray?: number;
}

export interface PdfBox {
  x: number;
  y: number;
  width: number;
  height: number;
  gray: number;
}

export interface PdfPage {
  width: number;
  height: number;
  texts: PdfText[];
  rules?: PdfRule[];
  boxes?: PdfBox[];
  /** Boxes drawn before the rotation (a backdrop behind a slightly skewed sheet). */
  backdrop?: PdfBox[];
  /** Degrees; the page content turns about its centre, as a receipt lying askew on a scanner. */
  rotate?: number;
}

const BASE_FONTS: Record<PdfFont, string> = {
  sans: "Helvetica",
  "sans-bold": "Helvetica-Bold",
  mono: "Courier",
  "mono-bold": "Courier-Bold",
};
const FONT_KEYS: Record<PdfFont, string> = { sans: "F1", "sans-bold": "F2", mono: "F3", "mono-bold": "F4" };

type EmbedderName = Parameters<typeof StandardFontEmbedder.for>[0];
// pdf-lib's StandardFonts enum and the embedder's FontNames are the same strings under two types.
const EMBEDDERS: Record<PdfFont, StandardFontEmbedder> = {
  sans: StandardFontEmbedder.for(StandardFonts.Helvetica as unknown as EmbedderName),
  "sans-bold": StandardFontEmbedder.for(StandardFonts.HelveticaBold as unknown as EmbedderName),
  mono: StandardFontEmbedder.for(StandardFonts.Courier as unknown as EmbedderName),
  "mono-bold": StandardFontEmbedder.for(StandardFonts.CourierBold as unknown as EmbedderName),
};

// WinAnsi's 0x80–0x9F block (Windows-1252).
const CP1252: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  "„": 0x84,
  "…": 0x85,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "™": 0x99,
  œ: 0x9c,
  Œ: 0x8c,
};

// Extra letters on codes WinAnsi leaves unused or that these documents never need.
const EXTRA: Array<[string, number, string, string]> = [
  ["ą", 0x81, "aogonek", "a"],
  ["Ą", 0x8d, "Aogonek", "A"],
  ["ć", 0x8f, "cacute", "c"],
  ["Ć", 0x90, "Cacute", "C"],
  ["ę", 0x9d, "eogonek", "e"],
  ["Ę", 0x83, "Eogonek", "E"],
  ["ł", 0x86, "lslash", "l"],
  ["Ł", 0x87, "Lslash", "L"],
  ["ń", 0x88, "nacute", "n"],
  ["Ń", 0x89, "Nacute", "N"],
  ["ś", 0x8a, "sacute", "s"],
  ["Ś", 0x8b, "Sacute", "S"],
  ["ź", 0x8e, "zacute", "z"],
  ["Ź", 0x98, "Zacute", "Z"],
  ["ż", 0x9a, "zdotaccent", "z"],
  ["Ż", 0x9b, "Zdotaccent", "Z"],
  ["−", 0x9e, "minus", "-"],
  ["ő", 0x9f, "ohungarumlaut", "o"],
];
const EXTRA_CODES = new Map(EXTRA.map(([ch, code]) => [ch, code]));
const EXTRA_BASE = new Map(EXTRA.map(([ch, , , base]) => [ch, base]));

/** What the standard fonts cannot show is replaced, as invoice software does. */
function normalise(text: string): string {
  return text
    .replace(/₹\s?/g, "Rs. ")
    .replace(/￥/g, "¥")
    .replace(/[\u202f\u2009]/g, "\u00a0");
}

function codeOf(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0x3f;
  if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff)) return cp;
  return CP1252[ch] ?? EXTRA_CODES.get(ch) ?? 0x3f;
}

function encode(text: string): PDFHexString {
  let hex = "";
  for (const ch of normalise(text)) hex += codeOf(ch).toString(16).padStart(2, "0");
  return PDFHexString.of(hex);
}

/** Width in points, for right-aligned and centred text. */
export function textWidth(text: string, font: PdfFont = "sans", size = 10): number {
  const plain = [...normalise(text)]
    .map((ch) => {
      if (EXTRA_BASE.has(ch)) return EXTRA_BASE.get(ch)!;
      return codeOf(ch) === 0x3f && ch !== "?" ? "?" : ch;
    })
    .join("");
  return EMBEDDERS[font].widthOfTextAtSize(plain, size);
}

/** Whether every character of `text` prints in the standard fonts. */
export function printable(text: string): boolean {
  return [...normalise(text)].every((ch) => ch === "?" || codeOf(ch) !== 0x3f);
}

function pageOperators(page: PdfPage): PDFOperator[] {
  const ops: PDFOperator[] = [];
  for (const b of page.backdrop ?? []) ops.push(setFillingGrayscaleColor(b.gray), ...rect(b), fill());
  ops.push(pushGraphicsState());
  if (page.rotate) {
    const rad = (page.rotate * Math.PI) / 180;
    const cos = Math.cos(rad),
      sin = Math.sin(rad);
    const cx = page.width / 2,
      cy = page.height / 2;
    ops.push(concatTransformationMatrix(cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy));
  }
  for (const b of page.boxes ?? []) ops.push(setFillingGrayscaleColor(b.gray), ...rect(b), fill());
  for (const r of page.rules ?? []) {
    ops.push(setStrokingGrayscaleColor(r.gray ?? 0), setLineWidth(r.width ?? 0.5));
    ops.push(setDashPattern(r.dash ? [2, 2] : [], 0));
    ops.push(moveTo(r.x1, r.y1), lineTo(r.x2, r.y2), stroke());
  }
  ops.push(setFillingGrayscaleColor(0), beginText());
  for (const t of page.texts) {
    const font = t.font ?? "sans";
    const size = t.size ?? 10;
    const width = t.align && t.align !== "left" ? textWidth(t.text, font, size) : 0;
    const x = t.align === "right" ? t.x - width : t.align === "center" ? t.x - width / 2 : t.x;
    ops.push(
      setFontAndSize(FONT_KEYS[font], size),
      setTextMatrix(1, 0, 0, 1, round(x), round(t.y)),
      showText(encode(t.text)),
    );
  }
  ops.push(endText(), popGraphicsState());
  return ops;
}

const round = (n: number) => Math.round(n * 100) / 100;

function rect(b: PdfBox): PDFOperator[] {
  return [
    moveTo(b.x, b.y),
    lineTo(b.x + b.width, b.y),
    lineTo(b.x + b.width, b.y + b.height),
    lineTo(b.x, b.y + b.height),
    closePath(),
  ];
}

const EXTENDED = new Set(EXTRA.map(([ch]) => ch).filter((ch) => ch !== "ł" && ch !== "Ł"));

/** Whether a page set needs glyphs beyond what renderers' built-in standard fonts carry. */
function needsEmbedding(pages: PdfPage[]): boolean {
  return pages.some((p) => p.texts.some((t) => [...t.text].some((ch) => EXTENDED.has(ch))));
}

const requireFromHere = createRequire(import.meta.url);
const fontFiles = new Map<string, { data: Buffer; length: number }>();

/** Liberation Sans (regular or bold), deflated once per process. */
function liberation(bold: boolean): { data: Buffer; length: number } {
  const name = bold ? "LiberationSans-Bold.ttf" : "LiberationSans-Regular.ttf";
  let file = fontFiles.get(name);
  if (!file) {
    const raw = readFileSync(requireFromHere.resolve(`pdfjs-dist/standard_fonts/${name}`));
    file = { data: deflateSync(raw), length: raw.length };
    fontFiles.set(name, file);
  }
  return file;
}

/** Widths of codes 32–255 in thousandths, from Helvetica's metrics (Liberation Sans matches them). */
function widthsFor(font: PdfFont): number[] {
  const byCode = new Map<number, string>();
  for (let c = 0x20; c <= 0xff; c++) if (c <= 0x7e || c >= 0xa0) byCode.set(c, String.fromCharCode(c));
  for (const [ch, code] of Object.entries(CP1252)) byCode.set(code, ch);
  for (const [, code, , base] of EXTRA) byCode.set(code, base);
  const widths: number[] = [];
  for (let c = 0x20; c <= 0xff; c++) {
    const ch = byCode.get(c);
    widths.push(ch ? Math.round(EMBEDDERS[font].widthOfTextAtSize(ch, 1000)) : 0);
  }
  return widths;
}

export interface BuildOptions {
  /** Embed Liberation Sans for the sans fonts; default: when the text needs it. */
  embedFonts?: boolean;
}

export function buildPdf(
  pages: PdfPage[],
  info: { title: string; producer?: string; creator?: string },
  options: BuildOptions = {},
): Buffer {
  const context = PDFContext.create();
  const pageTree = PDFPageTree.withContext(context);
  const pageTreeRef = context.register(pageTree);
  const catalogRef = context.register(PDFCatalog.withContextAndPages(context, pageTreeRef));
  context.trailerInfo.Root = catalogRef;
  context.trailerInfo.Info = context.register(
    context.obj({
      Title: PDFHexString.fromText(info.title),
      Producer: PDFHexString.fromText(info.producer ?? "Receipt Sync emulator"),
      ...(info.creator ? { Creator: PDFHexString.fromText(info.creator) } : {}),
    }),
  );
  const differences: (number | PDFName)[] = [];
  for (const [, code, glyph] of [...EXTRA].sort((a, b) => a[1] - b[1])) differences.push(code, PDFName.of(glyph));
  const encodingRef = context.register(
    context.obj({ Type: "Encoding", BaseEncoding: "WinAnsiEncoding", Differences: differences }),
  );
  const embed = options.embedFonts ?? needsEmbedding(pages);
  const used = new Set(pages.flatMap((p) => p.texts.map((t) => t.font ?? "sans")));
  const fontRef = (f: PdfFont) => {
    if (!embed || !used.has(f) || (f !== "sans" && f !== "sans-bold")) {
      return context.register(
        context.obj({ Type: "Font", Subtype: "Type1", BaseFont: BASE_FONTS[f], Encoding: encodingRef }),
      );
    }
    const bold = f === "sans-bold";
    const file = liberation(bold);
    const fileRef = context.register(context.stream(file.data, { Filter: "FlateDecode", Length1: file.length }));
    const fontName = bold ? "LiberationSans-Bold" : "LiberationSans";
    const descriptor = context.register(
      context.obj({
        Type: "FontDescriptor",
        FontName: fontName,
        Flags: 32,
        FontBBox: [-203, -303, 1050, 910],
        ItalicAngle: 0,
        Ascent: 905,
        Descent: -212,
        CapHeight: 716,
        StemV: bold ? 140 : 80,
        FontFile2: fileRef,
      }),
    );
    return context.register(
      context.obj({
        Type: "Font",
        Subtype: "TrueType",
        BaseFont: fontName,
        FirstChar: 32,
        LastChar: 255,
        Widths: widthsFor(f),
        FontDescriptor: descriptor,
        Encoding: encodingRef,
      }),
    );
  };
  const fontRefs = Object.fromEntries((Object.keys(BASE_FONTS) as PdfFont[]).map((f) => [f, fontRef(f)])) as Record<
    PdfFont,
    ReturnType<PDFContext["register"]>
  >;

  for (const spec of pages) {
    const contentRef = context.register(context.contentStream(pageOperators(spec)));
    const page = PDFPageLeaf.withContextAndParent(context, pageTreeRef);
    page.set(PDFName.of("MediaBox"), context.obj([0, 0, spec.width, spec.height]));
    page.set(PDFName.of("Resources"), context.obj({}));
    for (const f of Object.keys(BASE_FONTS) as PdfFont[]) page.setFontDictionary(PDFName.of(FONT_KEYS[f]), fontRefs[f]);
    page.addContentStream(contentRef);
    pageTree.pushLeafNode(context.register(page));
  }
  return serialize(context);
}

/** PDFWriter.serializeToBuffer without the awaits. */
function serialize(context: PDFContext): Buffer {
  const header = PDFHeader.forVersion(1, 7);
  const objects = context.enumerateIndirectObjects();
  const xref = PDFCrossRefSection.create();
  let size = header.sizeInBytes() + 2;
  for (const [ref, object] of objects) {
    xref.addEntry(ref, size);
    size += ref.sizeInBytes() + 3 + object.sizeInBytes() + 9;
  }
  const xrefOffset = size;
  const trailerDict = PDFTrailerDict.of(
    context.obj({
      Size: context.largestObjectNumber + 1,
      Root: context.trailerInfo.Root,
      Info: context.trailerInfo.Info,
    }),
  );
  const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
  size += xref.sizeInBytes() + 1 + trailerDict.sizeInBytes() + 2 + trailer.sizeInBytes();

  const buffer = new Uint8Array(size);
  let offset = header.copyBytesInto(buffer, 0);
  const ascii = (s: string) => {
    for (let i = 0; i < s.length; i++) buffer[offset++] = s.charCodeAt(i);
  };
  ascii("\n\n");
  for (const [ref, object] of objects) {
    ascii(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    offset += object.copyBytesInto(buffer, offset);
    ascii("\nendobj\n\n");
  }
  offset += xref.copyBytesInto(buffer, offset);
  buffer[offset++] = CharCodes.Newline;
  offset += trailerDict.copyBytesInto(buffer, offset);
  ascii("\n\n");
  trailer.copyBytesInto(buffer, offset);
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
