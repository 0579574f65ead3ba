import type { OutboxChannel } from './environment';

/**
 * Runs a task while holding the outbox's send lock, so that only one tab (or one outbox in a tab)
 * sends at a time. Waits for the lock; the task runs once it is granted.
 */
export interface SendLock {
  run<T>(task: () => Promise<T>): Promise<T>;
}

/** The part of `navigator.locks` the outbox uses. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * A lock over the Web Locks API: held across all tabs of the origin and released by the browser
 * when a tab closes or crashes, so a dead tab never blocks the others.
 */
export function webLocksSendLock(name: string, locks: LockManagerLike): SendLock {
  return { run: (task) => locks.request(name, task) };
}

/** A lock within one JavaScript realm (a promise chain): for a single page or for tests. */
export function memorySendLock(): SendLock {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = tail.then(task, task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

/** Storage for a lease: read and write one record atomically (an IndexedDB transaction). */
export interface LeaseStore {
  /** Writes `next(current)` if it is not undefined, atomically; answers whether it wrote. */
  update(next: (current: Lease | undefined) => Lease | null | undefined): Promise<boolean>;
}

/** Who holds the lease and until when (ms since the epoch). */
export interface Lease {
  owner: string;
  expiresAt: number;
}

/** Options of {@link defaultSendLock}. */
export interface DefaultLockOptions {
  name: string;
  lease: LeaseStore;
  owner: string;
  now: () => number;
  channel: OutboxChannel | undefined;
}

/** Web Locks where the browser has them (all current ones), else the IndexedDB lease. */
export function defaultSendLock(options: DefaultLockOptions): SendLock {
  const locks =
    typeof navigator === 'undefined' ? undefined : (navigator as { locks?: LockManagerLike }).locks;
  if (locks) return webLocksSendLock(`${options.name}:send`, locks);
  const { channel } = options;
  // Only a browser without Web Locks (Safari before 15.4) downloads the lease lock, on first use.
  let lease: Promise<SendLock> | undefined;
  const load = () =>
    import('./lease-lock').then(
      ({ leaseSendLock }) =>
        leaseSendLock({
          store: options.lease,
          owner: options.owner,
          now: options.now,
          onRelease: (listener) =>
            channel?.subscribe((message) => {
              if (message.type === 'released') listener();
            }) ?? (() => {}),
          announceRelease: () => channel?.post({ type: 'released' }),
        }),
      (error: unknown) => {
        lease = undefined; // try loading again next time
        throw error;
      },
    );
  return {
    run: (task) => {
      lease ??= load();
      return lease.then((lock) => lock.run(task));
    },
  };
}
