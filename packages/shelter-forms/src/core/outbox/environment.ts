// Everything the outbox takes from the browser, behind small interfaces so tests (and servers
// importing ./core) can run it without a window.

/** Clock, randomness and timers. */
export interface OutboxClock {
  now(): number;
  /** A number in [0, 1). */
  random(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock and timers. */
export const systemClock: OutboxClock = {
  now: () => Date.now(),
  random: () => Math.random(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What woke the send loop. */
export type ResumeTrigger = 'start' | 'online' | 'visible' | 'timer' | 'send_now' | 'queued';

/** Calls `resume` whenever sending is worth trying again; returns an unsubscribe function. */
export type ResumeSignal = (resume: (trigger: ResumeTrigger) => void) => () => void;

/**
 * The browser's resume signals: the `online` event, the page becoming visible, and a page restored
 * from the back/forward cache. `online` only hints; the probe decides.
 */
export const browserResumeSignals: ResumeSignal = (resume) => {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
  const onOnline = () => resume('online');
  const onVisible = () => {
    if (document.visibilityState === 'visible') resume('visible');
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) resume('start');
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('pageshow', onPageShow);
  return () => {
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('pageshow', onPageShow);
  };
};

/** A message between outboxes of the same database in other tabs. */
export type OutboxMessage = { type: 'changed' } | { type: 'released' };

/** A channel to the other tabs (a BroadcastChannel by default). */
export interface OutboxChannel {
  post(message: OutboxMessage): void;
  subscribe(listener: (message: OutboxMessage) => void): () => void;
  close(): void;
}

/** A channel over `BroadcastChannel`, or undefined where there is none. */
export function broadcastChannel(name: string): OutboxChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(message: OutboxMessage) => void>();
  channel.onmessage = (event: MessageEvent<OutboxMessage>) => {
    for (const listener of listeners) listener(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel.close(),
  };
}

/** The part of `navigator.storage` the outbox uses. */
export interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

/** `navigator.storage`, where there is one. */
export function browserStorageManager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** What the browser says about our storage; fields it cannot tell are left out. */
export async function readStorageState(
  manager: StorageManagerLike | undefined,
  persistedHint?: boolean,
): Promise<{ persisted?: boolean; usage?: number; quota?: number }> {
  const persisted = persistedHint ?? (await manager?.persisted?.().catch(() => undefined));
  const estimate = await manager?.estimate?.().catch(() => undefined);
  return {
    ...(persisted === undefined ? {} : { persisted }),
    ...(estimate?.usage === undefined ? {} : { usage: estimate.usage }),
    ...(estimate?.quota === undefined ? {} : { quota: estimate.quota }),
  };
}
