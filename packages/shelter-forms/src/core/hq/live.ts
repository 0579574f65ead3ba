// The live side of the HQ board: one EventSource at a time on `GET /api/v1/hq/events`, reopened
// with backoff after a failure. The browser's own reconnect is not used: it retries forever at a
// fixed pace, also after the session ended, and cannot tell a 401 from a lost network.
import { type BackoffOptions, backoffDelay } from '../outbox/backoff';
import type { HqEvent } from './types';

/** Where the live connection stands. */
export type HqConnectionState =
  /** Opening the stream for the first time. */
  | 'connecting'
  /** Open: events arrive as they happen. */
  | 'live'
  /** Lost; trying again (with backoff). */
  | 'reconnecting'
  /** The session ended or is not HQ's: sign in again. No more attempts. */
  | 'signed_out'
  /** Closed by the caller. */
  | 'closed';

/** What the live subscription needs of an EventSource. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
  onerror: ((event: Event) => void) | null;
}

/** Options of `client.subscribe`. */
export interface HqLiveOptions {
  /** Every event, in order. */
  onEvent(event: HqEvent): void;
  /** The connection state, on every change. */
  onConnectionChange?: ((state: HqConnectionState) => void) | undefined;
  /**
   * The stream is open (first time or again) or the server said too much was missed: reload
   * everything now. Events arriving from here on are already flowing, so nothing falls between.
   */
  onResync?: (() => void) | undefined;
  /**
   * The server's heartbeat interval until the server states its own in `ready` (default 20 s, the
   * server's default). A stream that shows no event at all (heartbeats included) for 2.5 times
   * this is treated as lost and reopened: a dead link the browser does not flag would otherwise
   * look live for minutes.
   */
  heartbeatMs?: number | undefined;
  /** Reconnect timing; default 1 s doubling to 30 s, 20 % jitter. */
  backoff?: Partial<BackoffOptions> | undefined;
  /** For tests: a number in [0, 1). */
  random?: (() => number) | undefined;
  /** For tests: timers. */
  setTimeout?: ((callback: () => void, ms: number) => unknown) | undefined;
  clearTimeout?: ((handle: unknown) => void) | undefined;
  /**
   * Asked after a failure: false ends the subscription as `signed_out`. Default (the client's):
   * `GET /auth/me` answers an HQ account, or fails other than 401/403.
   */
  sessionAlive?: (() => Promise<boolean>) | undefined;
}

/** A running subscription. */
export interface HqLiveSubscription {
  /** The current state. */
  readonly state: HqConnectionState;
  /** The id of the last event seen (the resume point). */
  readonly lastEventId: string | undefined;
  /** Try again at once (e.g. on the browser's `online` event), skipping the wait. */
  reconnectNow(): void;
  /**
   * The network is gone (the browser's `offline` event): drop the stream now and reconnect as
   * after a failure. A stream over a dead link may otherwise stay silent without an error for
   * minutes, before the heartbeat watchdog notices.
   */
  interrupt(): void;
  /** Stops for good. */
  close(): void;
}

const defaultLiveBackoff: Partial<BackoffOptions> = { initialMs: 1_000, maxMs: 30_000 };
/** How many heartbeat intervals of silence mean the stream is lost. */
const SILENT_INTERVALS = 2.5;

const eventTypes = [
  'report_received',
  'supply_request_status_changed',
  'shelters_imported',
  'photo_received',
] as const;

/** The heartbeat interval the server states in its `ready` event (`{ "heartbeatSeconds": 20 }`). */
function readHeartbeatSeconds(data: unknown): number | undefined {
  try {
    const seconds = (JSON.parse(String(data)) as { heartbeatSeconds?: unknown } | null)
      ?.heartbeatSeconds;
    return typeof seconds === 'number' && seconds > 0 ? seconds : undefined;
  } catch {
    return undefined;
  }
}

/** The engine behind `client.subscribe`; `open(lastEventId)` makes an EventSource. */
export function subscribeHqEvents(
  options: HqLiveOptions & {
    open: (lastEventId: string | undefined) => EventSourceLike;
    sessionAlive: () => Promise<boolean>;
  },
): HqLiveSubscription {
  const schedule = options.setTimeout ?? ((callback, ms) => globalThis.setTimeout(callback, ms));
  const cancel =
    options.clearTimeout ??
    ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>));
  const random = options.random ?? Math.random;
  let state: HqConnectionState = 'connecting';
  let lastEventId: string | undefined;
  let source: EventSourceLike | undefined;
  let timer: unknown;
  let watchdog: unknown;
  let silenceMs = (options.heartbeatMs ?? 20_000) * SILENT_INTERVALS;
  let failures = 0;
  let attempt = 0;

  const setState = (next: HqConnectionState) => {
    if (state === next) return;
    state = next;
    options.onConnectionChange?.(next);
  };
  const finished = () => state === 'closed' || state === 'signed_out';
  const stopWatchdog = () => {
    if (watchdog !== undefined) cancel(watchdog);
    watchdog = undefined;
  };

  function connect() {
    timer = undefined;
    if (finished()) return;
    attempt += 1;
    const mine = attempt;
    const current = options.open(lastEventId);
    source = current;
    const stale = () => mine !== attempt || finished();
    // Any sign of life (an event, a heartbeat) re-arms the watchdog; silence past it is a loss.
    const alive = () => {
      stopWatchdog();
      watchdog = schedule(() => {
        watchdog = undefined;
        if (!stale()) lost(current);
      }, silenceMs);
    };
    alive();
    current.addEventListener('heartbeat', () => {
      if (!stale()) alive();
    });
    current.addEventListener('ready', (message) => {
      if (stale()) return;
      const stated = readHeartbeatSeconds(message.data);
      if (stated) silenceMs = stated * 1000 * SILENT_INTERVALS;
      alive();
      failures = 0;
      setState('live');
      options.onResync?.();
    });
    current.addEventListener('resync', () => {
      if (stale()) return;
      alive();
      options.onResync?.();
    });
    current.addEventListener('session_ended', () => {
      if (stale()) return;
      stopWatchdog();
      current.close();
      setState('signed_out');
    });
    for (const type of eventTypes) {
      current.addEventListener(type, (message) => {
        if (stale()) return;
        alive();
        let data: unknown;
        try {
          data = JSON.parse(String(message.data));
        } catch {
          return; // not ours; the next reload shows the truth anyway
        }
        if (message.lastEventId) lastEventId = message.lastEventId;
        options.onEvent({ type, id: message.lastEventId, data } as HqEvent);
      });
    }
    current.onerror = () => {
      if (!stale()) lost(current);
    };
  }

  /** The stream failed or was given up: close it and try again after a wait. */
  function lost(current: EventSourceLike) {
    stopWatchdog();
    current.close();
    // Late events of this source are ignored from now on; a reconnectNow meanwhile wins.
    attempt += 1;
    const failed = attempt;
    failures += 1;
    setState('reconnecting');
    void options.sessionAlive().then(
      (alive) => {
        if (finished() || attempt !== failed) return;
        if (!alive) {
          setState('signed_out');
          return;
        }
        timer = schedule(
          connect,
          backoffDelay(failures, random(), {
            ...defaultLiveBackoff,
            ...options.backoff,
          }),
        );
      },
      () => {
        if (!finished() && attempt === failed) timer = schedule(connect, 1_000);
      },
    );
  }

  connect();
  return {
    get state() {
      return state;
    },
    get lastEventId() {
      return lastEventId;
    },
    interrupt() {
      if (state !== 'live' && state !== 'connecting') return;
      if (source) lost(source);
    },
    reconnectNow() {
      if (state !== 'reconnecting') return;
      if (timer !== undefined) cancel(timer);
      connect();
    },
    close() {
      if (timer !== undefined) cancel(timer);
      timer = undefined;
      stopWatchdog();
      source?.close();
      setState('closed');
    },
  };
}
