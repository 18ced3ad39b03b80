// Typed OCR failures. Each has a stable `code`; `permanent` says whether the same input can ever
// succeed (a retry of a rejected image is pointless, a retry after a timeout or a full queue is not).

export abstract class OcrError extends Error {
  abstract readonly code: string;
  abstract readonly permanent: boolean;
}

export type OcrRejection =
  | "image-too-large"
  | "image-too-many-pixels"
  | "image-unsupported"
  | "image-unreadable"
  | "language-unsupported"
  | "queue-full"
  | "pdf-encrypted"
  | "pdf-unreadable"
  | "pdf-too-large";

/** The input was refused before or while reading it; `reason` says why in words. */
export class OcrRejected extends OcrError {
  readonly code = "OCR_REJECTED";
  readonly permanent: boolean;
  constructor(
    readonly rejection: OcrRejection,
    readonly reason: string,
  ) {
    super(reason);
    this.name = "OcrRejected";
    this.permanent = rejection !== "queue-full";
  }
}

const STAGE = { start: "Starting the OCR worker", recognise: "OCR", render: "PDF rendering" } as const;

/** Recognition, starting a worker or rendering a PDF took longer than allowed; its thread was terminated. */
export class OcrTimeout extends OcrError {
  readonly code = "OCR_TIMEOUT";
  readonly permanent = false;
  constructor(
    readonly timeoutMs: number,
    readonly stage: "start" | "recognise" | "render",
  ) {
    super(`${STAGE[stage]} took longer than ${timeoutMs} ms`);
    this.name = "OcrTimeout";
  }
}

/** The caller's AbortSignal fired; a running recognition was stopped with its worker. */
export class OcrAborted extends OcrError {
  readonly code = "OCR_ABORTED";
  readonly permanent = false;
  constructor(cause?: unknown) {
    super("OCR was aborted", { cause });
    this.name = "OcrAborted";
  }
}

/** The engine itself failed: a worker died, language data did not load, or OCR was shut down. */
export class OcrFailed extends OcrError {
  readonly code = "OCR_FAILED";
  readonly permanent = false;
  constructor(message: string) {
    super(message);
    this.name = "OcrFailed";
  }
}
