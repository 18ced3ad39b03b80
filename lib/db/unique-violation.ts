// Whether a write failed on a unique constraint, however the driver adapter (pg, PGlite) reports it.
import "server-only";
export function isUniqueViolation(error: unknown): boolean {
  const e = error as {
    code?: string;
    meta?: { code?: string; driverAdapterError?: { cause?: { originalCode?: string } } };
    message?: string;
  };
  return (
    e?.code === "P2002" ||
    e?.code === "23505" ||
    e?.meta?.code === "23505" ||
    e?.meta?.driverAdapterError?.cause?.originalCode === "23505" ||
    /unique constraint|23505/i.test(e?.message ?? "")
  );
}
