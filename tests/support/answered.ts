// What the API would answer for a domain function's failure: status, code and message after
// lib/api/respond.ts maps the error, so domain tests assert the contract clients see.
import { toApiError } from "@/lib/api/respond";

export interface Answer {
  status: number;
  code: string;
  message: string;
}

const answerOf = (error: unknown): Answer => {
  const api = toApiError(error);
  return { status: api.status, code: api.code, message: api.message };
};

/** Resolves to the answer for the promise's rejection; null when it did not reject. */
export const answered = (promise: Promise<unknown>): Promise<Answer | null> => promise.then(() => null, answerOf);

/** The answer for what `run` throws; null when it does not throw. */
export function answeredSync(run: () => unknown): Answer | null {
  try {
    run();
  } catch (error) {
    return answerOf(error);
  }
  return null;
}
