// The photo side of the outbox database every outbox needs: the keys, the transaction that queues a
// delivered report's photos, and the head of the upload queue. The rest (saving, copying,
// uploading photos) is in ./photo-queue, loaded on first need so a page without photos does not
// download it.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { PhotoReference } from '../validation/damage';
import {
  type OutboxDatabase,
  type OutboxSchema,
  type PhotoChanges,
  type PhotoKey,
  SEQUENCE_KEY,
} from './database';
import type { OutboxEntry, PhotoRecord } from './types';

/** A read-write object store of the outbox database. */
export type Store<Name extends StoreNames<OutboxSchema>> = IDBPObjectStore<
  OutboxSchema,
  ArrayLike<StoreNames<OutboxSchema>>,
  Name,
  'readwrite'
>;

/** The photo uploader and photo storage, loaded on first need (a photo attached or queued). */
export function loadPhotoQueue(): Promise<typeof import('./photo-queue')> {
  return import('./photo-queue');
}

/** The key of a photo record. */
export function photoKey(photo: { reportId: string; sha256: string }): PhotoKey {
  return [photo.reportId, photo.sha256];
}

/** The SHA-256s a report lists in `data.photos`. */
export function listedPhotos(report: OutboxEntry['report']): string[] {
  const photos = (report.data as { photos?: PhotoReference[] }).photos;
  return Array.isArray(photos) ? photos.map((photo) => photo.sha256) : [];
}

function rank(listed: readonly string[], sha256: string): number {
  const index = listed.indexOf(sha256);
  return index === -1 ? listed.length : index;
}

/**
 * In the transaction that delivers a report: its listed photos join the upload queue (after every
 * photo queued before), photos it no longer lists (removed while drafting) are deleted.
 */
export async function schedulePhotoUploads(
  stores: { meta: Store<'meta'>; photos: Store<'photos'>; photoBytes: Store<'photoBytes'> },
  entry: OutboxEntry,
  changes: PhotoChanges,
): Promise<void> {
  const listed = listedPhotos(entry.report);
  // In the order the report lists them: 写真1 first.
  const own = (await stores.photos.index('report').getAll(entry.id)).sort(
    (a, b) => rank(listed, a.sha256) - rank(listed, b.sha256),
  );
  if (own.length === 0) return;
  let sequence = ((await stores.meta.get(SEQUENCE_KEY)) as number | undefined) ?? 0;
  for (const photo of own) {
    if (listed.includes(photo.sha256)) {
      sequence += 1;
      const queued: PhotoRecord = { ...photo, status: 'waiting', upload: sequence };
      await stores.photos.put(queued);
      changes.putPhotos.push(queued);
    } else {
      const key = photoKey(photo);
      await Promise.all([stores.photos.delete(key), stores.photoBytes.delete(key)]);
      changes.removedPhotos.push(key);
    }
  }
  await stores.meta.put(sequence, SEQUENCE_KEY);
}

/** The first photo of the upload queue (photos join it when their report is delivered). */
export function nextPhotoUpload(database: OutboxDatabase): Promise<PhotoRecord | undefined> {
  return database.run(async (db) => {
    const cursor = await db.transaction('photos').store.index('upload').openCursor();
    return cursor?.value;
  });
}
