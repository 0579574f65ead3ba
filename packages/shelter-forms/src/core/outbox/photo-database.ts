// Saving, copying and re-queueing photos in the outbox database (part of ./photo-queue, loaded on
// first need). The queueing of a delivered report's photos is in ./photo-schedule.
import type { IDBPDatabase } from 'idb';
import { type PreparedPhoto, readBlob, sha256Hex } from '../photos';
import type { Durability, OutboxDatabase, OutboxSchema, PhotoChanges, PhotoKey } from './database';
import { SEQUENCE_KEY } from './database';
import { photoKey, type Store } from './photo-schedule';
import { OutboxError, type PhotoRecord } from './types';

/** A prepared photo's record and bytes, checked against its SHA-256. */
export async function preparedBytes(
  reportId: string,
  photo: PreparedPhoto,
  now: number,
): Promise<[Omit<PhotoRecord, 'shelterId'>, ArrayBuffer]> {
  const bytes = await readBlob(photo.blob);
  const { sha256, contentType } = photo.reference;
  if ((await sha256Hex(bytes)) !== sha256) throw new TypeError('photo bytes do not match sha256');
  const record = { reportId, sha256, contentType, byteLength: bytes.byteLength, addedAt: now };
  return [{ ...record, status: 'waiting', attempts: 0 }, bytes];
}

type Db = IDBPDatabase<OutboxSchema>;

async function draftOf(reportId: string, tx: ReturnType<typeof photoTransaction>) {
  const entry = await tx.objectStore('reports').get(reportId);
  if (entry?.status === 'draft') return entry;
  const known = entry ?? (await tx.objectStore('sent').get(reportId));
  throw new OutboxError(known ? 'not_draft' : 'not_found', reportId);
}

function photoTransaction(db: Db, durability: Durability) {
  return db.transaction(['reports', 'sent', 'meta', 'photos', 'photoBytes'], 'readwrite', {
    durability,
  });
}

/** Photo operations of the outbox database. */
export class PhotoDatabase {
  constructor(private readonly database: OutboxDatabase) {}

  /** Saves a photo of a draft with its bytes (strict: it must survive a crash before sending). */
  add(photo: Omit<PhotoRecord, 'shelterId'>, bytes: ArrayBuffer): Promise<PhotoChanges> {
    return this.database.run(async (db) => {
      const tx = photoTransaction(db, 'strict');
      const { shelterId } = await draftOf(photo.reportId, tx);
      const record: PhotoRecord = { ...photo, shelterId };
      const existing = await tx.objectStore('photos').get(photoKey(record));
      if (!existing) {
        await Promise.all([
          tx.objectStore('photos').put(record),
          tx
            .objectStore('photoBytes')
            .put({ reportId: record.reportId, sha256: record.sha256, bytes }),
        ]);
      }
      await tx.done;
      return { putPhotos: existing ? [] : [record], removedPhotos: [] };
    });
  }

  /** Deletes a photo of a draft. */
  remove(reportId: string, sha256: string): Promise<PhotoChanges> {
    return this.database.run(async (db) => {
      const tx = photoTransaction(db, 'default');
      await draftOf(reportId, tx);
      const key: PhotoKey = [reportId, sha256];
      await Promise.all([
        tx.objectStore('photos').delete(key),
        tx.objectStore('photoBytes').delete(key),
      ]);
      await tx.done;
      return { putPhotos: [], removedPhotos: [key] };
    });
  }

  /** Copies every photo of one report to a new draft (a correction carries the photos along). */
  copy(from: string, to: string, now: number): Promise<PhotoChanges> {
    return this.database.run(async (db) => {
      const tx = photoTransaction(db, 'strict');
      await draftOf(to, tx);
      const changes: PhotoChanges = { putPhotos: [], removedPhotos: [] };
      const photos = await tx.objectStore('photos').index('report').getAll(from);
      for (const photo of photos) {
        const bytes = await tx.objectStore('photoBytes').get(photoKey(photo));
        if (!bytes) continue;
        const copy: PhotoRecord = {
          reportId: to,
          sha256: photo.sha256,
          shelterId: photo.shelterId,
          contentType: photo.contentType,
          byteLength: photo.byteLength,
          status: 'waiting',
          addedAt: now,
          attempts: 0,
        };
        await Promise.all([
          tx.objectStore('photos').put(copy),
          tx.objectStore('photoBytes').put({ ...bytes, reportId: to }),
        ]);
        changes.putPhotos.push(copy);
      }
      await tx.done;
      return changes;
    });
  }

  /** The bytes of a photo, if this device has them. */
  bytes(reportId: string, sha256: string): Promise<ArrayBuffer | undefined> {
    return this.database.run(async (db) => (await db.get('photoBytes', [reportId, sha256]))?.bytes);
  }

  /**
   * Changes one photo record in a transaction (`change` gets the stored one and the next queue
   * number, and answers the new record, or undefined to leave it).
   */
  change(
    key: PhotoKey,
    change: (current: PhotoRecord | undefined, next: () => number) => PhotoRecord | undefined,
    durability: Durability,
  ): Promise<PhotoChanges> {
    return this.changeMany(
      async (photos) => [await photos.get(key)],
      (current, next) => change(current, next),
      durability,
    );
  }

  /** Puts a report's refused photos back at the end of the upload queue. */
  requeueRefused(reportId: string): Promise<PhotoChanges> {
    return this.changeMany(
      (photos) => photos.index('report').getAll(reportId),
      (photo, next) => {
        if (photo?.status !== 'needs_attention') return undefined;
        const { attention: _attention, ...rest } = photo;
        return { ...rest, status: 'waiting', attempts: 0, upload: next() };
      },
      'strict',
    );
  }

  private changeMany(
    read: (photos: Store<'photos'>) => Promise<(PhotoRecord | undefined)[]>,
    change: (current: PhotoRecord | undefined, next: () => number) => PhotoRecord | undefined,
    durability: Durability,
  ): Promise<PhotoChanges> {
    return this.database.run(async (db) => {
      const tx = db.transaction(['meta', 'photos'], 'readwrite', { durability });
      const photos = tx.objectStore('photos');
      const meta = tx.objectStore('meta');
      let sequence = ((await meta.get(SEQUENCE_KEY)) as number | undefined) ?? 0;
      const start = sequence;
      const next = () => {
        sequence += 1;
        return sequence;
      };
      const putPhotos: PhotoRecord[] = [];
      for (const current of await read(photos as unknown as Store<'photos'>)) {
        const updated = change(current, next);
        if (!updated) continue;
        await photos.put(updated);
        putPhotos.push(updated);
      }
      if (sequence !== start) await meta.put(sequence, SEQUENCE_KEY);
      await tx.done;
      return { putPhotos, removedPhotos: [] };
    });
  }
}
