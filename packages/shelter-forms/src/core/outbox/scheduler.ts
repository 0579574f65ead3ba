import { type BackoffOptions, backoffDelay, defaultBackoff } from './backoff';
import type { OutboxDatabase } from './database';
import type { OutboxClock, ResumeTrigger } from './environment';
import type { SendLock } from './lock';
import type { OutboxStore } from './store';
import { runSendPass } from './sync';
import type { ConnectivityProbe, RetryReason, Transport } from './types';

/** What the scheduler sends with. */
export interface SchedulerOptions {
  db: OutboxDatabase;
  store: OutboxStore;
  transport: Transport;
  probe: ConnectivityProbe | undefined;
  lock: SendLock;
  clock: OutboxClock;
  backoff: Partial<BackoffOptions> | undefined;
}

/**
 * Decides when to send: runs send passes under the lock, coalesces triggers that arrive during a
 * pass into one more pass, and after a failure waits with exponential backoff on a timer.
 */
export class SendScheduler {
  private running: Promise<void> | undefined;
  private again = false;
  private forced = false;
  private failures = 0;
  private retryAt: number | undefined;
  private timer: unknown;
  private stopped = false;
  private readonly abort = new AbortController();

  constructor(private readonly options: SchedulerOptions) {}

  /**
   * Wakes the loop. Any trigger but the timer tries at once, whatever the backoff; "send now" and
   * page load also forget the failure count and resume after a sign-in. Resolves when the pass
   * (and any pass it led to) is over.
   */
  kick(trigger: ResumeTrigger): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const { store } = this.options;
    if (trigger === 'send_now' || trigger === 'start') {
      this.failures = 0;
      this.retryAt = undefined;
      if (store.current.paused) store.setState({ paused: undefined });
    }
    if (trigger !== 'timer') this.forced = true;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runPasses().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Resolves when no send pass is running (at once when idle). */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Stops for good: aborts the request in flight and the timer. */
  stop() {
    this.stopped = true;
    this.abort.abort();
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
  }

  private async runPasses(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.options.lock.run(() => this.pass());
      } catch {
        // IndexedDB failed mid-pass (the store shows the problem): retry later like a network failure.
        this.fail('network');
      }
    } while (this.again && !this.stopped);
  }

  private async pass(): Promise<void> {
    if (this.stopped) return;
    const { store, clock } = this.options;
    const forced = this.forced;
    this.forced = false;
    store.setState({ syncing: true });
    try {
      await runSendPass({
        forced,
        db: this.options.db,
        transport: this.options.transport,
        probe: this.options.probe,
        signal: this.abort.signal,
        now: () => clock.now(),
        retryAt: () => this.retryAt,
        stopped: () => this.stopped || store.current.paused !== undefined,
        write: (ids, change, durability) => store.write(ids, change, durability),
        delivered: (record, photos) => {
          store.delivered(record, photos);
          this.succeeded();
        },
        photosChanged: (changes) => store.photosChanged(changes),
        photoDelivered: () => this.succeeded(),
        reachable: (online) => store.setState({ connectivity: online ? 'online' : 'offline' }),
        failed: (reason, retryAfterMs) => this.fail(reason, retryAfterMs),
        empty: () => {
          this.failures = 0;
          this.retryAt = undefined;
          if (store.current.nextAttemptAt !== undefined || store.current.lastError !== undefined) {
            store.setState({ nextAttemptAt: undefined, lastError: undefined });
          }
        },
        wait: (at) => this.schedule(at),
      });
    } finally {
      store.setState({ syncing: false });
    }
  }

  /** A delivery went through: the link works, so the backoff starts over. */
  private succeeded() {
    this.failures = 0;
    this.retryAt = undefined;
    this.options.store.setState({
      connectivity: 'online',
      lastError: undefined,
      nextAttemptAt: undefined,
    });
  }

  private fail(reason: RetryReason, retryAfterMs?: number) {
    const { store, clock } = this.options;
    if (reason === 'unauthorized') {
      // Every later report would get 401 too: wait for a sign-in and "send now" (or a page load).
      store.setState({
        paused: 'unauthorized',
        lastError: reason,
        connectivity: 'online',
        nextAttemptAt: undefined,
      });
      return;
    }
    this.failures += 1;
    const backoff = backoffDelay(this.failures, clock.random(), this.options.backoff);
    const cap = this.options.backoff?.maxMs ?? defaultBackoff.maxMs;
    this.retryAt = clock.now() + Math.max(backoff, Math.min(retryAfterMs ?? 0, cap));
    const offline = reason === 'offline' || reason === 'network' || reason === 'timeout';
    store.setState({
      lastError: reason,
      nextAttemptAt: this.retryAt,
      connectivity: offline ? 'offline' : 'online',
    });
    this.schedule(this.retryAt);
  }

  private schedule(at: number) {
    if (this.stopped) return;
    const { clock } = this.options;
    if (this.timer !== undefined) clock.clearTimeout(this.timer);
    this.timer = clock.setTimeout(
      () => {
        this.timer = undefined;
        void this.kick('timer');
      },
      Math.max(0, at - clock.now()),
    );
  }
}
