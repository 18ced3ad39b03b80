// Runs once when the Next.js server starts: validates configuration and opens (and, for the embedded
// database, migrates) the database before the first request, so a bad setup fails at start-up.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerRuntime } = await import("./lib/server-runtime");
  await startServerRuntime();
}
