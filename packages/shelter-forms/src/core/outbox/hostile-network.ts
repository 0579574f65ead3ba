// The hostile-network harness of the outbox's property tests (fake-indexeddb in unit tests, real
// IndexedDB in Chromium). The outbox's promise: every report typed at a shelter reaches HQ exactly
// once, none is lost, and each shelter's reports arrive in the order they were queued — whatever
// the network drops, delays, duplicates or answers with 5xx, across page reloads in the middle of
// a send and two tabs sharing one database. Damage reports carry photos: each is stored
// once per (report, SHA-256) and none is lost either.
import fc from 'fast-check';
import { expect, vi } from 'vitest';
import { createFakeShelterServer } from '../testing/fake-server';
import { exampleReportData } from '../validation/fixtures';
import { memorySendLock, type SendLock } from './lock';
import { Outbox } from './outbox';
import {
  channelBus,
  examplePhoto,
  OTHER_SHELTER,
  SHELTER,
  tick,
  uniqueDatabaseName,
} from './test-support';
import { interpretPhotoResponse, interpretResponse } from './transport';
import type { PhotoSendRequest, PhotoSendResult, SendResult } from './types';

/** What happens to one request. */
export type Fault =
  | 'ok'
  | 'drop_request'
  | 'drop_response'
  | 'duplicate'
  | 'server_error'
  | 'delay'
  | 'reload';
/** One thing the driver does. */
export type Step =
  | {
      type: 'submit';
      tab: number;
      shelter: number;
      kind: 'status' | 'closing' | 'damage';
      photos: number;
    }
  | { type: 'flush'; tab: number }
  | { type: 'late' };

/** Faults of one request through the hostile network. */
export const faultArbitrary = fc.constantFrom<Fault>(
  'ok',
  'ok',
  'drop_request',
  'drop_response',
  'duplicate',
  'server_error',
  'delay',
  'reload',
);
/** What the people at the shelter do: submit reports (some with photos), press send, or a late packet. */
export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('submit' as const),
      tab: fc.nat(1),
      shelter: fc.nat(1),
      kind: fc.constantFrom('status' as const, 'closing' as const, 'damage' as const),
      photos: fc.nat(3),
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('flush' as const), tab: fc.nat(1) }) },
  { weight: 1, arbitrary: fc.constant({ type: 'late' as const }) },
);

interface Tab {
  outbox: Outbox;
  die: () => void;
  death: Promise<void>;
}

/**
 * Runs the steps with one or two tabs (outboxes sharing a database, a lock and a channel) over a
 * network with the planned faults, heals it, and checks that every report and photo was stored
 * exactly once, in order per shelter, and that every tab can prove it. `databaseName` and the
 * lock are fresh per run; IndexedDB is whatever the page has (fake-indexeddb or Chromium's).
 */
export async function runHostileNetwork(
  plannedFaults: readonly Fault[],
  steps: Step[],
  tabCount: number,
) {
  const faults = [...plannedFaults];
  const server = createFakeShelterServer();
  const databaseName = uniqueDatabaseName();
  const bus = channelBus();
  const mutex = memorySendLock();
  const late: (() => void)[] = [];
  const submitted: { id: string; shelterId: string; report: unknown }[] = [];
  /** `reportId/sha256` → the bytes, of every photo submitted. */
  const submittedPhotos = new Map<string, Uint8Array>();
  let photoSeed = 0;
  const conflicts: string[] = [];
  let healed = false;
  let reloads = 0;

  const receive = (request: Parameters<typeof server.receive>[0]): SendResult => {
    const { status, body } = server.receive(structuredClone(request));
    const result = interpretResponse(status, body, request.report.id);
    if (!result.ok && !result.retryable) conflicts.push(`${request.report.id}:${result.reason}`);
    return result;
  };
  const receivePhoto = async (request: PhotoSendRequest): Promise<PhotoSendResult> => {
    const { status, body } = await server.receivePhoto(request);
    const result = interpretPhotoResponse(status, body, request);
    if (!result.ok && !result.retryable) conflicts.push(`${request.sha256}:${result.reason}`);
    return result;
  };

  const tabs: Tab[] = [];
  // Pages being loaded again after a reload; the driver waits for them like a user would.
  const reopening: Promise<void>[] = [];
  const open = async (index: number) => {
    let die = () => {};
    const death = new Promise<void>((resolve) => {
      die = resolve;
    });
    // A dead page's lock is released by the browser; the page's own promise never settles.
    const lock: SendLock = {
      run: (task) => mutex.run(() => Promise.race([task(), death])) as never,
    };
    // One attempt through the hostile network: reports and photos draw from the same faults.
    const withFault = async <T>(deliver: () => Promise<T>, serverError: () => T): Promise<T> => {
      const fault = healed ? 'ok' : (faults.shift() ?? 'ok');
      switch (fault) {
        case 'drop_request':
          return { ok: false, retryable: true, reason: 'network' } as T;
        case 'drop_response':
          await deliver();
          return { ok: false, retryable: true, reason: 'network' } as T;
        case 'duplicate':
          await deliver();
          late.push(() => void deliver());
          return deliver();
        case 'server_error':
          return serverError();
        case 'delay':
          await tick(Math.floor(Math.random() * 4));
          return deliver();
        case 'reload': {
          // The request is on the wire when the page reloads: it may arrive now, later, or never.
          reloads += 1;
          const fate = reloads % 3;
          if (fate === 0) await deliver();
          if (fate === 1) late.push(() => void deliver());
          const tab = tabs[index]!;
          tab.die();
          tab.outbox.stop();
          reopening.push(open(index));
          return new Promise<never>(() => {});
        }
        default:
          return deliver();
      }
    };
    const outbox = new Outbox({
      databaseName,
      lock,
      channel: bus.create(),
      storage: null,
      signals: [],
      transport: {
        send: (request) =>
          withFault(
            () => Promise.resolve(receive(request)),
            () => interpretResponse(503, undefined, request.report.id),
          ),
        sendPhoto: (request) =>
          withFault(
            () => receivePhoto(request),
            () => interpretPhotoResponse(503, undefined, request),
          ),
      },
    });
    tabs[index] = { outbox, die, death };
    await outbox.start();
  };

  for (let index = 0; index < tabCount; index += 1) await open(index);
  const alive = (index: number) => tabs[index % tabCount]!;
  const settle = (tab: Tab, promise: Promise<unknown>) => Promise.race([promise, tab.death]);
  const pending: Promise<unknown>[] = [];

  for (const step of steps) {
    if (step.type === 'submit') {
      const tab = alive(step.tab);
      const shelterId = step.shelter ? OTHER_SHELTER : SHELTER;
      const { photos: _examplePhotos, ...example } = exampleReportData[step.kind] as {
        photos?: unknown;
      };
      const note = `report ${submitted.length}`;
      const data = {
        ...example,
        ...(step.kind === 'damage' ? { description: note } : { remarks: note }),
      };
      const draft = await tab.outbox.createDraft({ shelterId, kind: step.kind, data });
      let report: unknown = draft.report;
      if (step.kind === 'damage' && step.photos > 0) {
        const photos = [];
        for (let n = 0; n < step.photos; n += 1) {
          photoSeed += 1;
          const photo = await examplePhoto(photoSeed);
          await tab.outbox.attachPhoto(draft.id, photo);
          photos.push(photo.reference);
          const bytes = new Uint8Array(await photo.blob.arrayBuffer());
          submittedPhotos.set(`${draft.id}/${photo.reference.sha256}`, bytes);
        }
        report = (await tab.outbox.saveDraft(draft.id, { ...data, photos })).report;
      }
      const result = await tab.outbox.submit(draft.id);
      expect(result.ok).toBe(true);
      submitted.push({ id: draft.id, shelterId, report });
    } else if (step.type === 'flush') {
      const tab = alive(step.tab);
      pending.push(settle(tab, tab.outbox.sendNow()));
    } else {
      late.shift()?.();
    }
    await Promise.all(reopening.splice(0));
  }

  // The network heals; every page keeps pressing "send now" until nothing is left.
  await Promise.all(pending);
  healed = true;
  const incomplete = () =>
    server.stored.size < submitted.length || server.photos.size < submittedPhotos.size;
  for (let round = 0; round < 20 && incomplete(); round += 1) {
    await Promise.all(reopening.splice(0));
    await Promise.all(tabs.map((tab) => settle(tab, tab.outbox.sendNow())));
  }
  for (const deliver of late.splice(0)) deliver();
  await Promise.all(reopening.splice(0));
  await Promise.all(tabs.map((tab) => settle(tab, tab.outbox.sendNow())));
  await tick(10);

  // None lost, none counted twice, nothing else stored.
  expect(conflicts).toEqual([]);
  expect([...server.stored.keys()].sort()).toEqual(submitted.map(({ id }) => id).sort());
  expect(new Set(server.order).size).toBe(server.order.length);
  for (const { id, report } of submitted) expect(server.stored.get(id)?.report).toEqual(report);
  // Each shelter's reports in the order they were queued.
  for (const shelterId of [SHELTER, OTHER_SHELTER]) {
    const queued = submitted.filter((item) => item.shelterId === shelterId).map(({ id }) => id);
    expect(server.order.filter((id) => server.stored.get(id)?.shelterId === shelterId)).toEqual(
      queued,
    );
  }
  // Every photo stored once, with the bytes the device took; none lost, nothing else.
  expect([...server.photos.keys()].sort()).toEqual([...submittedPhotos.keys()].sort());
  expect(new Set(server.photoOrder).size).toBe(server.photoOrder.length);
  for (const [key, bytes] of submittedPhotos) expect(server.photos.get(key)?.bytes).toEqual(bytes);
  // Every page can prove delivery: the sent log holds the server's receipt. Other tabs learn of it
  // through the channel, so their view is eventually (not instantly) complete.
  for (const tab of tabs) {
    await vi.waitFor(
      () => {
        const snapshot = tab.outbox.getSnapshot();
        expect(snapshot).toMatchObject({ ready: true, unsent: 0, unsentPhotos: 0 });
        for (const entry of snapshot.sent)
          for (const photo of entry.photos ?? []) expect(photo.status).toBe('delivered');
        const sent = new Map(snapshot.sent.map((entry) => [entry.id, entry.receipt]));
        for (const { id } of submitted)
          expect(sent.get(id)).toEqual(server.stored.get(id)?.receipt);
      },
      { timeout: 5_000 },
    );
  }
  for (const tab of tabs) tab.outbox.stop();
}
