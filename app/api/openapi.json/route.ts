// GET /api/openapi.json – the API's OpenAPI 3.1 document (public: it describes, it does not serve data).
import { openApiDocument } from "@/lib/api/openapi";
import { json } from "@/lib/api/respond";

export const dynamic = "force-static";

export function GET() {
  return json(openApiDocument());
}
