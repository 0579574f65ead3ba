// @vitest-environment node
// The HQ client of @machi-dx/shelter-forms against the real reference server (in this process,
// PGlite, the sample city): its shapes, errors and live events are the server's, not a fake's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@machi-dx/server';
import {
  createHqClient,
  createReport,
  exampleReportData,
  type HqClient,
  type HqConnectionState,
  type HqEvent,
  HqStore,
  isHqApiError,
} from '@machi-dx/shelter-forms';
import { cookieFetch, fetchEventSource } from './testing/fetchEventSource';

let server: RunningServer;
let dataDir: string;
let hq: HqClient;
let hqFetch: typeof fetch;

function clientFor(url: string) {
  const fetcher = cookieFetch(url);
  return {
    fetcher,
    client: createHqClient({
      baseUrl: url,
      fetch: fetcher,
      EventSource: fetchEventSource(fetcher),
    }),
  };
}

async function until<T>(read: () => T | undefined, ms = 5_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'machi-dx-hq-client-'));
  server = await startServer({
    env: { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SAMPLE_DATA: '1', LOG_LEVEL: 'warn' },
    handleSignals: false,
  });
  ({ client: hq, fetcher: hqFetch } = clientFor(server.url));
  await hq.signIn('sample-hq', 'sample-hq-passphrase');
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the HQ client against the reference server', () => {
  it('reads the sample city: 20 shelters, totals, the queue and a shelter’s reports', async () => {
    expect((await hq.me()).role).toBe('hq');
    const list = await hq.listShelters();
    expect(list.shelters).toHaveLength(20);
    expect(list.staleAfterMinutes).toBeGreaterThan(0);
    const overview = await hq.overview();
    expect(overview.shelters.total).toBe(20);
    expect(overview.evacuees.total).toBeGreaterThan(0);
    const queue = await hq.listSupplyRequests({ status: 'all' });
    expect(queue.length).toBeGreaterThan(0);
    const first = queue[0]!;
    const reports = await hq.reports(first.shelterId);
    expect(reports.some((report) => report.id === first.id && report.supplyRequest)).toBe(true);
    const csv = await hqFetch(hq.exportUrl('csv'));
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
  });

  it('refuses a wrong passphrase (401) and tells a backward move (409) in the server’s words', async () => {
    const wrong = await clientFor(server.url)
      .client.signIn('sample-hq', 'not the passphrase')
      .catch((error: unknown) => error);
    expect(isHqApiError(wrong) && wrong.status).toBe(401);
    const queue = await hq.listSupplyRequests({ status: 'all' });
    const moved = queue.find((request) => request.status !== 'requested')!;
    const back = await hq
      .updateSupplyRequest(moved.id, 'requested')
      .catch((error: unknown) => error);
    expect(back).toMatchObject({ status: 409, code: 'invalid_status_transition' });
    expect(isHqApiError(back) && back.localizedMessage?.ja).toMatch(/戻すことはできません/);
    expect(isHqApiError(back) && back.currentStatus).toBe(moved.status);
  });

  it('keeps a shelter account off the HQ endpoints (403)', async () => {
    const { client } = clientFor(server.url);
    const account = await client.signIn('sample-shelter', 'sample-shelter-passphrase');
    expect(account.role).toBe('shelter');
    const refused = await client.overview().catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 403 });
  });

  it('hears a shelter’s report live, and the store shows it without a reload', async () => {
    const states: HqConnectionState[] = [];
    const events: HqEvent[] = [];
    const store = new HqStore({ client: hq, coalesceMs: 20 });
    const live = hq.subscribe({
      onEvent: (event) => events.push(event),
      onConnectionChange: (state) => states.push(state),
    });
    store.start();
    await until(() => (states.includes('live') ? true : undefined));
    await until(() => (store.getSnapshot().connection === 'live' ? true : undefined));

    const shelter = clientFor(server.url);
    const account = await shelter.client.signIn('sample-shelter', 'sample-shelter-passphrase');
    const shelterId = account.shelterId!;
    const report = createReport('status', { ...exampleReportData.status, evacueeTotal: 777 });
    const posted = await shelter.fetcher(`${server.url}/api/v1/shelters/${shelterId}/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(report),
    });
    expect(posted.status).toBe(201);

    const heard = await until(() => events.find((event) => event.type === 'report_received'));
    expect(heard.data).toMatchObject({ reportId: report.id, shelterId, kind: 'status' });
    expect(heard.id).toMatch(/^\d+$/);
    const shown = await until(() =>
      store
        .getSnapshot()
        .shelters.find(
          (candidate) =>
            candidate.nationalShelterId === shelterId && candidate.status.evacueeTotal === 777,
        ),
    );
    expect(shown.status.lastReportAt).not.toBeNull();

    const requested = store.getSnapshot().supplyRequests.find((r) => r.status === 'requested')!;
    await store.advanceSupplyRequest(requested.id, 'procuring');
    const change = await until(() =>
      events.find((event) => event.type === 'supply_request_status_changed'),
    );
    expect(change.data).toMatchObject({ id: requested.id, status: 'procuring' });
    const after = await hq.listSupplyRequests({ status: 'all' });
    expect(after.find((request) => request.id === requested.id)?.status).toBe('procuring');

    live.close();
    store.stop();
    // Let the server notice the closed streams before it shuts down (it then stops listening).
    await until(() => (states.at(-1) === 'closed' ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
  }, 30_000);
});
