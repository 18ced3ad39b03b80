// One tesseract.js worker (a worker thread running the tesseract wasm) with one language set, and
// the guards tesseract.js lacks in Node: it cannot time out or be aborted, a failed start never
// settles, and an error in the thread with no listener would take the whole process down.
import type { Worker as Thread } from "node:worker_threads";
import Tesseract from "tesseract.js";
import { OcrAborted, OcrFailed, OcrRejected, OcrTimeout } from "./errors";

export interface OcrLine {
  text: string;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  /** 0–100, tesseract's mean word confidence for the line. */
  confidence: number;
}

export interface EngineResult {
  lines: OcrLine[];
  confidence: number;
}

interface Bounds {
  timeoutMs: number;
  signal?: AbortSignal;
}

export class EngineWorker {
  private usable = true;

  private constructor(
    private readonly tesseract: Tesseract.Worker,
    private readonly thread: Thread,
    private readonly died: Promise<never>,
  ) {}

  /** False once the worker timed out, was aborted, died or was terminated: replace it. */
  get healthy(): boolean {
    return this.usable;
  }

  static async start(languages: readonly string[], langPath: string, bounds: Bounds): Promise<EngineWorker> {
    const { thread, started } = await spawn(languages, langPath);
    const died = deathOf(thread);
    try {
      const tesseract = await settle(Promise.race([started, died]), bounds, "start");
      thread.unref();
      return new EngineWorker(tesseract, thread, died);
    } catch (error) {
      await thread.terminate();
      throw error;
    }
  }

  async recognise(image: Uint8Array, bounds: Bounds): Promise<EngineResult> {
    if (!this.usable) throw new OcrFailed("OCR worker is no longer usable");
    this.thread.ref();
    try {
      const job = this.tesseract.recognize(
        Buffer.from(image.buffer, image.byteOffset, image.byteLength),
        {},
        { text: false, blocks: true },
      );
      const { data } = await settle(Promise.race([job.catch(recognitionError), this.died]), bounds, "recognise");
      return { lines: linesOf(data), confidence: data.confidence };
    } catch (error) {
      if (!(error instanceof OcrRejected)) this.usable = false;
      throw error;
    } finally {
      // An idle worker does not keep the process alive: a script that never shuts OCR down still exits.
      this.thread.unref();
    }
  }

  async terminate(): Promise<void> {
    this.usable = false;
    await this.thread.terminate();
  }
}

/**
 * Starts tesseract.js' worker and hands back its thread at once. tesseract.js shows the thread only
 * once the worker has started, so a start that fails (and then never settles) could not be ended.
 * Node announces each new thread with process' 'worker' event on the next tick, and createWorker
 * spawns synchronously, so the last thread announced up to our own next tick is this one.
 */
function spawn(
  languages: readonly string[],
  langPath: string,
): Promise<{ thread: Thread; started: Promise<Tesseract.Worker> }> {
  const announced: Thread[] = [];
  const listen = (thread: Thread) => announced.push(thread);
  process.on("worker", listen);
  let failStart: (reason: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => (failStart = reject));
  let created: Promise<Tesseract.Worker>;
  try {
    created = Tesseract.createWorker([...languages], Tesseract.OEM.LSTM_ONLY, {
      langPath,
      gzip: true,
      // Data is read from the packages; tesseract.js' cache would write traineddata into the cwd.
      cacheMethod: "none",
      // Without a handler tesseract.js throws inside its message listener, crashing the process.
      // Recognition errors still reject recognize(); what arrives here only matters during start.
      errorHandler: (reason: unknown) => failStart(reason),
    });
  } catch (error) {
    process.off("worker", listen);
    throw new OcrFailed(`OCR worker failed to start: ${String(error)}`);
  }
  const started = Promise.race([created, failed]).catch((reason: unknown) => {
    throw reason instanceof OcrFailed ? reason : new OcrFailed(`OCR worker failed to start: ${String(reason)}`);
  });
  started.catch(() => {});
  return new Promise((resolve, reject) =>
    process.nextTick(() => {
      process.off("worker", listen);
      const thread = announced.at(-1);
      if (thread) resolve({ thread, started });
      else reject(new OcrFailed("OCR worker thread was not created"));
    }),
  );
}

/** Rejects when the thread exits or throws; the listener also keeps a thread error from crashing us. */
function deathOf(thread: Thread): Promise<never> {
  const died = new Promise<never>((_, reject) => {
    thread.once("exit", (code) => reject(new OcrFailed(`OCR worker exited (code ${code})`)));
    thread.on("error", (error) => reject(new OcrFailed(`OCR worker crashed: ${error.message}`)));
  });
  died.catch(() => {});
  return died;
}

/** Resolves with `work`, or rejects on timeout or abort. The caller terminates the worker then. */
function settle<T>(work: Promise<T>, { timeoutMs, signal }: Bounds, stage: "start" | "recognise"): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(new OcrAborted(signal.reason));
    const timer = setTimeout(() => reject(new OcrTimeout(timeoutMs, stage)), timeoutMs);
    const onAbort = () => reject(new OcrAborted(signal?.reason));
    signal?.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    });
  });
}

// tesseract.js rejects with a bare string. Leptonica failing to decode is the input's fault.
function recognitionError(reason: unknown): never {
  const message = String(reason);
  if (/read image/i.test(message)) throw new OcrRejected("image-unreadable", `image could not be decoded (${message})`);
  throw new OcrFailed(`OCR failed: ${message}`);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/u;

function linesOf(page: Tesseract.Page): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = lineText(line);
        if (!text) continue;
        const { x0, y0, x1, y1 } = line.bbox;
        lines.push({ text, bbox: { x0, y0, x1, y1 }, confidence: Math.round(line.confidence * 10) / 10 });
      }
    }
  }
  return lines;
}

// Tesseract separates Japanese into many "words" ("合 計"), though Japanese writes no spaces.
// Next to a CJK character a space is kept only where the page shows a gap wider than the line is
// high: on receipts that is a column gap ("合計　1,280円"), not the air between two characters.
function lineText(line: Tesseract.Line): string {
  const words = line.words.filter((word) => word.text.trim() !== "");
  if (words.length === 0) return line.text.replace(/\s+/g, " ").trim();
  const gapForSpace = line.bbox.y1 - line.bbox.y0;
  let text = words[0]!.text.trim();
  for (let i = 1; i < words.length; i++) {
    const previous = words[i - 1]!;
    const word = words[i]!.text.trim();
    const touchesCjk = CJK.test(text.at(-1) ?? "") || CJK.test(word[0] ?? "");
    const gap = words[i]!.bbox.x0 - previous.bbox.x1;
    text += touchesCjk && gap < gapForSpace ? word : ` ${word}`;
  }
  return text;
}
