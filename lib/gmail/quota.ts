// Client-side pacing under Gmail's per-user quota (250 units/s), so a run rarely meets a 429.

/** Quota units per call, from Gmail's published costs. */
export const GMAIL_QUOTA_UNITS = {
  profile: 1,
  "messages.list": 5,
  "messages.get": 5,
  "attachments.get": 5,
  "history.list": 2,
  "labels.list": 1,
} as const;

export interface QuotaPacerOptions {
  /** Sustained rate. Default 200, leaving headroom under Gmail's 250 for other clients and clock skew. */
  unitsPerSecond?: number;
  /** Burst allowance. Default: one second's worth. */
  burstUnits?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** A FIFO token bucket: callers are served in order, each waiting until its units are available. */
export class QuotaPacer {
  readonly unitsPerSecond: number;
  private readonly burstUnits: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(opts: QuotaPacerOptions = {}) {
    this.unitsPerSecond = opts.unitsPerSecond ?? 200;
    this.burstUnits = opts.burstUnits ?? this.unitsPerSecond;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.now = opts.now ?? (() => performance.now());
    this.tokens = this.burstUnits;
    this.last = this.now();
  }

  /** Resolves once `units` may be spent, with how long this caller waited (ms). */
  acquire(units: number): Promise<number> {
    const queued = this.now();
    const turn = this.queue.then(() => this.take(units));
    this.queue = turn.catch(() => undefined);
    return turn.then(() => this.now() - queued);
  }

  /** After a rate-limit answer, stop spending for a moment so parallel callers back off too. */
  drain(): void {
    this.refill();
    this.tokens = Math.min(this.tokens, 0);
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burstUnits, this.tokens + ((now - this.last) / 1000) * this.unitsPerSecond);
    this.last = now;
  }

  private async take(units: number): Promise<void> {
    this.refill();
    if (this.tokens < units) {
      const waitMs = Math.ceil(((units - this.tokens) / this.unitsPerSecond) * 1000);
      await this.sleep(waitMs);
      this.refill();
    }
    this.tokens -= units;
  }
}
