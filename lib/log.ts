// Structured JSON logs. Secrets never reach a log line: known secret-bearing keys are redacted.
import pino from "pino";
import { env } from "./env";

export type Logger = pino.Logger;

let root: Logger | undefined;

export function logger(): Logger {
  root ??= pino({
    level: env().LOG_LEVEL,
    base: { service: "receipt-sync" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        "*.refresh_token",
        "*.refreshToken",
        "*.access_token",
        "*.accessToken",
        "*.authorization",
        "*.password",
        "*.api_key",
        "*.apiKey",
        "*.token",
      ],
      censor: "[redacted]",
    },
  });
  return root;
}
