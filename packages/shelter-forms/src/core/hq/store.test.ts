import type { HqClient } from './client';
import { HqApiError } from './error';
import type { HqConnectionState, HqLiveOptions } from './live';
import { HqStore } from './store';
import {
  recordedErrors,
  recordedOverview,
  recordedReports,
  recordedShelters,
  recordedSupplyRequests,
} from './test-support';
import type { HqShelter, HqShelterList, HqSupplyRequest } from './types';

const A = 'E3820390001111';
const B = 'E3820390002111';

/** A client over data the test changes, with the live subscription in the test's hands. */
function fakeClient() {
  const data = {
    shelters: structuredClone(recordedShelters) as HqShelterList,
    supply: structuredClone(recordedSupplyRequests) as HqSupplyRequest[],
    failWith: undefined as HqApiError | undefined,
  };
  let live: HqLiveOptions | undefined;
  const subscription = {
    state: 'connecting' as HqConnectionState,
    lastEventId: undefined,
    reconnectNow: vi.fn(),
    interrupt: vi.fn(),
    close: vi.fn(),
  };
  const calls: string[] = [];
  const answer = <T>(name: string, value: () => T): Promise<T> => {
    calls.push(name);
    return data.failWith
      ? Promise.reject(data.failWith)
      : Promise.resolve(structuredClone(value()));
  };
  const client = {
    listShelters: () => answer('shelters', () => data.shelters),
    overview: () => answer('overview', () => recordedOverview),
    listSupplyRequests: () => answer('supply', () => data.supply),
    reports: (id: string) => answer(`reports ${id}`, () => recordedReports),
    updateSupplyRequest: vi.fn(async (id: string, status: HqSupplyRequest['status']) => {
      const request = data.supply.find((candidate) => candidate.id === id)!;
      if (status === 'requested')
        throw new HqApiError({
          status: 409,
          code: 'invalid_status_transition',
          message: recordedErrors.backwards.message,
        });
      request.status = status;
      return structuredClone(request);
    }),
    subscribe: (options: HqLiveOptions) => {
      live = options;
      return subscription;
    },
  } as unknown as HqClient;
  return {
    client,
    data,
    calls,
    live: () => live!,
    subscription,
  };
}

const shelter = (store: HqStore, id: string) =>
  store.getSnapshot().shelters.find((candidate) => candidate.nationalShelterId === id) as HqShelter;

describe('HqStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads shelters, totals and the queue, and says where the connection stands', async () => {
    const fake = fakeClient();
    const store = new HqStore({ client: fake.client });
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().status));
    expect(store.getSnapshot().status).toBe('idle');
    store.start();
    expect(store.getSnapshot()).toMatchObject({ status: 'loading', connection: 'connecting' });
    await vi.runAllTimersAsync();
    const snapshot = store.getSnapshot();
    expect(snapshot.status).toBe('ready');
    expect(snapshot.shelters).toHaveLength(2);
    expect(snapshot.staleAfterMinutes).toBe(180);
    expect(snapshot.overview?.shelters.total).toBe(20);
    expect(snapshot.supplyRequests.map((request) => request.status)).toEqual([
      'procuring',
      'requested',
    ]);
    fake.live().onConnectionChange?.('live');
    expect(store.getSnapshot().connection).toBe('live');
    // The browser's network events go to the stream: drop it when offline, retry when back.
    window.dispatchEvent(new Event('offline'));
    expect(fake.subscription.interrupt).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('online'));
    expect(fake.subscription.reconnectNow).toHaveBeenCalledTimes(1);
    store.stop();
    expect(fake.subscription.close).toHaveBeenCalled();
    window.dispatchEvent(new Event('offline'));
    expect(fake.subscription.interrupt).toHaveBeenCalledTimes(1);
  });

  it('reloads on a report event, a few events at once, keeping unchanged shelters’ objects', async () => {
    const fake = fakeClient();
    const store = new HqStore({ client: fake.client });
    store.start();
    await vi.runAllTimersAsync();
    const untouched = shelter(store, A);
    fake.calls.length = 0;
    fake.data.shelters.shelters[1]!.status.evacueeTotal = 42;
    fake.data.shelters.shelters[1]!.status.openingStatus = 'open';
    for (const id of ['1', '2', '3']) {
      fake.live().onEvent({
        type: 'report_received',
        id,
        data: { reportId: id, shelterId: B, kind: 'status', createdAt: '', receivedAt: '' },
      });
    }
    expect(store.getSnapshot().lastEvent?.sequence).toBe(3);
    await vi.runAllTimersAsync();
    expect(fake.calls.sort()).toEqual(['overview', 'shelters']);
    expect(shelter(store, B).status.evacueeTotal).toBe(42);
    expect(shelter(store, A)).toBe(untouched);
    store.stop();
  });

  it('shows a status change from an event at once and never moves a request back', async () => {
    const fake = fakeClient();
    const store = new HqStore({ client: fake.client });
    store.start();
    await vi.runAllTimersAsync();
    const id = recordedSupplyRequests[1]!.id;
    fake.live().onEvent({
      type: 'supply_request_status_changed',
      id: '9',
      data: { id, shelterId: A, status: 'in_transit', previousStatus: 'requested' },
    });
    const status = () => store.getSnapshot().supplyRequests.find((r) => r.id === id)?.status;
    expect(status()).toBe('in_transit');
    // The server's list (read before the move was stored) still says requested: kept forward.
    await vi.runAllTimersAsync();
    expect(status()).toBe('in_transit');
    store.stop();
  });

  it('advances a request, and on a refusal rejects with the server’s message and reloads the queue', async () => {
    const fake = fakeClient();
    const store = new HqStore({ client: fake.client });
    store.start();
    await vi.runAllTimersAsync();
    const id = recordedSupplyRequests[1]!.id;
    const moved = await store.advanceSupplyRequest(id, 'procuring');
    expect(moved.status).toBe('procuring');
    expect(store.getSnapshot().supplyRequests.find((r) => r.id === id)?.status).toBe('procuring');
    fake.calls.length = 0;
    const refusal = await store.advanceSupplyRequest(id, 'requested').catch((error) => error);
    expect(refusal).toMatchObject({ status: 409, code: 'invalid_status_transition' });
    expect(refusal.localizedMessage.ja).toContain('戻すことはできません');
    await vi.runAllTimersAsync();
    expect(fake.calls).toContain('supply');
    store.stop();
  });

  it('loads the open shelter’s reports and reloads them when it reports again', async () => {
    const fake = fakeClient();
    const store = new HqStore({ client: fake.client });
    store.start();
    store.select(A);
    expect(store.getSnapshot().selected).toMatchObject({ shelterId: A, status: 'loading' });
    await vi.runAllTimersAsync();
    expect(store.getSnapshot().selected).toMatchObject({
      status: 'ready',
      reports: recordedReports,
    });
    fake.calls.length = 0;
    fake.live().onEvent({
      type: 'report_received',
      id: '5',
      data: { reportId: 'r', shelterId: A, kind: 'damage', createdAt: '', receivedAt: '' },
    });
    await vi.runAllTimersAsync();
    expect(fake.calls).toContain(`reports ${A}`);
    fake.calls.length = 0;
    fake.live().onEvent({
      type: 'photo_received',
      id: '6',
      data: { reportId: 'r', shelterId: A, sha256: 'a'.repeat(64) },
    });
    await vi.runAllTimersAsync();
    expect(fake.calls.sort()).toEqual(['overview', `reports ${A}`]);
    store.select(undefined);
    expect(store.getSnapshot().selected).toBeUndefined();
    store.stop();
  });

  it('keeps what it shows when a reload fails, and stops following events once signed out', async () => {
    const fake = fakeClient();
    const store = new HqStore({ client: fake.client });
    store.start();
    await vi.runAllTimersAsync();
    fake.data.failWith = new HqApiError({ status: 0, code: 'network_error' });
    await store.refresh();
    expect(store.getSnapshot()).toMatchObject({
      status: 'error',
      error: { code: 'network_error' },
    });
    expect(store.getSnapshot().shelters).toHaveLength(2);
    fake.data.failWith = new HqApiError({ status: 401, code: 'unauthorized' });
    const subscription = fake.live();
    await store.refresh();
    expect(store.getSnapshot().error?.status).toBe(401);
    expect(subscription).toBeDefined();
    fake.calls.length = 0;
    subscription.onEvent({
      type: 'shelters_imported',
      id: '1',
      data: { imported: 1, created: 1, updated: 0 },
    });
    await vi.runAllTimersAsync();
    expect(fake.calls).toEqual([]);
  });
});
