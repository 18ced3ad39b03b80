import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its wasm and data files from its own package folder; pino uses worker threads.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "pino", "pdf-parse", "proper-lockfile"],
  poweredByHeader: false,
};

export default nextConfig;
