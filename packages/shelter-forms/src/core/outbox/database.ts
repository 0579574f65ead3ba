import type { DBSchema, IDBPDatabase } from 'idb';
import type { Lease, LeaseStore } from './lock';
import { schedulePhotoUploads } from './photo-schedule';
import type { OutboxEntry, PhotoRecord, Receipt, SentEntry } from './types';

/** The key of a photo: report id and SHA-256. */
export type PhotoKey = [reportId: string, sha256: string];

/** The stored bytes of a photo, apart from its record so reading the records stays light. */
export interface PhotoBytes {
  reportId: string;
  sha256: string;
  bytes: ArrayBuffer;
}

/** The outbox database's stores (version 2 added the photos). */
export interface OutboxSchema extends DBSchema {
  /** Drafts and unsent reports; the `queue` index holds only queued and sending ones. */
  reports: { key: string; value: OutboxEntry; indexes: { queue: number } };
  /** The sent log: delivered reports with their receipts. */
  sent: { key: string; value: SentEntry };
  /** The queue counter and the send lease of the fallback lock. */
  meta: { key: string; value: number | Lease };
  /** Photos of reports; the `upload` index holds those whose report was delivered, until they are. */
  photos: { key: PhotoKey; value: PhotoRecord; indexes: { report: string; upload: number } };
  photoBytes: { key: PhotoKey; value: PhotoBytes; indexes: { report: string } };
}

/** What a write changed besides reports: photo records put and removed (for the mirror). */
export interface PhotoChanges {
  putPhotos: PhotoRecord[];
  removedPhotos: PhotoKey[];
}

/** Why the outbox could not write: the quota is full, or IndexedDB cannot be opened or reopened. */
export class OutboxStorageError extends Error {
  override readonly name = 'OutboxStorageError';
  constructor(
    readonly problem: 'quota_exceeded' | 'unavailable',
    options?: { cause?: unknown },
  ) {
    super(
      problem === 'quota_exceeded'
        ? 'The device storage for unsent reports is full.'
        : 'The device storage for unsent reports cannot be opened.',
      options,
    );
  }
}

/** How hard a write insists on reaching the disk before it counts as done. */
export type Durability = 'strict' | 'default';

/** The key of the queue counter in `meta`, shared by reports and photos. */
export const SEQUENCE_KEY = 'sequence';
/** DOMException names IndexedDB fails with (open, transaction, request or commit). */
const STORAGE_ERRORS = new Set([
  'AbortError',
  'DataCloneError',
  'InvalidStateError',
  'NotFoundError',
  'NotReadableError',
  'SecurityError',
  'TimeoutError',
  'TransactionInactiveError',
  'UnknownError',
  'VersionError',
]);
const LEASE_KEY = 'send-lease';

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null
    ? (error as { name?: string }).name
    : undefined;
}

/**
 * The outbox's IndexedDB database. Every operation reopens the connection once if the browser
 * closed it (iOS does so under memory pressure, firing `close`; later calls throw InvalidStateError)
 * and maps failures to {@link OutboxStorageError}.
 */
export class OutboxDatabase {
  private connection: Promise<IDBPDatabase<OutboxSchema>> | undefined;

  constructor(readonly name: string) {}

  private open(): Promise<IDBPDatabase<OutboxSchema>> {
    // idb is loaded on first use: its module has top-level side effects that would otherwise ride
    // along into every bundle importing anything from this package.
    this.connection ??= import('idb').then(({ openDB }) =>
      openDB<OutboxSchema>(this.name, 2, {
        upgrade(db, oldVersion) {
          if (oldVersion < 1) {
            const reports = db.createObjectStore('reports', { keyPath: 'id' });
            reports.createIndex('queue', 'sequence');
            db.createObjectStore('sent', { keyPath: 'id' });
            db.createObjectStore('meta');
          }
          if (oldVersion < 2) {
            const keyPath = ['reportId', 'sha256'];
            const photos = db.createObjectStore('photos', { keyPath });
            photos.createIndex('report', 'reportId');
            photos.createIndex('upload', 'upload');
            db.createObjectStore('photoBytes', { keyPath }).createIndex('report', 'reportId');
          }
        },
        // A newer version in another tab wants to upgrade: step aside, reopen on next use.
        blocking: () => this.close(),
        terminated: () => {
          this.connection = undefined;
        },
      }),
    );
    return this.connection;
  }

  /** Runs an operation on the open database (reopened once if closed), mapping storage failures. */
  async run<T>(operation: (db: IDBPDatabase<OutboxSchema>) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await operation(await this.open());
      } catch (error) {
        const name = errorName(error);
        if (name === 'QuotaExceededError')
          throw new OutboxStorageError('quota_exceeded', { cause: error });
        // A closed connection (iOS) or a lost backing store: nothing was written, so reopen and retry once.
        if (attempt === 0 && (name === 'InvalidStateError' || name === 'UnknownError')) {
          this.close();
          continue;
        }
        // Errors of our own callers (a refused state change) pass through untouched.
        if (!name || !STORAGE_ERRORS.has(name)) throw error;
        throw new OutboxStorageError('unavailable', { cause: error });
      }
    }
  }

  /** Every stored entry, sent-log record and photo record (not the photos' bytes). */
  loadAll(): Promise<{ entries: OutboxEntry[]; sent: SentEntry[]; photos: PhotoRecord[] }> {
    return this.run(async (db) => {
      const tx = db.transaction(['reports', 'sent', 'photos'], 'readonly');
      const [entries, sent, photos] = await Promise.all([
        tx.objectStore('reports').getAll(),
        tx.objectStore('sent').getAll(),
        tx.objectStore('photos').getAll(),
        tx.done,
      ]);
      return { entries, sent, photos };
    });
  }

  /** The stored entry or sent record with this id. */
  find(id: string): Promise<{ entry?: OutboxEntry; sent?: SentEntry }> {
    return this.run(async (db) => {
      const tx = db.transaction(['reports', 'sent'], 'readonly');
      const [entry, sent] = await Promise.all([
        tx.objectStore('reports').get(id),
        tx.objectStore('sent').get(id),
        tx.done,
      ]);
      return { ...(entry ? { entry } : {}), ...(sent ? { sent } : {}) };
    });
  }

  /** The first entry of the send queue. */
  nextQueued(): Promise<OutboxEntry | undefined> {
    return this.run(async (db) => {
      const cursor = await db.transaction('reports').store.index('queue').openCursor();
      return cursor?.value;
    });
  }

  /**
   * Reads, changes and writes entries in one transaction, so two tabs never interleave. `change`
   * gets the stored entries (undefined when missing) and the next queue numbers, and returns the
   * entries to put and the ids to delete.
   */
  change(
    ids: readonly string[],
    change: (
      current: (OutboxEntry | undefined)[],
      nextSequence: () => number,
    ) => { put?: OutboxEntry[]; remove?: string[] },
    durability: Durability,
  ): Promise<{ put: OutboxEntry[]; remove: string[] } & PhotoChanges> {
    return this.run(async (db) => {
      const tx = db.transaction(['reports', 'meta', 'sent', 'photos', 'photoBytes'], 'readwrite', {
        durability,
      });
      const reports = tx.objectStore('reports');
      const meta = tx.objectStore('meta');
      const current = await Promise.all(ids.map((id) => reports.get(id)));
      let sequence = ((await meta.get(SEQUENCE_KEY)) as number | undefined) ?? 0;
      const startSequence = sequence;
      const { put = [], remove = [] } = change(current, () => {
        sequence += 1;
        return sequence;
      });
      const writes: Promise<unknown>[] = [];
      for (const entry of put) writes.push(reports.put(entry));
      for (const id of remove) writes.push(reports.delete(id));
      if (sequence !== startSequence) writes.push(meta.put(sequence, SEQUENCE_KEY));
      // A report that leaves the device unsent (discarded, replaced) takes its photos along.
      const removedPhotos: PhotoKey[] = [];
      for (const id of remove) {
        for (const key of await tx.objectStore('photos').index('report').getAllKeys(id)) {
          removedPhotos.push(key);
          writes.push(
            tx.objectStore('photos').delete(key),
            tx.objectStore('photoBytes').delete(key),
          );
        }
      }
      await Promise.all([...writes, tx.done]);
      return { put, remove, putPhotos: [], removedPhotos };
    });
  }

  /**
   * Moves a report from the queue to the sent log in one strict transaction. Answers the sent
   * record, or the existing one when another tab recorded the delivery first.
   */
  deliver(
    id: string,
    receipt: Receipt,
    sentAt: number,
  ): Promise<{ record: SentEntry | undefined } & PhotoChanges> {
    return this.run(async (db) => {
      const tx = db.transaction(['reports', 'sent', 'meta', 'photos', 'photoBytes'], 'readwrite', {
        durability: 'strict',
      });
      const reports = tx.objectStore('reports');
      const sent = tx.objectStore('sent');
      const [entry, existing] = await Promise.all([reports.get(id), sent.get(id)]);
      let record = existing;
      const changes: PhotoChanges = { putPhotos: [], removedPhotos: [] };
      if (entry) {
        record = { id, shelterId: entry.shelterId, report: entry.report, receipt, sentAt };
        await Promise.all([reports.delete(id), sent.put(record)]);
        const stores = {
          meta: tx.objectStore('meta'),
          photos: tx.objectStore('photos'),
          photoBytes: tx.objectStore('photoBytes'),
        };
        await schedulePhotoUploads(stores as never, entry, changes);
      }
      await tx.done;
      return { record, ...changes };
    });
  }

  /** The lease record of the fallback send lock. */
  readonly lease: LeaseStore = {
    update: (next) =>
      this.run(async (db) => {
        const tx = db.transaction('meta', 'readwrite');
        const current = (await tx.store.get(LEASE_KEY)) as Lease | undefined;
        const value = next(current);
        if (value === undefined) {
          await tx.done;
          return false;
        }
        await (value === null ? tx.store.delete(LEASE_KEY) : tx.store.put(value, LEASE_KEY));
        await tx.done;
        return true;
      }),
  };

  /** Closes the connection; the next operation opens a new one. */
  close() {
    const connection = this.connection;
    this.connection = undefined;
    connection?.then((db) => db.close()).catch(() => undefined);
  }
}
