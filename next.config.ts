import type { NextConfig } from "next";

// OCR: tesseract.js starts its worker script from its package folder, which loads tesseract.js-core's
// wasm; each language package locates its traineddata by its own path; MuPDF loads its wasm beside it
// (and is imported by name from the PDF render thread); pdf.js loads its worker module from its
// own folder. Bundled, none of those paths would exist.
const ocrPackages = [
  "tesseract.js",
  "tesseract.js-core",
  "mupdf",
  ...["eng", "deu", "fra", "spa", "ita", "nld", "por", "pol", "swe", "nor", "dan", "jpn"].map((code) => `@tesseract.js-data/${code}`),
];

const nextConfig: NextConfig = {
  // PGlite loads its wasm and data files from its own package folder; pino uses worker threads.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "pino", "proper-lockfile", "pdfjs-dist", ...ocrPackages],
  poweredByHeader: false,
};

export default nextConfig;
