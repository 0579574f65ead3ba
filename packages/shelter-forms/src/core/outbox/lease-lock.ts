// The send lock for browsers without Web Locks, loaded by `import()` only there (see
// defaultSendLock): every current browser has Web Locks.
import { type LeaseStore, memorySendLock, type SendLock } from './lock';

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
