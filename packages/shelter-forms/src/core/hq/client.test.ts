import { createHqClient } from './client';
import { HqApiError, isHqApiError } from './error';
import {
  recordedAccount,
  recordedErrors,
  recordedFetch,
  recordedOverview,
  recordedReports,
  recordedShelters,
  recordedSupplyRequests,
} from './test-support';

const SHELTER = 'E3820390001111';
const REQUEST = recordedSupplyRequests[0]!.id;

async function failure(promise: Promise<unknown>): Promise<HqApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isHqApiError(error)) throw new Error(`expected an HqApiError, got ${String(error)}`);
  return error;
}

describe('createHqClient', () => {
  it('signs in with the session cookie and answers the account', async () => {
    const { fetch, calls } = recordedFetch({
      'POST /api/v1/auth/login': [200, { account: recordedAccount }],
    });
    const client = createHqClient({ fetch });
    expect(await client.signIn('sample-hq', 'sample-hq-passphrase')).toEqual(recordedAccount);
    const [call] = calls;
    expect(call?.url).toBe('/api/v1/auth/login');
    expect(call?.init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(JSON.parse(String(call?.init?.body))).toEqual({
      username: 'sample-hq',
      password: 'sample-hq-passphrase',
    });
  });

  it('tells a wrong passphrase (401) from too many attempts (429 with Retry-After)', async () => {
    const wrong = await failure(
      createHqClient({
        fetch: recordedFetch({
          'POST /api/v1/auth/login': [401, recordedErrors.invalidCredentials],
        }).fetch,
      }).signIn('sample-hq', 'nope'),
    );
    expect(wrong).toMatchObject({ status: 401, code: 'invalid_credentials' });
    expect(wrong.localizedMessage?.ja).toBe('ユーザー名またはパスフレーズが正しくありません。');

    const limited = await failure(
      createHqClient({
        fetch: recordedFetch({
          'POST /api/v1/auth/login': [
            429,
            { code: 'too_many_requests', message: { ja: '多すぎます', en: 'Too many' } },
            { 'Retry-After': '840' },
          ],
        }).fetch,
      }).signIn('sample-hq', 'nope'),
    );
    expect(limited).toMatchObject({
      status: 429,
      code: 'too_many_requests',
      retryAfterSeconds: 840,
    });
  });

  it('reads me, the shelters, the totals, a shelter’s reports and the queue from the base URL', async () => {
    const { fetch, calls } = recordedFetch({
      'GET /api/v1/auth/me': [200, { account: recordedAccount }],
      'GET /api/v1/shelters?staleAfterMinutes=60': [200, recordedShelters],
      'GET /api/v1/hq/overview': [200, recordedOverview],
      [`GET /api/v1/shelters/${SHELTER}/reports?kind=status&limit=5`]: [
        200,
        { reports: recordedReports },
      ],
      'GET /api/v1/supply-requests?status=all': [200, { supplyRequests: recordedSupplyRequests }],
    });
    const client = createHqClient({ baseUrl: 'https://city.example/', fetch });
    expect((await client.me()).role).toBe('hq');
    const list = await client.listShelters({ staleAfterMinutes: 60 });
    expect(list.shelters.map((shelter) => shelter.name)).toEqual([
      '北浦小学校（サンプル）',
      '北浦中学校（サンプル）',
    ]);
    expect(list.staleAfterMinutes).toBe(180);
    expect((await client.overview()).evacuees.total).toBe(196);
    expect(await client.reports(SHELTER, { kind: 'status', limit: 5 })).toEqual(recordedReports);
    const queue = await client.listSupplyRequests({ status: 'all' });
    expect(queue.map((request) => request.status)).toEqual(['procuring', 'requested']);
    expect(calls.every((call) => call.url.startsWith('https://city.example/api/v1/'))).toBe(true);
    expect(calls.every((call) => call.init?.cache === 'no-store')).toBe(true);
  });

  it('moves a supply request with PATCH and answers the request after the change', async () => {
    const moved = { ...recordedSupplyRequests[0]!, status: 'in_transit' as const };
    const { fetch, calls } = recordedFetch({
      [`PATCH /api/v1/supply-requests/${REQUEST}`]: [200, { supplyRequest: moved }],
    });
    expect(await createHqClient({ fetch }).updateSupplyRequest(REQUEST, 'in_transit')).toEqual(
      moved,
    );
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ status: 'in_transit' });
    expect(calls[0]?.init?.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('surfaces a backward move (409) and an unknown status (422) with the server’s words', async () => {
    const backwards = await failure(
      createHqClient({
        fetch: recordedFetch({
          [`PATCH /api/v1/supply-requests/${REQUEST}`]: [409, recordedErrors.backwards],
        }).fetch,
      }).updateSupplyRequest(REQUEST, 'requested'),
    );
    expect(backwards).toBeInstanceOf(HqApiError);
    expect(backwards).toMatchObject({
      status: 409,
      code: 'invalid_status_transition',
      currentStatus: 'procuring',
      allowedStatuses: ['in_transit', 'arrived'],
    });
    expect(backwards.localizedMessage?.ja).toContain('戻すことはできません');
    expect(backwards.localizedMessage?.en).toContain('never back');

    const unknown = await failure(
      createHqClient({
        fetch: recordedFetch({
          [`PATCH /api/v1/supply-requests/${REQUEST}`]: [422, recordedErrors.unknownStatus],
        }).fetch,
      }).updateSupplyRequest(REQUEST, 'lost' as never),
    );
    expect(unknown).toMatchObject({ status: 422, code: 'validation_failed' });
    expect(unknown.fieldErrors.map((error) => error.path)).toEqual(['status']);
  });

  it('turns a lost network into status 0 and a proxy’s HTML page into the status’s code', async () => {
    const offline = await failure(
      createHqClient({
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
      }).listShelters(),
    );
    expect(offline).toMatchObject({ status: 0, code: 'network_error' });
    const proxy = await failure(createHqClient({ fetch: recordedFetch({}).fetch }).overview());
    expect(proxy).toMatchObject({ status: 404, code: 'not_found' });
    const wrongShape = await failure(
      createHqClient({
        fetch: recordedFetch({ 'GET /api/v1/shelters': [200, { ok: 1 }] }).fetch,
      }).listShelters(),
    );
    expect(wrongShape.code).toBe('invalid_response');
  });

  it('signs out (204) and builds the export links', async () => {
    const { fetch, calls } = recordedFetch({ 'POST /api/v1/auth/logout': [204, undefined] });
    const client = createHqClient({ fetch });
    await expect(client.signOut()).resolves.toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(client.exportUrl('csv')).toBe('/api/v1/hq/export.csv');
    expect(client.exportUrl('csv', { header: 'ja' })).toBe('/api/v1/hq/export.csv?header=ja');
    expect(createHqClient({ baseUrl: 'https://city.example' }).exportUrl('json')).toBe(
      'https://city.example/api/v1/hq/export.json',
    );
  });

  it('needs an EventSource only when subscribing', () => {
    const client = createHqClient({ fetch: recordedFetch({}).fetch, EventSource: undefined });
    const original = (globalThis as { EventSource?: unknown }).EventSource;
    (globalThis as { EventSource?: unknown }).EventSource = undefined;
    try {
      expect(() => client.subscribe({ onEvent() {} })).toThrow(/event_source_unavailable/);
    } finally {
      (globalThis as { EventSource?: unknown }).EventSource = original;
    }
  });
});
