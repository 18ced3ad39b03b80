import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/api/security-headers";

// OCR: tesseract.js starts its worker script from its package folder, which loads tesseract.js-core's
// wasm; each language package locates its traineddata by its own path; PDFium (@hyzyla/pdfium) loads
// its wasm beside it; pdf.js loads its worker module from its own folder. Bundled, none of those
// paths would exist. The PDF render thread (lib/receipts/ocr/pdf-render-script.ts) is eval source
// that the bundler never sees: it imports @hyzyla/pdfium and pngjs by name from the working
// directory's node_modules (the project root under `next start`), so both are runtime dependencies.
const ocrPackages = [
  "tesseract.js",
  "tesseract.js-core",
  "@hyzyla/pdfium",
  ...["eng", "deu", "fra", "spa", "ita", "nld", "por", "pol", "swe", "nor", "dan", "jpn"].map(
    (code) => `@tesseract.js-data/${code}`,
  ),
];

const nextConfig: NextConfig = {
  // PGlite loads its wasm and data files from its own package folder; pino uses worker threads.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "pg",
    "pino",
    "proper-lockfile",
    "pdfjs-dist",
    ...ocrPackages,
  ],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
