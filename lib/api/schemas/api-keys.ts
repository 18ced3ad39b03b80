// Request schema of POST /api/keys.
import { z } from "zod";
import { displayName } from "./common";

export const createApiKeyBody = z.strictObject({ name: displayName });
