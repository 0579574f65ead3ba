// Helpers for the component tests (jsdom + fake-indexeddb); not part of the package's API.
import 'fake-indexeddb/auto';
import { memorySendLock } from '../core/outbox/lock';
import { Outbox, type OutboxOptions } from '../core/outbox/outbox';
import { uniqueDatabaseName } from '../core/outbox/test-support';
import { createFakeShelterServer } from '../core/testing/fake-server';

const started: Outbox[] = [];
afterEach(() => {
  for (const outbox of started.splice(0)) outbox.stop();
});

/**
 * A started outbox on a fresh database, sending to an in-memory server with the real idempotency
 * rules through a network the test switches on and off. Receipts are stamped 10:42 on 2026-12-01.
 */
export async function testOutbox(options: { online?: boolean } & Partial<OutboxOptions> = {}) {
  const network = { online: options.online ?? false };
  const server = createFakeShelterServer({ now: () => new Date('2026-12-01T10:42:00+09:00') });
  const outbox = new Outbox({
    transport: server.transport({ online: () => network.online }),
    probe: async () => network.online,
    databaseName: uniqueDatabaseName(),
    lock: memorySendLock(),
    channel: null,
    storage: null,
    signals: [],
    ...options,
  });
  started.push(outbox);
  await outbox.start();
  return {
    outbox,
    server,
    /** Brings the network back (or takes it away) and presses "send now". */
    async setOnline(online: boolean) {
      network.online = online;
      await outbox.sendNow();
    },
  };
}

/** The form clock: 2026-12-01 12:05 in Tokyo. */
export const testNow = () => new Date('2026-12-01T12:05:00+09:00');
