import { forceCloseDatabase } from 'fake-indexeddb';
import { exampleReportData } from '../validation/fixtures';
import { memorySendLock } from './lock';
import { Outbox, type OutboxOptions } from './outbox';
import { manualClock, SHELTER, uniqueDatabaseName } from './test-support';

const outboxes: Outbox[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const outbox of outboxes.splice(0)) outbox.stop();
});

function create(overrides: Partial<OutboxOptions> = {}) {
  const outbox = new Outbox({
    transport: { send: async () => ({ ok: false, retryable: true, reason: 'network' }) },
    databaseName: uniqueDatabaseName(),
    lock: memorySendLock(),
    channel: null,
    storage: null,
    signals: [],
    clock: manualClock().clock,
    ...overrides,
  });
  outboxes.push(outbox);
  return outbox;
}

/** Connections opened by this test file, to close them the way iOS does. */
function trackConnections() {
  const connections = new Set<IDBDatabase>();
  const original = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    connections.add(this);
    return original.apply(this, args);
  });
  return connections;
}

describe('Outbox: storage', () => {
  it('asks for persistent storage on start and shows the answer and the space used', async () => {
    const persist = vi.fn(async () => true);
    const outbox = create({
      storage: { persist, estimate: async () => ({ usage: 2_048, quota: 1_000_000 }) },
    });
    await outbox.start();
    await vi.waitFor(() => expect(outbox.getSnapshot().storage.persisted).toBe(true));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(outbox.getSnapshot().storage).toEqual({
      persisted: true,
      usage: 2_048,
      quota: 1_000_000,
    });
  });

  it('can leave the request for a user gesture and still report what the browser granted', async () => {
    const persist = vi.fn(async () => false);
    const outbox = create({
      persistOnStart: false,
      storage: { persist, persisted: async () => false },
    });
    await outbox.start();
    await vi.waitFor(() => expect(outbox.getSnapshot().storage.persisted).toBe(false));
    expect(persist).not.toHaveBeenCalled();
    expect(await outbox.requestPersistence()).toBe(false);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('reports a full quota on submit, keeps the draft, and clears the problem once a write succeeds', async () => {
    const outbox = create();
    await outbox.start();
    const draft = await outbox.createDraft({
      shelterId: SHELTER,
      kind: 'status',
      data: exampleReportData.status,
    });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await outbox.submit(draft.id)).toEqual({ ok: false, reason: 'quota_exceeded' });
    expect(outbox.getSnapshot().storage.problem).toBe('quota_exceeded');
    expect(outbox.getSnapshot().entries[0]).toMatchObject({ id: draft.id, status: 'draft' });
    put.mockRestore();
    expect(await outbox.submit(draft.id)).toMatchObject({ ok: true, status: 'queued' });
    expect(outbox.getSnapshot().storage.problem).toBeUndefined();
  });

  it('reopens a connection the browser closed (iOS) and retries the write', async () => {
    const connections = trackConnections();
    const outbox = create();
    await outbox.start();
    const draft = await outbox.createDraft({ shelterId: SHELTER, kind: 'closing' });
    for (const connection of connections) forceCloseDatabase(connection as never);
    await outbox.saveDraft(draft.id, exampleReportData.closing);
    expect(await outbox.submit(draft.id)).toMatchObject({ ok: true });
    expect(outbox.getSnapshot().storage.problem).toBeUndefined();
  });

  it('retries once on a stale connection and says "unavailable" when that fails too', async () => {
    const outbox = create();
    await outbox.start();
    const draft = await outbox.createDraft({ shelterId: SHELTER, kind: 'closing' });
    const stale = () => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    };
    const transaction = vi
      .spyOn(IDBDatabase.prototype, 'transaction')
      .mockImplementationOnce(stale);
    await outbox.saveDraft(draft.id, exampleReportData.closing);
    transaction.mockImplementationOnce(stale).mockImplementationOnce(stale);
    expect(await outbox.submit(draft.id)).toEqual({ ok: false, reason: 'unavailable' });
    expect(outbox.getSnapshot().storage.problem).toBe('unavailable');
    expect(await outbox.submit(draft.id)).toMatchObject({ ok: true });
  });
});
