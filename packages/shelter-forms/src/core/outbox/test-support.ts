// Test helpers for the outbox: a manual clock, an in-memory cross-tab channel, resume signals.
import 'fake-indexeddb/auto';

export { examplePhoto } from '../testing/example-photo';

import type {
  OutboxChannel,
  OutboxClock,
  OutboxMessage,
  ResumeSignal,
  ResumeTrigger,
} from './environment';

/** A sample shelter: 宇和島市（サンプル）, facility 90001, 指定避難所・一般. */
export const SHELTER = 'E3820390001111';
/** Another sample shelter. */
export const OTHER_SHELTER = 'E3820390002111';

let databases = 0;
/** A database name no other test uses. */
export function uniqueDatabaseName(): string {
  databases += 1;
  return `outbox-test-${databases}-${Math.random().toString(36).slice(2)}`;
}

/** A clock whose time and timers move only when the test says so. */
export function manualClock(start = Date.UTC(2026, 11, 1, 3, 0, 0)) {
  let now = start;
  let random = 0;
  const timers = new Set<{ at: number; callback: () => void }>();
  const clock: OutboxClock = {
    now: () => now,
    random: () => random,
    setTimeout(callback, ms) {
      const timer = { at: now + ms, callback };
      timers.add(timer);
      return timer;
    },
    clearTimeout(handle) {
      timers.delete(handle as { at: number; callback: () => void });
    },
  };
  return {
    clock,
    /** Moves time forward and fires the timers that fell due. */
    advance(ms: number) {
      now += ms;
      for (const timer of [...timers].sort((a, b) => a.at - b.at)) {
        if (timer.at <= now) {
          timers.delete(timer);
          timer.callback();
        }
      }
    },
    setRandom(value: number) {
      random = value;
    },
    /** When the earliest timer is due, if any. */
    nextTimerAt: () => Math.min(...[...timers].map((timer) => timer.at)),
    get now() {
      return now;
    },
  };
}

/** Channels that deliver to every other channel of the same bus, asynchronously like BroadcastChannel. */
export function channelBus() {
  const members = new Set<Set<(message: OutboxMessage) => void>>();
  return {
    create(): OutboxChannel {
      const listeners = new Set<(message: OutboxMessage) => void>();
      members.add(listeners);
      return {
        post(message) {
          for (const other of members) {
            if (other === listeners) continue;
            setTimeout(() => {
              for (const listener of other) listener(message);
            }, 0);
          }
        },
        subscribe(listener) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        close: () => members.delete(listeners),
      };
    },
  };
}

/** A resume signal the test fires by hand. */
export function manualSignal() {
  const listeners = new Set<(trigger: ResumeTrigger) => void>();
  const signal: ResumeSignal = (resume) => {
    listeners.add(resume);
    return () => listeners.delete(resume);
  };
  return {
    signal,
    emit(trigger: ResumeTrigger) {
      for (const listener of listeners) listener(trigger);
    },
    get listening() {
      return listeners.size;
    },
  };
}

/** Resolves after pending IndexedDB and timer callbacks had a chance to run. */
export function tick(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
