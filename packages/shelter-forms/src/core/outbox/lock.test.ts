import { OutboxDatabase } from './database';
import { leaseSendLock } from './lease-lock';
import { memorySendLock, type SendLock, webLocksSendLock } from './lock';
import { tick, uniqueDatabaseName } from './test-support';

async function overlapOf(lock: SendLock, other: SendLock = lock) {
  let inside = 0;
  let most = 0;
  const task = async () => {
    inside += 1;
    most = Math.max(most, inside);
    await tick(5);
    inside -= 1;
  };
  await Promise.all([lock.run(task), other.run(task), lock.run(task), other.run(task)]);
  return most;
}

describe('send locks', () => {
  it('memory lock: one task at a time, and a failing task frees it', async () => {
    const lock = memorySendLock();
    expect(await overlapOf(lock)).toBe(1);
    await expect(lock.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await lock.run(async () => 'next')).toBe('next');
  });

  it('Web Locks: asks navigator.locks for the named lock', async () => {
    const names: string[] = [];
    const lock = webLocksSendLock('outbox:send', {
      request: (name, callback) => {
        names.push(name);
        return callback();
      },
    });
    expect(await lock.run(async () => 42)).toBe(42);
    expect(names).toEqual(['outbox:send']);
  });

  it('IndexedDB lease: two tabs never send at once, and a released lease wakes the other at once', async () => {
    const name = uniqueDatabaseName();
    const tabA = new OutboxDatabase(name);
    const tabB = new OutboxDatabase(name);
    const wake = new Set<() => void>();
    const lease = (db: OutboxDatabase, owner: string) =>
      leaseSendLock({
        store: db.lease,
        owner,
        now: Date.now,
        onRelease: (listener) => {
          wake.add(listener);
          return () => wake.delete(listener);
        },
        announceRelease: () => {
          for (const listener of [...wake]) listener();
        },
      });
    const started = Date.now();
    expect(await overlapOf(lease(tabA, 'a'), lease(tabB, 'b'))).toBe(1);
    expect(Date.now() - started).toBeLessThan(900);
    tabA.close();
    tabB.close();
  });

  it('IndexedDB lease: a tab that died holding it delays the others only until it expires', async () => {
    const db = new OutboxDatabase(uniqueDatabaseName());
    let now = 1_000;
    await db.lease.update(() => ({ owner: 'dead tab', expiresAt: now + 50 }));
    const lock = leaseSendLock({ store: db.lease, owner: 'alive', now: () => now, leaseMs: 60 });
    let ran = false;
    const running = lock.run(async () => {
      ran = true;
    });
    await tick(30);
    expect(ran).toBe(false);
    now += 100;
    await running;
    expect(ran).toBe(true);
    expect(await db.lease.update((current) => (current ? undefined : null))).toBe(true);
    db.close();
  });
});
