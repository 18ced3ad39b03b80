// /api/auth/* – Better Auth's endpoints (sign-up, sign-in, sign-out, session), on the process's instance.
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";

export const dynamic = "force-dynamic";

export const { GET, POST, PATCH, PUT, DELETE } = toNextJsHandler(async (request) => (await getAuth()).handler(request));
