// Real, text-bearing invoice PDFs for the generated mailbox, built with pdf-lib's object model.
// PDFDocument.save() is async only; generateMailbox() must stay synchronous (the emulator builds
// its store in a constructor), so the few serialisation steps PDFWriter does are repeated here
// without its event-loop yields. Pages are uncompressed, which also keeps generation fast.
import {
  CharCodes,
  PDFCatalog,
  PDFContext,
  PDFCrossRefSection,
  PDFHeader,
  PDFName,
  PDFPageLeaf,
  PDFPageTree,
  PDFTrailer,
  PDFTrailerDict,
  StandardFontEmbedder,
  StandardFonts,
  beginText,
  endText,
  moveText,
  nextLine,
  setFontAndSize,
  setLineHeight,
  showText,
} from "pdf-lib";

// pdf-lib's StandardFonts enum and the embedder's FontNames are the same strings under two types.
const helvetica = StandardFontEmbedder.for(StandardFonts.Helvetica as unknown as Parameters<typeof StandardFontEmbedder.for>[0]);

/** Characters WinAnsi (Helvetica's encoding) cannot show are replaced, as invoice software does. */
function printable(line: string): string {
  return line.replace(/₹\s?/g, "INR ").replace(/￥/g, "¥").replace(/[^\x20-\x7e\u00a0-\u00ff€–—‘’“”•…]/g, "?");
}

/** One A4 page showing `lines` top to bottom. */
export function invoicePdf(lines: string[], title: string): Buffer {
  const context = PDFContext.create();
  const pageTree = PDFPageTree.withContext(context);
  const pageTreeRef = context.register(pageTree);
  const catalogRef = context.register(PDFCatalog.withContextAndPages(context, pageTreeRef));
  context.trailerInfo.Root = catalogRef;
  context.trailerInfo.Info = context.register(context.obj({ Title: context.obj(title), Producer: context.obj("Receipt Sync emulator") }));

  const fontRef = context.register(
    context.obj({ Type: "Font", Subtype: "Type1", BaseFont: "Helvetica", Encoding: "WinAnsiEncoding" }),
  );
  const operators = [beginText(), setFontAndSize("F1", 11), setLineHeight(16), moveText(56, 780)];
  for (const line of lines) {
    operators.push(showText(helvetica.encodeText(printable(line))), nextLine());
  }
  operators.push(endText());
  const contentRef = context.register(context.contentStream(operators));

  const page = PDFPageLeaf.withContextAndParent(context, pageTreeRef);
  page.set(PDFName.of("MediaBox"), context.obj([0, 0, 595.28, 841.89]));
  page.set(PDFName.of("Resources"), context.obj({}));
  page.setFontDictionary(PDFName.of("F1"), fontRef);
  page.addContentStream(contentRef);
  const pageRef = context.register(page);
  pageTree.pushLeafNode(pageRef);
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
    context.obj({ Size: context.largestObjectNumber + 1, Root: context.trailerInfo.Root, Info: context.trailerInfo.Info }),
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
