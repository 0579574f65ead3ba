import { createHqClient } from './client';
import type { EventSourceLike, HqConnectionState } from './live';
import { recordedAccount, recordedFetch } from './test-support';
import type { HqEvent } from './types';

/** An EventSource the test drives: `emit` a named event, `fail` the connection. */
class FakeEventSource implements EventSourceLike {
  static opened: FakeEventSource[] = [];
  readonly listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  constructor(
    readonly url: string,
    readonly init?: { withCredentials?: boolean },
  ) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown, lastEventId = '') {
    const event = new MessageEvent(type, { data: JSON.stringify(data), lastEventId });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  fail() {
    this.onerror?.(new Event('error'));
  }
}

const latest = () => FakeEventSource.opened.at(-1)!;
const report = {
  reportId: '01a21360-8ab8-7204-946a-beef0b7e6bf7',
  shelterId: 'E3820390001111',
  kind: 'status',
  createdAt: '2026-12-01T12:00:00+09:00',
  receivedAt: '2026-12-01T12:00:01+09:00',
};

function subscribe(
  me: readonly [number, unknown] = [200, { account: recordedAccount }],
  extra: { heartbeatMs?: number } = {},
) {
  FakeEventSource.opened = [];
  const events: HqEvent[] = [];
  const states: HqConnectionState[] = [];
  const resyncs = vi.fn();
  const client = createHqClient({
    fetch: recordedFetch({ 'GET /api/v1/auth/me': me }).fetch,
    EventSource: FakeEventSource,
  });
  const live = client.subscribe({
    onEvent: (event) => events.push(event),
    onConnectionChange: (state) => states.push(state),
    onResync: resyncs,
    random: () => 0,
    ...extra,
  });
  return { live, events, states, resyncs };
}

describe('client.subscribe (live events)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens /api/v1/hq/events, goes live on ready, reloads, and hands over events in order', () => {
    const { live, events, states, resyncs } = subscribe();
    expect(latest().url).toBe('/api/v1/hq/events');
    expect(live.state).toBe('connecting');
    latest().emit('ready', {});
    expect(states).toEqual(['live']);
    expect(resyncs).toHaveBeenCalledTimes(1);
    latest().emit('report_received', report, '41');
    latest().emit(
      'supply_request_status_changed',
      { id: 'x', shelterId: report.shelterId, status: 'procuring', previousStatus: 'requested' },
      '42',
    );
    expect(events.map((event) => [event.type, event.id])).toEqual([
      ['report_received', '41'],
      ['supply_request_status_changed', '42'],
    ]);
    expect(events[0]?.data).toEqual(report);
    expect(live.lastEventId).toBe('42');
    latest().emit('resync', {});
    expect(resyncs).toHaveBeenCalledTimes(2);
    live.close();
    expect(latest().closed).toBe(true);
    expect(states.at(-1)).toBe('closed');
  });

  it('reconnects with growing waits, resumes after the last event and reloads again', async () => {
    const { live, states, resyncs } = subscribe();
    latest().emit('ready', {});
    latest().emit('report_received', report, '7');
    latest().fail();
    expect(FakeEventSource.opened[0]?.closed).toBe(true);
    expect(live.state).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(999);
    expect(FakeEventSource.opened).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(latest().url).toBe('/api/v1/hq/events?lastEventId=7');
    latest().fail(); // second failure in a row: 2 s
    await vi.advanceTimersByTimeAsync(1_999);
    expect(FakeEventSource.opened).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeEventSource.opened).toHaveLength(3);
    latest().emit('ready', {});
    expect(live.state).toBe('live');
    expect(states).toEqual(['live', 'reconnecting', 'live']);
    expect(resyncs).toHaveBeenCalledTimes(2);
    // Events of a source given up on are ignored.
    FakeEventSource.opened[0]!.emit('report_received', report, '99');
    expect(live.lastEventId).toBe('7');
    live.close();
  });

  it('stops as signed_out when the session ended, and reconnects at once on request', async () => {
    const ended = subscribe();
    latest().emit('ready', {});
    latest().emit('session_ended', {});
    expect(ended.live.state).toBe('signed_out');
    expect(latest().closed).toBe(true);

    const refused = subscribe([401, { code: 'unauthorized', message: { ja: 'j', en: 'e' } }]);
    latest().fail();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refused.live.state).toBe('signed_out');
    expect(FakeEventSource.opened).toHaveLength(1);

    const dropped = subscribe();
    latest().emit('ready', {});
    dropped.live.interrupt(); // the browser went offline: the quiet stream is given up at once
    expect(FakeEventSource.opened[0]?.closed).toBe(true);
    expect(dropped.live.state).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(FakeEventSource.opened).toHaveLength(2);
    dropped.live.close();

    const offline = subscribe([503, undefined]);
    latest().fail();
    await vi.advanceTimersByTimeAsync(0);
    offline.live.reconnectNow();
    expect(FakeEventSource.opened).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(FakeEventSource.opened).toHaveLength(2); // the scheduled attempt was replaced
    offline.live.close();
  });

  it('treats 2.5 heartbeat intervals without any event as a lost stream: reconnects, resumes and reloads', async () => {
    const { live, states, resyncs } = subscribe();
    latest().emit('ready', {});
    latest().emit('report_received', report, '5');
    // Heartbeats (every 20 s by default) and events keep a quiet stream live.
    for (let beat = 0; beat < 5; beat += 1) {
      await vi.advanceTimersByTimeAsync(20_000);
      latest().emit('heartbeat', {});
    }
    await vi.advanceTimersByTimeAsync(49_999);
    expect(live.state).toBe('live');
    expect(FakeEventSource.opened).toHaveLength(1);
    // Then silence: the link died without the browser noticing.
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeEventSource.opened[0]?.closed).toBe(true);
    expect(live.state).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(latest().url).toBe('/api/v1/hq/events?lastEventId=5');
    latest().emit('ready', {});
    expect(states).toEqual(['live', 'reconnecting', 'live']);
    expect(resyncs).toHaveBeenCalledTimes(2); // the board reloads what it may have missed
    live.close();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(FakeEventSource.opened).toHaveLength(2); // a closed subscription has no watchdog
  });

  it('follows the heartbeat interval the server states when the stream opens', async () => {
    const { live } = subscribe();
    latest().emit('ready', { heartbeatSeconds: 60 }); // a city that set heartbeatSeconds: 60
    await vi.advanceTimersByTimeAsync(149_999);
    expect(live.state).toBe('live');
    await vi.advanceTimersByTimeAsync(1);
    expect(live.state).toBe('reconnecting');
    live.close();
  });

  it('also gives up on a stream that never opens, after 2.5 of the given heartbeat intervals', async () => {
    const { live } = subscribe(undefined, { heartbeatMs: 1_000 });
    await vi.advanceTimersByTimeAsync(2_499);
    expect(live.state).toBe('connecting');
    await vi.advanceTimersByTimeAsync(1);
    expect(live.state).toBe('reconnecting');
    expect(FakeEventSource.opened[0]?.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(FakeEventSource.opened).toHaveLength(2);
    live.close();
  });
});
