// Reads a JSON request body defensively: content type, size and syntax are checked before zod.
import "server-only";
import type { z } from "zod";
import { badRequest } from "../errors";
import { ApiError } from "./errors";

export const MAX_JSON_BODY_BYTES = 16 * 1024;

/** Parses the body with the schema; an empty body counts as `{}` (every field optional). */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES)
    throw new ApiError(413, "payload_too_large", `Request body is larger than ${MAX_JSON_BODY_BYTES} bytes`);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES)
    throw new ApiError(413, "payload_too_large", `Request body is larger than ${MAX_JSON_BODY_BYTES} bytes`);
  if (text.trim() === "") return schema.parse({});
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest("Request body is not valid JSON", "invalid_json");
  }
  return schema.parse(parsed);
}
