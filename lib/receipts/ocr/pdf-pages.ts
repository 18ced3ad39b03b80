// PDF pages as PNG images for OCR, drawn by PDFium (@hyzyla/pdfium: wasm, MIT, from npm: nothing
// to download) and encoded with pngjs. PDFium runs in its own thread: a hostile PDF can take
// seconds per page and grows wasm memory that is never given back, so the thread is terminated on
// timeout, after PDFium itself failed, and when it has been idle a while.
import { Worker } from "node:worker_threads";
import { OcrAborted, OcrFailed, OcrRejected, OcrTimeout } from "./errors";
import { PDF_RENDER_SCRIPT } from "./pdf-render-script";

export interface RenderPdfOptions {
  /** Pages after this many are not rendered (receipts are short; the count is reported). Default 10. */
  maxPages?: number;
  /** Default 300, tesseract's preferred resolution for body text. */
  dpi?: number;
  /** A page above this many pixels at `dpi` is drawn at a lower resolution. Default 3000 × 4200. */
  maxPixels?: number;
  /** Default 20 MiB. */
  maxBytes?: number;
  /** For the whole document. Default 30 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface RenderedPage {
  /** 0-based page number. */
  index: number;
  png: Buffer;
  width: number;
  height: number;
  /** The resolution actually used (lower than asked for when the page was scaled down). */
  dpi: number;
  renderMs: number;
}

export interface RenderedPdf {
  pageCount: number;
  pages: RenderedPage[];
}

const DEFAULTS = { maxPages: 10, dpi: 300, maxPixels: 3000 * 4200, maxBytes: 20 * 1024 * 1024, timeoutMs: 30_000 };
const IDLE_MS = 60_000;
const MAX_WAITING = 16;

/** Renders the first `maxPages` pages; throws OcrRejected "pdf-encrypted" / "pdf-unreadable". */
export async function renderPdf(pdf: Uint8Array, options: RenderPdfOptions = {}): Promise<RenderedPdf> {
  const o = { ...DEFAULTS, ...definedOnly(options) };
  checkSize(pdf, o.maxBytes);
  const reply = await renderThread.request(
    { op: "render", pdf: copy(pdf), maxPages: o.maxPages, dpi: o.dpi, maxPixels: o.maxPixels },
    o.timeoutMs,
    options.signal,
  );
  const pages = (reply.pages ?? []).map((page) => ({
    ...page,
    png: Buffer.from(page.png.buffer, page.png.byteOffset, page.png.byteLength),
  }));
  return { pageCount: reply.pageCount, pages };
}

/** PNG images of the first `maxPages` pages. */
export async function renderPdfPages(pdf: Uint8Array, options: RenderPdfOptions = {}): Promise<Buffer[]> {
  return (await renderPdf(pdf, options)).pages.map((page) => page.png);
}

/** 0-based numbers of the pages (among the first `maxPages`) with no text layer: scans to OCR. */
export async function pdfPagesLackingText(
  pdf: Uint8Array,
  options: Pick<RenderPdfOptions, "maxPages" | "maxBytes" | "timeoutMs" | "signal"> = {},
): Promise<number[]> {
  const o = { ...DEFAULTS, ...definedOnly(options) };
  checkSize(pdf, o.maxBytes);
  const reply = await renderThread.request(
    { op: "text", pdf: copy(pdf), maxPages: o.maxPages },
    o.timeoutMs,
    options.signal,
  );
  return reply.lackingText ?? [];
}

/** Ends the render thread (tests, process exit); the next call starts a new one. */
export async function shutdownPdfRenderer(): Promise<void> {
  await renderThread.stop();
}

function checkSize(pdf: Uint8Array, maxBytes: number): void {
  if (pdf.byteLength > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new OcrRejected("pdf-too-large", `PDF too large (${mb(pdf.byteLength)}, limit ${mb(maxBytes)})`);
  }
}

// The bytes are transferred to the thread; the caller keeps its own buffer.
function copy(pdf: Uint8Array): Uint8Array {
  return new Uint8Array(pdf);
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

interface Request {
  op: "render" | "text";
  pdf: Uint8Array;
  maxPages: number;
  dpi?: number;
  maxPixels?: number;
}

interface Reply {
  id: number;
  ok: boolean;
  pageCount: number;
  pages?: Array<Omit<RenderedPage, "png"> & { png: Uint8Array }>;
  lackingText?: number[];
  rejection?: "pdf-encrypted" | "pdf-unreadable";
  /** PDFium failed (not the document's fault): its state is not to be trusted, the thread is replaced. */
  fatal?: boolean;
  message?: string;
}

/** One render thread, one request at a time, started on demand. */
function createRenderThread() {
  let thread: Worker | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  let nextId = 1;
  let tail: Promise<unknown> = Promise.resolve();
  let waiting = 0;

  function start(): Worker {
    const started = new Worker(PDF_RENDER_SCRIPT, { eval: true });
    started.unref();
    return started;
  }

  async function stop(): Promise<void> {
    clearTimeout(idleTimer);
    const running = thread;
    thread = undefined;
    await running?.terminate();
  }

  function request(req: Request, timeoutMs: number, signal?: AbortSignal): Promise<Reply> {
    if (waiting >= MAX_WAITING) {
      return Promise.reject(new OcrRejected("queue-full", `PDF render queue is full (${waiting} documents waiting)`));
    }
    waiting++;
    const result = tail.then(() => {
      waiting--;
      return send(req, timeoutMs, signal);
    });
    tail = result.catch(() => {});
    return result;
  }

  function send(req: Request, timeoutMs: number, signal?: AbortSignal): Promise<Reply> {
    if (signal?.aborted) return Promise.reject(new OcrAborted(signal.reason));
    clearTimeout(idleTimer);
    const worker = (thread ??= start());
    const id = nextId++;
    worker.ref();
    return new Promise<Reply>((resolve, reject) => {
      const finish = (outcome: () => void, healthy: boolean) => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (!healthy) {
          if (thread === worker) thread = undefined;
          void worker.terminate();
        } else {
          worker.unref();
          idleTimer = setTimeout(() => void stop(), IDLE_MS).unref();
        }
        outcome();
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        if (reply.ok) return finish(() => resolve(reply), true);
        const error = reply.rejection
          ? new OcrRejected(reply.rejection, reply.message ?? "PDF could not be read")
          : new OcrFailed(`PDF rendering failed: ${reply.message}`);
        finish(() => reject(error), !reply.fatal);
      };
      const onError = (error: Error) =>
        finish(() => reject(new OcrFailed(`PDF render thread crashed: ${error.message}`)), false);
      const onExit = (code: number) =>
        finish(() => reject(new OcrFailed(`PDF render thread exited (code ${code})`)), false);
      const onAbort = () => finish(() => reject(new OcrAborted(signal?.reason)), false);
      const timer = setTimeout(() => finish(() => reject(new OcrTimeout(timeoutMs, "render")), false), timeoutMs);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      signal?.addEventListener("abort", onAbort, { once: true });
      worker.postMessage({ id, ...req }, [req.pdf.buffer as ArrayBuffer]);
    });
  }

  return { request, stop };
}

const renderThread = createRenderThread();
