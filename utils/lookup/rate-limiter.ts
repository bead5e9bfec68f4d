/**
 * Sliding-window limiter shared by every API call of the worker: at most `limit` starts per
 * `windowMs`, in FIFO order, plus a global pause when the server says "slow down" (429).
 */
export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RateLimiter {
  private readonly starts: number[] = [];
  private pausedUntil = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** Resolves when the caller may start one request; callers are served in arrival order. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Stop every request until `ms` from now (a 429's Retry-After). */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = this.now();
      while (this.starts.length && this.starts[0]! <= now - this.options.windowMs) this.starts.shift();
      const pauseLeft = this.pausedUntil - now;
      if (pauseLeft > 0) {
        await this.sleep(pauseLeft);
        continue;
      }
      if (this.starts.length < this.options.limit) {
        this.starts.push(now);
        return;
      }
      await this.sleep(this.starts[0]! + this.options.windowMs - now);
    }
  }
}
