// A small pool of OCR workers, started on first use. Each worker keeps one language set loaded
// (loading a set takes ~0.3–1 s), calls wait in a bounded queue, and a worker that times out or is
// aborted is terminated; the next call starts a fresh one in its place.
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { EngineWorker, type OcrLine } from "./engine";
import { OcrAborted, OcrError, OcrFailed, OcrRejected } from "./errors";
import { checkImage, DEFAULT_IMAGE_LIMITS } from "./image-limits";
import { linkLanguageData, tesseractLanguages, type TesseractLanguage } from "./languages";

export type { OcrLine } from "./engine";

export interface OcrPoolOptions {
  /** Worker threads; each runs one recognition at a time and holds ~100–300 MB. Default 1. */
  workers?: number;
  /** Calls allowed to wait for a worker; one more is refused with OcrRejected "queue-full". Default 16. */
  maxQueue?: number;
  /** Default 20 MiB. */
  maxImageBytes?: number;
  /** Width × height from the image header. Default 40 million. */
  maxImagePixels?: number;
  /** Longest one recognition may run on its worker (queue wait not included). Default 60 s. */
  timeoutMs?: number;
  /** Longest a worker may take to start and load its languages. Default 60 s. */
  startTimeoutMs?: number;
  /** A worker unused this long is terminated to give its memory back. Default 5 min. */
  idleTimeoutMs?: number;
  /** Where the language files are linked for tesseract.js; default a private temp dir, removed on shutdown. */
  dataDir?: string;
}

export interface RecogniseOptions {
  /** Our language codes ("de", "en", …) or tesseract's ("deu"); the first one leads. */
  languages: readonly string[];
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface OcrResult {
  /** One visual line per line, top to bottom. */
  text: string;
  lines: OcrLine[];
  /** 0–100, tesseract's mean word confidence for the image. */
  confidence: number;
  /** Wall time of the call: queue wait, worker start when one was needed, and recognition. */
  durationMs: number;
}

export interface OcrPool {
  recogniseImage(image: Uint8Array, options: RecogniseOptions): Promise<OcrResult>;
  /** Refuses queued calls, terminates every worker; running calls fail with OcrFailed. */
  shutdown(): Promise<void>;
  /** `started` counts workers started so far: a call that reused a worker did not add one. */
  stats(): { workers: number; busy: number; queued: number; started: number };
}

interface Slot {
  engine?: EngineWorker;
  languages?: string;
  busy: boolean;
  lastUsed: number;
  idleTimer?: NodeJS.Timeout;
}

interface Job {
  image: Uint8Array;
  codes: TesseractLanguage[];
  key: string;
  timeoutMs: number;
  signal?: AbortSignal;
  startedAt: number;
  resolve(result: OcrResult): void;
  reject(error: unknown): void;
  stopWaiting(): void;
}

export function createOcrPool(options: OcrPoolOptions = {}): OcrPool {
  const settings = {
    workers: Math.max(1, options.workers ?? 1),
    maxQueue: options.maxQueue ?? 16,
    limits: {
      maxBytes: options.maxImageBytes ?? DEFAULT_IMAGE_LIMITS.maxBytes,
      maxPixels: options.maxImagePixels ?? DEFAULT_IMAGE_LIMITS.maxPixels,
    },
    timeoutMs: options.timeoutMs ?? 60_000,
    startTimeoutMs: options.startTimeoutMs ?? 60_000,
    idleTimeoutMs: options.idleTimeoutMs ?? 5 * 60_000,
  };
  const slots: Slot[] = Array.from({ length: settings.workers }, () => ({ busy: false, lastUsed: 0 }));
  const queue: Job[] = [];
  let closed = false;
  let started = 0;
  const dataDir = languageDir(options.dataDir);

  async function recogniseImage(image: Uint8Array, call: RecogniseOptions): Promise<OcrResult> {
    const startedAt = performance.now();
    if (closed) throw new OcrFailed("OCR is shut down");
    if (call.signal?.aborted) throw new OcrAborted(call.signal.reason);
    const codes = tesseractLanguages(call.languages);
    checkImage(image, settings.limits);
    if (queue.length >= settings.maxQueue) {
      throw new OcrRejected("queue-full", `OCR queue is full (${queue.length} images waiting)`);
    }
    return new Promise<OcrResult>((resolve, reject) => {
      const { signal } = call;
      const onAbort = () => {
        const at = queue.indexOf(job);
        if (at >= 0) {
          queue.splice(at, 1);
          reject(new OcrAborted(signal?.reason));
        }
      };
      const job: Job = {
        image,
        codes,
        key: codes.join("+"),
        timeoutMs: call.timeoutMs ?? settings.timeoutMs,
        signal,
        startedAt,
        resolve,
        reject,
        stopWaiting: () => signal?.removeEventListener("abort", onAbort),
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      queue.push(job);
      dispatch();
    });
  }

  function dispatch(): void {
    while (queue.length > 0) {
      const job = queue[0]!;
      const slot = slotFor(job.key);
      if (!slot) return;
      queue.shift();
      job.stopWaiting();
      void run(slot, job);
    }
  }

  // Prefer a worker that has the languages loaded, then an empty place, then the idle worker
  // unused longest (it is replaced: one language set per worker).
  function slotFor(key: string): Slot | undefined {
    const idle = slots.filter((s) => !s.busy);
    return (
      idle.find((s) => s.engine && s.languages === key) ??
      idle.find((s) => !s.engine) ??
      idle.sort((a, b) => a.lastUsed - b.lastUsed)[0]
    );
  }

  async function run(slot: Slot, job: Job): Promise<void> {
    slot.busy = true;
    clearTimeout(slot.idleTimer);
    try {
      if (slot.engine && (slot.languages !== job.key || !slot.engine.healthy)) await retire(slot);
      if (!slot.engine) {
        const langPath = await dataDir.prepare(job.codes);
        started++;
        slot.engine = await EngineWorker.start(job.codes, langPath, {
          timeoutMs: settings.startTimeoutMs,
          signal: job.signal,
        });
        slot.languages = job.key;
        if (closed) throw new OcrFailed("OCR is shut down");
      }
      const { lines, confidence } = await slot.engine.recognise(job.image, {
        timeoutMs: job.timeoutMs,
        signal: job.signal,
      });
      job.resolve({
        text: lines.map((line) => line.text).join("\n"),
        lines,
        confidence,
        durationMs: Math.round(performance.now() - job.startedAt),
      });
    } catch (error) {
      if (slot.engine && !slot.engine.healthy) await retire(slot);
      job.reject(closed && !(error instanceof OcrRejected) ? new OcrFailed("OCR was shut down") : asOcrError(error));
    } finally {
      slot.busy = false;
      slot.lastUsed = performance.now();
      if (closed) await retire(slot);
      else if (slot.engine) slot.idleTimer = setTimeout(() => void retireIfIdle(slot), settings.idleTimeoutMs).unref();
      dispatch();
    }
  }

  async function retire(slot: Slot): Promise<void> {
    const { engine } = slot;
    slot.engine = undefined;
    slot.languages = undefined;
    clearTimeout(slot.idleTimer);
    await engine?.terminate();
  }

  async function retireIfIdle(slot: Slot): Promise<void> {
    if (!slot.busy) await retire(slot);
  }

  async function shutdown(): Promise<void> {
    closed = true;
    for (const job of queue.splice(0)) {
      job.stopWaiting();
      job.reject(new OcrFailed("OCR was shut down"));
    }
    await Promise.all(slots.map(retire));
    await dataDir.remove();
  }

  function stats() {
    return {
      workers: slots.filter((s) => s.engine).length,
      busy: slots.filter((s) => s.busy).length,
      queued: queue.length,
      started,
    };
  }

  return { recogniseImage, shutdown, stats };
}

function asOcrError(error: unknown): OcrError {
  return error instanceof OcrError
    ? error
    : new OcrFailed(`OCR failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** The directory tesseract.js reads language files from: the given one, or a private temp dir. */
function languageDir(given: string | undefined) {
  let dir: Promise<string> | undefined;
  let removeAtExit: (() => void) | undefined;
  return {
    async prepare(codes: readonly TesseractLanguage[]): Promise<string> {
      dir ??= given
        ? Promise.resolve(given)
        : mkdtemp(path.join(tmpdir(), "receipt-sync-ocr-")).then((made) => {
            removeAtExit = () => rmSync(made, { recursive: true, force: true });
            process.once("exit", removeAtExit);
            return made;
          });
      const langPath = await dir;
      await linkLanguageData(codes, langPath);
      return langPath;
    },
    async remove(): Promise<void> {
      if (!dir || given) return;
      const made = await dir.catch(() => undefined);
      dir = undefined;
      if (removeAtExit) process.off("exit", removeAtExit);
      if (made) await rm(made, { recursive: true, force: true });
    },
  };
}

// The process-wide pool behind ocrImage/ocrPdf, started on first use.
let sharedPool: OcrPool | undefined;
let sharedOptions: OcrPoolOptions = {};

/** Options for the shared pool; takes effect when it next starts (after shutdownOcr, or at first use). */
export function configureOcr(options: OcrPoolOptions): void {
  sharedOptions = { ...options };
}

export function recogniseImage(image: Uint8Array, options: RecogniseOptions): Promise<OcrResult> {
  sharedPool ??= createOcrPool(sharedOptions);
  return sharedPool.recogniseImage(image, options);
}

/** Terminates the shared pool's workers (tests, process exit); the next call starts a new pool. */
export async function shutdownOcr(): Promise<void> {
  const pool = sharedPool;
  sharedPool = undefined;
  await pool?.shutdown();
}
