// How values are written in JSON bodies, as zod building blocks for the schemas of both sides.
import { z } from "zod";

export const isoInstant = z.string().describe("ISO 8601 instant with offset");
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("YYYY-MM-DD");
export const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe("decimal string; never a float");
