// The layering rule (README, Architecture): imports run one way,
//   app/, components/, lib/ui  →  lib/api (HTTP edge)  →  domain (auth → gmail → receipts → sync)  →  base.
// `npm run lint:layers` (and so `npm test`) fails on an import that points up, or on any cycle in lib/.
const BASE = "^lib/(shared/|db/|db\\.ts$|env\\.ts$|log\\.ts$|errors\\.ts$|http/|security/|shutdown\\.ts$|mail/)";
const EDGE = "^lib/api/";
const APP = "^(app|components|lib/ui)/";
const TOOLS = "^lib/(demo|gmail-emulator)/|^lib/server-runtime\\.ts$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "base-imports-up",
      comment: "base modules (shared, db, env, log, errors, http, security, mail) know nothing above them",
      severity: "error",
      from: { path: BASE },
      to: { path: ["^lib/(auth|gmail|receipts|sync)/", EDGE, APP, TOOLS] },
    },
    {
      name: "domain-imports-edge",
      comment: "domain code throws AppError (lib/errors.ts); only lib/api knows HTTP",
      severity: "error",
      from: { path: "^lib/(auth|gmail|receipts|sync)/" },
      to: { path: [EDGE, APP, TOOLS] },
    },
    { name: "edge-imports-app", severity: "error", from: { path: EDGE }, to: { path: [APP, TOOLS] } },
    {
      name: "auth-imports-up",
      comment: "auth is the bottom of the domain",
      severity: "error",
      from: { path: "^lib/auth/" },
      to: { path: "^lib/(gmail|receipts|sync)/" },
    },
    {
      name: "gmail-imports-up",
      severity: "error",
      from: { path: "^lib/gmail/" },
      to: { path: "^lib/(receipts|sync)/" },
    },
    {
      name: "receipts-imports-up",
      comment: "receipts are stored and read without knowing about sync runs",
      severity: "error",
      from: { path: "^lib/receipts/" },
      to: { path: "^lib/sync/" },
    },
    {
      name: "ui-is-client-only",
      comment: "lib/ui runs in the browser: types from the server, never its code",
      severity: "error",
      from: { path: "^lib/ui/" },
      to: {
        path: "^lib/(db|db\\.ts$|auth|gmail|receipts|sync|api|env\\.ts$|log\\.ts$|security)",
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "shared-is-self-contained",
      comment: "lib/shared runs on both sides: it may use npm packages such as zod, never the server's modules",
      severity: "error",
      from: { path: "^lib/shared/" },
      to: { path: "^(lib/(?!shared/)|app/|components/|generated/)" },
    },
    { name: "no-circular", severity: "error", from: { path: "^lib/" }, to: { circular: true } },
  ],
  required: [
    {
      name: "server-code-is-marked",
      severity: "error",
      comment:
        'modules that touch the database, secrets or auth import "server-only", so a client component that reaches one fails the build',
      module: {
        path: "^lib/(db\\.ts|env\\.ts|db/|security/|api/|sync/|auth/|gmail/(client|connection-store|oauth|oauth-http|oauth-state)\\.ts|receipts/(store|query|csv|review)\\.ts)",
        // the Better Auth browser client; the headers next.config.ts loads in plain Node, outside Next's bundler
        pathNot: "^lib/(auth/client|api/security-headers)\\.ts$",
      },
      to: { path: "server-only" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^generated/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
  },
};
