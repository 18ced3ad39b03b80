// Every query string of the API is read here: one value per parameter. A repeated parameter is a 400
// rather than a silent pick, since first, last or both would each hide a different client bug.
import "server-only";
import { RepeatedParam } from "../errors";

/**
 * The query string as a plain object for zod: `names` only when given (others are left to the
 * caller), every parameter otherwise; an absent parameter is absent, not undefined.
 */
export function singleValuedQuery(params: URLSearchParams, names?: readonly string[]): Record<string, string> {
  const single: Record<string, string> = {};
  for (const name of names ?? new Set(params.keys())) {
    const values = params.getAll(name);
    if (values.length > 1) throw new RepeatedParam(name, values.length);
    if (values.length === 1) single[name] = values[0]!;
  }
  return single;
}
