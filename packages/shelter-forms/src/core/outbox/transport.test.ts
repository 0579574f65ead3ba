import { createFakeShelterServer } from '../testing/fake-server';
import { exampleReportData } from '../validation/fixtures';
import { createReport } from '../validation/report';
import { SHELTER } from './test-support';
import { createFetchTransport, createPingProbe, interpretResponse, reportsPath } from './transport';

const report = createReport('status', exampleReportData.status);
const receipt = { id: report.id, receivedAt: '2026-12-01T12:00:01+09:00' };

function answer(status: number, body?: unknown, headers: Record<string, string> = {}) {
  return vi.fn(
    async (_url: string | URL | Request, _init?: RequestInit) =>
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      }),
  );
}

describe('createFetchTransport', () => {
  it('POSTs the report as JSON with the session cookie to the shelter’s reports URL', async () => {
    const fetch = answer(201, { receipt });
    const transport = createFetchTransport({
      baseUrl: 'https://city.example',
      fetch,
      headers: { 'x-csrf': 't' },
    });
    expect(await transport.send({ shelterId: SHELTER, report })).toEqual({
      ok: true,
      receipt,
      duplicate: false,
    });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(`https://city.example/api/v1/shelters/${SHELTER}/reports`);
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', cache: 'no-store' });
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json', 'x-csrf': 't' });
    expect(JSON.parse(init?.body as string)).toEqual(report);
    expect(reportsPath('E/1')).toBe('/api/v1/shelters/E%2F1/reports');
  });

  it('PUTs a photo’s bytes with its type to the photo URL; 404 is retried, 413 needs a person', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]).buffer;
    const request = {
      shelterId: SHELTER,
      reportId: report.id,
      sha256: 'ab'.repeat(32),
      contentType: 'image/jpeg' as const,
      bytes,
    };
    const photo = { reportId: report.id, sha256: request.sha256, receivedAt: receipt.receivedAt };
    const fetch = answer(201, { photo });
    const transport = createFetchTransport({ baseUrl: 'https://city.example', fetch });
    expect(await transport.sendPhoto?.(request)).toEqual({
      ok: true,
      receipt: photo,
      duplicate: false,
    });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(
      `https://city.example/api/v1/shelters/${SHELTER}/reports/${report.id}/photos/${request.sha256}`,
    );
    expect(init).toMatchObject({ method: 'PUT', credentials: 'same-origin', body: bytes });
    expect(init?.headers).toMatchObject({ 'content-type': 'image/jpeg' });
    const notYet = createFetchTransport({ fetch: answer(404, { code: 'report_not_found' }) });
    expect(await notYet.sendPhoto?.(request)).toMatchObject({
      retryable: true,
      reason: 'report_not_received',
    });
    const tooLarge = createFetchTransport({ fetch: answer(413, { code: 'payload_too_large' }) });
    expect(await tooLarge.sendPhoto?.(request)).toMatchObject({ retryable: false, status: 413 });
  });

  it('maps every answer: delivered, retried, or needing a person', async () => {
    const cases: [number, unknown, Record<string, string>, object][] = [
      [200, { receipt }, {}, { ok: true, duplicate: true }],
      [201, '<html>captive portal</html>', {}, { retryable: true, reason: 'bad_response' }],
      [
        201,
        { receipt: { ...receipt, id: 'other' } },
        {},
        { retryable: true, reason: 'bad_response' },
      ],
      [401, { code: 'unauthorized' }, {}, { retryable: true, reason: 'unauthorized' }],
      [408, undefined, {}, { retryable: true, reason: 'timeout' }],
      [
        429,
        undefined,
        { 'retry-after': '30' },
        { retryable: true, reason: 'rate_limited', retryAfterMs: 30_000 },
      ],
      [503, undefined, {}, { retryable: true, reason: 'server_error' }],
      [
        409,
        { code: 'id_conflict', message: { ja: 'x', en: 'y' } },
        {},
        { retryable: false, reason: 'id_conflict', status: 409, message: { ja: 'x', en: 'y' } },
      ],
      [409, { code: 'conflict' }, {}, { retryable: false, reason: 'conflict' }],
      [
        422,
        {
          code: 'validation_failed',
          errors: [{ path: 'data.asOf', code: 'required', message: { ja: 'a', en: 'b' } }],
        },
        {},
        { retryable: false, reason: 'validation_failed', errors: [{ path: 'data.asOf' }] },
      ],
      [403, { code: 'forbidden' }, {}, { retryable: false, reason: 'forbidden' }],
      [404, {}, {}, { retryable: false, reason: 'not_found' }],
      [413, {}, {}, { retryable: false, reason: 'rejected', status: 413 }],
    ];
    for (const [status, body, headers, expected] of cases) {
      const transport = createFetchTransport({ fetch: answer(status, body, headers) });
      expect(await transport.send({ shelterId: SHELTER, report }), String(status)).toMatchObject(
        expected,
      );
    }
  });

  it('retries network failures and requests that hang past the timeout', async () => {
    const offline = createFetchTransport({
      fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect(await offline.send({ shelterId: SHELTER, report })).toEqual({
      ok: false,
      retryable: true,
      reason: 'network',
    });
    const hanging = createFetchTransport({
      timeoutMs: 10,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    });
    expect(await hanging.send({ shelterId: SHELTER, report })).toEqual({
      ok: false,
      retryable: true,
      reason: 'timeout',
    });
  });

  it('agrees with the fake server on the whole idempotency contract', async () => {
    const server = createFakeShelterServer();
    const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      const shelterId = decodeURIComponent(String(url).split('/')[4]!);
      const { status, body } = server.receive({
        shelterId,
        report: JSON.parse(String(init?.body)),
      });
      return new Response(JSON.stringify(body), { status });
    });
    const transport = createFetchTransport({ fetch });
    const first = await transport.send({ shelterId: SHELTER, report });
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(await transport.send({ shelterId: SHELTER, report })).toEqual({
      ...first,
      duplicate: true,
    });
    const changed = { ...report, data: { ...report.data, remarks: 'changed' } };
    expect(await transport.send({ shelterId: SHELTER, report: changed })).toMatchObject({
      reason: 'id_conflict',
    });
    expect(await transport.send({ shelterId: 'E3820390009111', report })).toMatchObject({
      reason: 'forbidden',
    });
    expect(interpretResponse(500, undefined, report.id, 5)).toMatchObject({ retryAfterMs: 5 });
  });
});

describe('createPingProbe', () => {
  it('is online only when our server answers { status: "ok" } uncached', async () => {
    const fetch = answer(200, { status: 'ok' });
    expect(await createPingProbe({ fetch, baseUrl: '/city' })()).toBe(true);
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toMatch(/^\/city\/api\/v1\/ping\?t=\d+$/);
    expect(init).toMatchObject({ method: 'GET', cache: 'no-store' });
    // A service worker's offline page or a captive portal also answers 200.
    const html = vi.fn(
      async () => new Response('<!doctype html><title>offline</title>', { status: 200 }),
    );
    expect(await createPingProbe({ fetch: html })()).toBe(false);
    expect(await createPingProbe({ fetch: answer(503, { status: 'ok' }) })()).toBe(false);
    expect(
      await createPingProbe({ fetch: async () => Promise.reject(new TypeError('offline')) })(),
    ).toBe(false);
  });
});
