// The outbox on Chromium's real IndexedDB, Web Locks and BroadcastChannel (vitest.browser.config.ts):
// what fake-indexeddb cannot prove — strict durability reaching the browser, a reload reading what
// the last page wrote, two tabs in one page, photo bytes stored and read back.
import fc from 'fast-check';
import { examplePhoto, queueDamageWithPhotos } from '../testing/example-photo';
import { createFakeShelterServer } from '../testing/fake-server';
import { exampleReportData } from '../validation/fixtures';
import { faultArbitrary, runHostileNetwork, stepArbitrary } from './hostile-network';
import { Outbox, type OutboxOptions } from './outbox';
import { SHELTER, uniqueDatabaseName } from './test-support';

const outboxes: Outbox[] = [];
afterEach(() => {
  for (const outbox of outboxes.splice(0)) outbox.stop();
});

/** An outbox as a page makes it: browser lock, channel and IndexedDB; no storage prompts. */
function page(databaseName: string, options: Partial<OutboxOptions> = {}) {
  const outbox = new Outbox({
    transport: createFakeShelterServer().transport(),
    databaseName,
    storage: null,
    signals: [],
    ...options,
  });
  outboxes.push(outbox);
  return outbox;
}

async function queue(outbox: Outbox, remarks: string) {
  const draft = await outbox.createDraft({
    shelterId: SHELTER,
    kind: 'status',
    data: { ...exampleReportData.status, remarks },
  });
  expect(await outbox.submit(draft.id)).toMatchObject({ ok: true });
  return draft.id;
}

describe('Outbox on Chromium IndexedDB', () => {
  it('runs on the browser’s own IndexedDB, Web Locks and BroadcastChannel', () => {
    expect(Object.prototype.toString.call(indexedDB)).toBe('[object IDBFactory]');
    expect(indexedDB.constructor.name).toBe('IDBFactory');
    expect(typeof navigator.locks?.request).toBe('function');
    expect(typeof BroadcastChannel).toBe('function');
  });

  it('queues a report in a strict-durability transaction before any network attempt', async () => {
    const seen: { mode: IDBTransactionMode; durability: string; sent: number }[] = [];
    let sent = 0;
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
      const tx = original.apply(this, args as Parameters<typeof original>);
      seen.push({ mode: tx.mode, durability: tx.durability, sent });
      return tx;
    } as typeof original;
    try {
      const server = createFakeShelterServer();
      const fake = server.transport();
      const outbox = page(uniqueDatabaseName(), {
        transport: {
          send(request) {
            sent += 1;
            return fake.send(request);
          },
        },
      });
      await outbox.start();
      const id = await queue(outbox, 'strict');
      await outbox.whenIdle();
      expect(server.order).toEqual([id]);
    } finally {
      IDBDatabase.prototype.transaction = original;
    }
    // The queueing write (and the delivery) went to disk with strict durability, and the first
    // strict write happened while nothing had been sent.
    const strict = seen.filter((tx) => tx.mode === 'readwrite' && tx.durability === 'strict');
    expect(strict.length).toBeGreaterThanOrEqual(2);
    expect(strict[0]?.sent).toBe(0);
  });

  it('a reload (a new outbox over the same database) finds the queued reports and photos and sends each once', async () => {
    const databaseName = uniqueDatabaseName();
    const server = createFakeShelterServer();
    const online = { value: false };
    const transport = server.transport({ online: () => online.value });
    const first = page(databaseName, { transport, probe: async () => online.value });
    await first.start();
    const ids = [await queue(first, 'one'), await queue(first, 'two')];
    const photos = [await examplePhoto(1), await examplePhoto(2)];
    const damage = await queueDamageWithPhotos(first, SHELTER, photos);
    await first.whenIdle();
    expect(server.order).toEqual([]);
    first.stop();

    online.value = true;
    const reloaded = page(databaseName, { transport, probe: async () => online.value });
    await reloaded.start();
    expect(reloaded.getSnapshot().unsent).toBe(3);
    await reloaded.sendNow();
    await reloaded.whenIdle();
    expect(server.order).toEqual([...ids, damage]);
    expect(server.photoOrder).toEqual(photos.map((p) => `${damage}/${p.reference.sha256}`));
    const bytes = new Uint8Array(await photos[1]!.blob.arrayBuffer());
    expect(server.photos.get(`${damage}/${photos[1]!.reference.sha256}`)?.bytes).toEqual(bytes);
    expect(reloaded.getSnapshot()).toMatchObject({ unsent: 0, unsentPhotos: 0 });
  });

  it('two tabs in one page share the database: each report is sent once and both prove it', async () => {
    const databaseName = uniqueDatabaseName();
    const server = createFakeShelterServer();
    const transport = server.transport({ latencyMs: 5 });
    const tabA = page(databaseName, { transport });
    const tabB = page(databaseName, { transport });
    await Promise.all([tabA.start(), tabB.start()]);
    const ids = await Promise.all([
      queue(tabA, 'a1'),
      queue(tabB, 'b1'),
      queue(tabA, 'a2'),
      queue(tabB, 'b2'),
    ]);
    await Promise.all([tabA.sendNow(), tabB.sendNow(), tabA.sendNow()]);
    await Promise.all([tabA.whenIdle(), tabB.whenIdle()]);
    await vi.waitFor(() => expect(server.order).toHaveLength(4), { timeout: 10_000 });
    expect([...server.order].sort()).toEqual([...ids].sort());
    for (const tab of [tabA, tabB]) {
      await vi.waitFor(
        () => {
          const snapshot = tab.getSnapshot();
          expect(snapshot.unsent).toBe(0);
          expect(snapshot.sent.map((entry) => entry.id).sort()).toEqual([...ids].sort());
        },
        { timeout: 10_000 },
      );
    }
  });

  it('delivers every report and photo exactly once under a hostile network with reloads and two tabs (property, fewer runs)', async () => {
    for (const tabs of [1, 2]) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(faultArbitrary, { maxLength: 30 }),
          fc.array(stepArbitrary, { minLength: 1, maxLength: 12 }),
          (faults, steps) => runHostileNetwork(faults, steps, tabs),
        ),
        { numRuns: 25 },
      );
    }
  }, 240_000);
});
