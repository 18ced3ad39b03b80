// Request schema of POST /api/keys.
import "server-only";
import { z } from "zod";
import { displayName } from "./common";

export const createApiKeyBody = z.strictObject({ name: displayName });
