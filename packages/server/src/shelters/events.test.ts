import { exampleReportData } from '@machi-dx/shelter-forms/core';
import { expect, it } from 'vitest';
import { type App, createApp } from '../app.ts';
import { openDb } from '../db/open.ts';
import { signIn } from '../testing/auth.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { describeEachDb, testPostgresUrl } from '../testing/databases.ts';
import {
  postReport,
  reportBody,
  SHELTER_A,
  type ShelterFixture,
  shelterFixture,
} from '../testing/shelters.ts';
import { hqEventHub } from './events.ts';
import { createShelterModule } from './module.ts';

interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

/** Reads an SSE response event by event (comments included), with a timeout per wait. */
async function openStream(app: App, headers: Record<string, string>, path = '/api/v1/hq/events') {
  const response = await app.request(path, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const parse = (block: string): SseEvent => {
    const event: SseEvent = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) event.comment = line.slice(1).trim();
      const match = /^(id|event|data): ?(.*)$/.exec(line);
      if (match) event[match[1] as 'id' | 'event' | 'data'] = match[2];
    }
    return event;
  };
  return {
    response,
    /** The next event matching `predicate` (others are skipped). */
    async next(predicate: (event: SseEvent) => boolean = () => true, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const event = parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (predicate(event)) return event;
          continue;
        }
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error('no matching event in time');
        let timer: ReturnType<typeof setTimeout> | undefined;
        const chunk = await Promise.race([
          reader.read(),
          new Promise<'timeout'>((resolve) => {
            timer = setTimeout(() => resolve('timeout'), remaining);
          }),
        ]);
        clearTimeout(timer);
        if (chunk === 'timeout') throw new Error('no matching event in time');
        if (chunk.done) return undefined;
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    close: () => reader.cancel(),
  };
}

const isReport = (event: SseEvent) => event.event === 'report_received';

describeEachDb('HQ live events', (db, kind) => {
  let f: ShelterFixture;

  it('delivers report_received after a report, with an id, and supply status changes', async () => {
    f = await shelterFixture(db());
    const stream = await openStream(f.app, f.hq);
    // The first event states the heartbeat interval (20 s by default) for the client's watchdog.
    expect(await stream.next()).toMatchObject({ event: 'ready', data: '{"heartbeatSeconds":20}' });
    const report = reportBody('supply_request');
    expect((await postReport(f.app, SHELTER_A, report, f.shelterA)).status).toBe(201);
    const event = await stream.next(isReport);
    expect(event?.id).toMatch(/^\d+$/);
    expect(JSON.parse(event?.data ?? '')).toMatchObject({
      reportId: report.id,
      shelterId: SHELTER_A,
      kind: 'supply_request',
      receivedAt: expect.stringMatching(/\+09:00$/),
    });
    // A repeat is not news.
    expect((await postReport(f.app, SHELTER_A, report, f.shelterA)).status).toBe(200);
    await f.app.request(`/api/v1/supply-requests/${report.id}`, {
      method: 'PATCH',
      headers: { ...f.hq, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'procuring' }),
    });
    const changed = await stream.next((e) => e.event !== undefined);
    expect(changed?.event).toBe('supply_request_status_changed');
    expect(JSON.parse(changed?.data ?? '')).toMatchObject({
      id: report.id,
      status: 'procuring',
      previousStatus: 'requested',
    });
    await stream.close();
  });

  it('resumes from Last-Event-ID with the events missed meanwhile', async () => {
    f = await shelterFixture(db());
    const first = reportBody('status');
    await postReport(f.app, SHELTER_A, first, f.shelterA);
    const [{ id: firstId } = { id: 0 }] = await db().query<{ id: number }>(
      'select id from hq_events',
    );
    const missed = [reportBody('status'), reportBody('damage')];
    for (const report of missed) await postReport(f.app, SHELTER_A, report, f.shelterA);

    const stream = await openStream(f.app, { ...f.hq, 'Last-Event-ID': String(firstId) });
    const replayed = [await stream.next(isReport), await stream.next(isReport)];
    expect(replayed.map((event) => JSON.parse(event?.data ?? '').reportId)).toEqual(
      missed.map((report) => report.id),
    );
    // Live events follow the replay.
    const live = reportBody('closing');
    await postReport(f.app, SHELTER_A, live, f.shelterA);
    expect(JSON.parse((await stream.next(isReport))?.data ?? '').reportId).toBe(live.id);
    await stream.close();

    const byQuery = await openStream(f.app, f.hq, `/api/v1/hq/events?lastEventId=${firstId}`);
    expect(JSON.parse((await byQuery.next(isReport))?.data ?? '').reportId).toBe(missed[0]?.id);
    await byQuery.close();
  });

  it('sends heartbeats, ends the stream when the session ends, and stops listening when no stream is open', async () => {
    f = await shelterFixture(db(), { heartbeatSeconds: 0.2 });
    const stream = await openStream(f.app, f.hq);
    expect(await stream.next()).toMatchObject({ data: '{"heartbeatSeconds":0.2}' });
    // A named event EventSource delivers (a comment would be invisible to it), without an id so
    // Last-Event-ID keeps pointing at the last real event.
    const heartbeat = await stream.next((event) => event.event === 'heartbeat');
    expect(heartbeat).toMatchObject({ event: 'heartbeat', data: '{}' });
    expect(heartbeat?.id).toBeUndefined();
    expect(hqEventHub(db(), captureLogger().logger).size).toBe(1);
    await f.app.request('/api/v1/auth/logout', { method: 'POST', headers: f.hq });
    expect(await stream.next((event) => event.event === 'session_ended')).toBeDefined();
    expect(await stream.next()).toBeUndefined(); // the stream ended
    await expect.poll(() => hqEventHub(db(), captureLogger().logger).size).toBe(0);
  });

  it('two app instances on one database share events (in-process on PGlite, LISTEN/NOTIFY on Postgres)', async () => {
    f = await shelterFixture(db());
    const other = createApp({
      db: db(),
      logger: captureLogger().logger,
      modules: [createShelterModule()],
    });
    const stream = await openStream(other, await signIn(other, 'hq-desk'));
    const report = reportBody('opening', {
      data: { ...exampleReportData.opening, evacueeTotal: 3 },
    });
    await postReport(f.app, SHELTER_A, report, f.shelterA);
    expect(JSON.parse((await stream.next(isReport))?.data ?? '').reportId).toBe(report.id);
    await stream.close();
  });

  // Defined only in the Postgres pass (CI always has one), so no test is reported as skipped.
  if (kind === 'postgres')
    it('NOTIFY fan-out: a report posted to one server instance appears on the event stream of another (two connections)', async () => {
      f = await shelterFixture(db());
      const url = testPostgresUrl();
      if (!url) throw new Error('no Postgres for this run');
      const secondDb = await openDb({ databaseUrl: url, maxConnections: 2 });
      try {
        const second = createApp({
          db: secondDb,
          logger: captureLogger().logger,
          modules: [createShelterModule()],
        });
        const stream = await openStream(second, await signIn(second, 'hq-desk'));
        expect(await stream.next()).toMatchObject({ event: 'ready' });
        const reports = [reportBody('status'), reportBody('supply_request')];
        for (const report of reports) {
          expect((await postReport(f.app, SHELTER_A, report, f.shelterA)).status).toBe(201);
        }
        const received = [await stream.next(isReport), await stream.next(isReport)];
        expect(received.map((event) => JSON.parse(event?.data ?? '').reportId)).toEqual(
          reports.map((report) => report.id),
        );
        // And the other way round: a status change on the second reaches a stream on the first.
        const back = await openStream(f.app, f.hq);
        await back.next();
        await second.request(`/api/v1/supply-requests/${reports[1]?.id}`, {
          method: 'PATCH',
          headers: { ...(await signIn(second, 'hq-desk')), 'Content-Type': 'application/json' },
          body: JSON.stringify({ status: 'in_transit' }),
        });
        const changed = await back.next((event) => event.event === 'supply_request_status_changed');
        expect(JSON.parse(changed?.data ?? '')).toMatchObject({ status: 'in_transit' });
        await Promise.all([stream.close(), back.close()]);
      } finally {
        await secondDb.close();
      }
    });
});
