import { formatTokyoIso } from '@machi-dx/ui/core';
import { createFakeShelterServer } from '../testing/fake-server';
import { exampleReportData } from '../validation/fixtures';
import { createReport } from '../validation/report';
import { OutboxDatabase } from './database';
import { memorySendLock } from './lock';
import { Outbox, type OutboxOptions } from './outbox';
import { reportStatus } from './snapshot';
import {
  channelBus,
  manualClock,
  manualSignal,
  OTHER_SHELTER,
  SHELTER,
  tick,
  uniqueDatabaseName,
} from './test-support';
import type { SendResult, Transport } from './types';

const outboxes: Outbox[] = [];
afterEach(() => {
  for (const outbox of outboxes.splice(0)) outbox.stop();
});

function setup(overrides: Partial<OutboxOptions> = {}) {
  const time = manualClock();
  const server = createFakeShelterServer({ now: () => new Date(time.now) });
  const network = { online: true };
  const signals = manualSignal();
  const databaseName = overrides.databaseName ?? uniqueDatabaseName();
  const calls: string[] = [];
  const fakeTransport = server.transport({ online: () => network.online });
  const transport: Transport = {
    send(request, options) {
      calls.push(request.report.id);
      return fakeTransport.send(request, options);
    },
  };
  const outbox = new Outbox({
    transport,
    databaseName,
    lock: memorySendLock(),
    channel: null,
    storage: null,
    signals: [signals.signal],
    clock: time.clock,
    ...overrides,
  });
  outboxes.push(outbox);
  return { outbox, server, time, network, signals, calls, databaseName };
}

async function queueExample(
  outbox: Outbox,
  kind: 'status' | 'closing' = 'status',
  shelterId = SHELTER,
) {
  const draft = await outbox.createDraft({ shelterId, kind, data: exampleReportData[kind] });
  const result = await outbox.submit(draft.id);
  expect(result).toMatchObject({ ok: true });
  return draft.id;
}

describe('Outbox: drafts and delivery', () => {
  it('gives a draft its id and creation time when the form is created, and autosaves it', async () => {
    const { outbox, time } = setup();
    await outbox.start();
    const draft = await outbox.createDraft({ shelterId: SHELTER, kind: 'status' });
    expect(draft.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(draft.report.createdAt).toBe(formatTokyoIso(new Date(time.now)));
    expect(outbox.getSnapshot().counts.draft).toBe(1);
    await outbox.saveDraft(draft.id, { reportSequence: 1 });
    await outbox.saveDraft(draft.id, { reportSequence: 1, evacueeTotal: 5 });
    expect(outbox.getSnapshot().entries[0]?.report.data).toEqual({
      reportSequence: 1,
      evacueeTotal: 5,
    });
    await expect(outbox.createDraft({ shelterId: 'E123', kind: 'status' })).rejects.toThrow(
      TypeError,
    );
  });

  it('writes the report to IndexedDB before any network attempt and keeps the receipt after', async () => {
    const databaseName = uniqueDatabaseName();
    const server = createFakeShelterServer();
    const seen: (string | undefined)[] = [];
    const transport: Transport = {
      async send(request) {
        const reader = new OutboxDatabase(databaseName);
        seen.push((await reader.find(request.report.id)).entry?.status);
        reader.close();
        return server.transport().send(request);
      },
    };
    const { outbox } = setup({ databaseName, transport });
    await outbox.start();
    const id = await queueExample(outbox);
    await outbox.whenIdle();
    expect(seen).toEqual(['sending']);
    const snapshot = outbox.getSnapshot();
    expect(reportStatus(snapshot, id)).toBe('sent');
    expect(snapshot.sent[0]?.receipt).toEqual(server.stored.get(id)?.receipt);
    expect(snapshot).toMatchObject({ unsent: 0, connectivity: 'online', syncing: false });
    const reader = new OutboxDatabase(databaseName);
    expect(await reader.find(id)).toMatchObject({ sent: { receipt: { id } } });
    expect((await reader.find(id)).entry).toBeUndefined();
    reader.close();
  });

  it('refuses to queue an invalid draft, with field errors, and keeps it as a draft', async () => {
    const { outbox, calls } = setup();
    await outbox.start();
    const draft = await outbox.createDraft({
      shelterId: SHELTER,
      kind: 'status',
      data: { reportSequence: 1 },
    });
    const result = await outbox.submit(draft.id);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(
      result.ok === false && result.reason === 'invalid' && result.errors.map((e) => e.path),
    ).toEqual(['data.asOf', 'data.evacueeTotal']);
    expect(reportStatus(outbox.getSnapshot(), draft.id)).toBe('draft');
    expect(calls).toEqual([]);
    await expect(outbox.submit('0192f3a0-7b1c-7def-8abc-0123456789ab')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('sends in queue order, one at a time', async () => {
    const { outbox, server } = setup();
    const ids = [];
    for (let index = 0; index < 4; index += 1)
      ids.push(await queueExample(outbox, index % 2 ? 'closing' : 'status'));
    await outbox.start();
    await outbox.whenIdle();
    expect(server.order).toEqual(ids);
  });
});

describe('Outbox: retries', () => {
  it('backs off 1 s, 2 s, 4 s, 8 s while the network is down, and resets after a delivery', async () => {
    const { outbox, time, network, calls } = setup();
    network.online = false;
    await outbox.start();
    const id = await queueExample(outbox);
    await outbox.whenIdle();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const snapshot = outbox.getSnapshot();
      expect(snapshot).toMatchObject({ connectivity: 'offline', lastError: 'network' });
      const delay = snapshot.nextAttemptAt! - time.now;
      delays.push(delay);
      time.advance(delay - 1);
      await outbox.whenIdle();
      expect(calls).toHaveLength(attempt + 1);
      time.advance(1);
      await outbox.whenIdle();
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(outbox.getSnapshot().entries[0]).toMatchObject({ status: 'queued', attempts: 5 });
    network.online = true;
    time.advance(16_000);
    await outbox.whenIdle();
    expect(reportStatus(outbox.getSnapshot(), id)).toBe('sent');
    expect(outbox.getSnapshot().lastError).toBeUndefined();
    expect(outbox.getSnapshot().nextAttemptAt).toBeUndefined();
  });

  it('applies jitter and the server’s Retry-After', async () => {
    const results: SendResult[] = [
      { ok: false, retryable: true, reason: 'rate_limited', retryAfterMs: 30_000 },
    ];
    const { outbox, time } = setup({
      transport: {
        send: async () => results.shift() ?? { ok: false, retryable: true, reason: 'server_error' },
      },
    });
    time.setRandom(0.5);
    await outbox.start();
    await queueExample(outbox);
    await outbox.whenIdle();
    expect(outbox.getSnapshot().nextAttemptAt! - time.now).toBe(30_000);
    time.advance(30_000);
    await outbox.whenIdle();
    expect(outbox.getSnapshot().nextAttemptAt! - time.now).toBe(1_800); // 2 s less 10 %
  });

  it('tries at once on a resume signal or "send now", whatever the backoff', async () => {
    const { outbox, network, signals, calls } = setup();
    network.online = false;
    await outbox.start();
    const id = await queueExample(outbox);
    await outbox.whenIdle();
    for (const trigger of ['online', 'visible'] as const) {
      signals.emit(trigger);
      await outbox.whenIdle();
    }
    expect(calls).toHaveLength(3);
    network.online = true;
    await outbox.sendNow();
    expect(reportStatus(outbox.getSnapshot(), id)).toBe('sent');
  });

  it('probes the server first and sends nothing while it is unreachable', async () => {
    let reachable = false;
    const { outbox, calls, time } = setup({ probe: async () => reachable });
    await outbox.start();
    const id = await queueExample(outbox);
    await outbox.whenIdle();
    expect(calls).toEqual([]);
    expect(outbox.getSnapshot()).toMatchObject({
      connectivity: 'offline',
      lastError: 'offline',
      unsent: 1,
    });
    reachable = true;
    time.advance(1_000);
    await outbox.whenIdle();
    expect(calls).toEqual([id]);
  });

  it('pauses on 401 until the user signs in and presses "send now"', async () => {
    let signedIn = false;
    const server = createFakeShelterServer();
    const { outbox, time, calls } = setup({
      transport: {
        async send(request) {
          calls.push(request.report.id);
          return signedIn
            ? server.transport().send(request)
            : { ok: false, retryable: true, reason: 'unauthorized' };
        },
      },
    });
    await outbox.start();
    const first = await queueExample(outbox);
    await queueExample(outbox, 'closing');
    await outbox.whenIdle();
    expect(outbox.getSnapshot()).toMatchObject({
      paused: 'unauthorized',
      unsent: 2,
      counts: { queued: 2 },
    });
    time.advance(600_000);
    await outbox.whenIdle();
    expect(calls).toEqual([first]);
    signedIn = true;
    await outbox.sendNow();
    expect(outbox.getSnapshot()).toMatchObject({ unsent: 0, counts: { sent: 2 } });
    expect(outbox.getSnapshot().paused).toBeUndefined();
  });
});

describe('Outbox: reports that need attention', () => {
  it('takes a refused report out of the queue (409, 422, 403) and goes on with the next', async () => {
    const { outbox, server, time, calls } = setup();
    const conflicting = createReport('status', exampleReportData.status);
    server.receive({
      shelterId: SHELTER,
      report: { ...conflicting, data: { ...conflicting.data, remarks: 'x' } },
    });
    await outbox.enqueue(SHELTER, conflicting);
    const next = await queueExample(outbox, 'closing');
    await outbox.start();
    await outbox.whenIdle();
    const snapshot = outbox.getSnapshot();
    expect(reportStatus(snapshot, conflicting.id)).toBe('needs_attention');
    expect(snapshot.entries[0]?.attention).toMatchObject({ reason: 'id_conflict', status: 409 });
    expect(reportStatus(snapshot, next)).toBe('sent');
    time.advance(3_600_000);
    await outbox.sendNow();
    expect(calls.filter((id) => id === conflicting.id)).toHaveLength(1);
  });

  it('corrects a refused report with a new id that replaces it once queued', async () => {
    const { outbox, server } = setup();
    const refused = createReport('status', exampleReportData.status);
    server.receive({
      shelterId: SHELTER,
      report: { ...refused, data: { ...refused.data, remarks: 'x' } },
    });
    await outbox.start();
    await outbox.enqueue(SHELTER, refused);
    await outbox.whenIdle();
    const correction = await outbox.correct(refused.id);
    expect(correction.id).not.toBe(refused.id);
    expect(correction.report).not.toHaveProperty('supersedes');
    expect(correction.replaces).toEqual([refused.id]);
    expect(outbox.getSnapshot().counts).toMatchObject({ draft: 1, needs_attention: 1 });
    await outbox.submit(correction.id);
    await outbox.whenIdle();
    expect(outbox.getSnapshot().counts).toMatchObject({ draft: 0, needs_attention: 0, sent: 1 });
  });

  it('lets a person discard or retry a refused report, but never recall a queued one', async () => {
    const { outbox, network } = setup({});
    const server = createFakeShelterServer({ shelters: [OTHER_SHELTER] });
    const blocked = setup({ transport: server.transport() }).outbox;
    await blocked.start();
    const refused = await queueExample(blocked);
    await blocked.whenIdle();
    expect(blocked.getSnapshot().entries[0]?.attention?.reason).toBe('forbidden');
    await blocked.retry(refused);
    expect(reportStatus(blocked.getSnapshot(), refused)).not.toBe('needs_attention');
    await blocked.whenIdle();
    await blocked.discard(refused);
    expect(blocked.getSnapshot().entries).toEqual([]);

    network.online = false;
    await outbox.start();
    const queued = await queueExample(outbox);
    await expect(outbox.discard(queued)).rejects.toMatchObject({ code: 'not_discardable' });
  });
});

describe('Outbox: corrections after delivery', () => {
  it('makes a new report that supersedes the delivered one; the old id is never reused', async () => {
    const { outbox, server } = setup();
    await outbox.start();
    const original = await queueExample(outbox);
    await outbox.whenIdle();
    const correction = await outbox.correct(original);
    expect(correction.report.supersedes).toBe(original);
    expect(correction.report.data).toEqual(exampleReportData.status);
    await outbox.saveDraft(correction.id, { ...exampleReportData.status, evacueeTotal: 130 });
    await outbox.submit(correction.id);
    await outbox.whenIdle();
    expect(server.order).toEqual([original, correction.id]);
    expect(server.stored.get(correction.id)?.report).toMatchObject({ supersedes: original });
    await expect(outbox.saveDraft(original, {})).rejects.toMatchObject({ code: 'not_found' });
  });

  it('takes a ready report once, even when it is enqueued twice', async () => {
    const { outbox, server } = setup();
    const report = createReport('closing', exampleReportData.closing);
    await outbox.enqueue(SHELTER, report);
    await outbox.enqueue(SHELTER, structuredClone(report));
    await expect(
      outbox.enqueue(SHELTER, { ...report, data: { ...report.data, remarks: 'changed' } }),
    ).rejects.toMatchObject({ code: 'id_in_use' });
    await outbox.start();
    await outbox.whenIdle();
    expect(await outbox.enqueue(SHELTER, report)).toEqual({
      ok: true,
      id: report.id,
      status: 'sent',
    });
    expect(server.order).toEqual([report.id]);
  });
});

describe('Outbox: page reloads and tabs', () => {
  it('resends after a reload what a page left `sending`, and the server answers with the same receipt', async () => {
    const databaseName = uniqueDatabaseName();
    const server = createFakeShelterServer();
    const hanging = setup({
      databaseName,
      transport: {
        // The request reaches the server, but the page is gone before the answer arrives.
        send: (request) => {
          server.receive(request);
          return new Promise<never>(() => {});
        },
      },
    }).outbox;
    await hanging.start();
    const id = await queueExample(hanging);
    await tick(20);
    expect(reportStatus(hanging.getSnapshot(), id)).toBe('sending');
    hanging.stop();

    const reloaded = setup({ databaseName, transport: server.transport() }).outbox;
    await reloaded.start();
    expect(reportStatus(reloaded.getSnapshot(), id)).toBe('sending');
    await reloaded.whenIdle();
    expect(reportStatus(reloaded.getSnapshot(), id)).toBe('sent');
    expect(server.order).toEqual([id]);
    expect(reloaded.getSnapshot().sent[0]?.receipt).toEqual(server.stored.get(id)?.receipt);
  });

  it('shows what another tab queued and sent', async () => {
    const bus = channelBus();
    const databaseName = uniqueDatabaseName();
    const a = setup({ databaseName, channel: bus.create() });
    const b = setup({ databaseName, channel: bus.create() });
    b.network.online = false;
    await a.outbox.start();
    await b.outbox.start();
    const id = await queueExample(b.outbox);
    await b.outbox.whenIdle();
    await tick(20);
    expect(reportStatus(a.outbox.getSnapshot(), id)).toBe('queued');
    await a.outbox.sendNow();
    await tick(20);
    expect(reportStatus(b.outbox.getSnapshot(), id)).toBe('sent');
  });
});
