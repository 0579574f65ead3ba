/**
 * A fixed-window counter in this process's memory, for requests too cheap and too frequent to be
 * worth a database write each (the outbox's connectivity probe). Each server instance counts on
 * its own, which is what such a limit protects: the instance. Memory is bounded: the counters
 * are dropped when the window turns, and all of them once more than `maxKeys` addresses appear.
 */
export class MemoryRateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #maxKeys: number;
  #windowStart = 0;
  #counts = new Map<string, number>();

  constructor(limit: number, windowMs: number, maxKeys = 100_000) {
    if (!(limit >= 1) || !(windowMs >= 1)) throw new RangeError('limit and window must be ≥ 1');
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#maxKeys = maxKeys;
  }

  /** Counts a request; 0 when allowed, otherwise the seconds until the window turns. */
  hit(key: string, nowMs: number): number {
    const windowStart = nowMs - (nowMs % this.#windowMs);
    if (windowStart !== this.#windowStart || this.#counts.size >= this.#maxKeys) {
      this.#windowStart = windowStart;
      this.#counts = new Map();
    }
    const count = (this.#counts.get(key) ?? 0) + 1;
    if (count > this.#limit)
      return Math.max(1, Math.ceil((windowStart + this.#windowMs - nowMs) / 1000));
    this.#counts.set(key, count);
    return 0;
  }
}
