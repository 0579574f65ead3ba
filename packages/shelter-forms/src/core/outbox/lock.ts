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

/** Options of {@link leaseSendLock}. */
export interface LeaseLockOptions {
  store: LeaseStore;
  owner: string;
  now: () => number;
  /** Wakes waiters when another tab releases (a BroadcastChannel); polling covers its absence. */
  onRelease?: (listener: () => void) => () => void;
  announceRelease?: () => void;
  /** How long a lease lasts without renewal. Default 15 s. */
  leaseMs?: number;
}

/**
 * The fallback where Web Locks are missing: a lease in IndexedDB, taken and renewed in
 * transactions (atomic across tabs) and announced on a BroadcastChannel. A tab that dies holding it
 * only delays the others until the lease expires. Should a frozen tab outlive its lease and send
 * at the same time as another, the server's idempotency on report ids keeps delivery exactly once.
 */
export function leaseSendLock(options: LeaseLockOptions): SendLock {
  const { store, owner, now, leaseMs = 15_000 } = options;
  const local = memorySendLock();
  const tryAcquire = () =>
    store.update((current) =>
      !current || current.owner === owner || current.expiresAt <= now()
        ? { owner, expiresAt: now() + leaseMs }
        : undefined,
    );
  const waitForRelease = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(finish, Math.min(1_000, leaseMs / 3));
      const unsubscribe = options.onRelease?.(finish);
      function finish() {
        clearTimeout(timer);
        unsubscribe?.();
        resolve();
      }
    });

  return {
    run: (task) =>
      local.run(async () => {
        while (!(await tryAcquire())) await waitForRelease();
        const renewal = setInterval(() => void tryAcquire(), leaseMs / 3);
        try {
          return await task();
        } finally {
          clearInterval(renewal);
          await store
            .update((current) => (current?.owner === owner ? null : undefined))
            .catch(() => undefined);
          options.announceRelease?.();
        }
      }),
  };
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
  return leaseSendLock({
    store: options.lease,
    owner: options.owner,
    now: options.now,
    onRelease: (listener) =>
      channel?.subscribe((message) => {
        if (message.type === 'released') listener();
      }) ?? (() => {}),
    announceRelease: () => channel?.post({ type: 'released' }),
  });
}
