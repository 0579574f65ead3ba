// Pruning the sent log, loaded by `import()` when an app prunes (not with every outbox).
import type { OutboxDatabase, PhotoKey } from './database';
import { type OutboxStore, photoMapKey } from './store';

/** Prunes the sent log (see {@link pruneSentLog}) and updates the outbox's mirror. */
export async function pruneSent(
  database: OutboxDatabase,
  store: OutboxStore,
  before: number,
): Promise<void> {
  const { removed, removedPhotos } = await pruneSentLog(database, before);
  for (const id of removed) store.sentLog.delete(id);
  for (const [reportId, sha256] of removedPhotos)
    store.photos.delete(photoMapKey(reportId, sha256));
  store.publish();
}

/**
 * Deletes sent-log records delivered before `before` (ms since the epoch), with their photos,
 * except records whose photos have not all been delivered yet.
 */
function pruneSentLog(
  database: OutboxDatabase,
  before: number,
): Promise<{ removed: string[]; removedPhotos: PhotoKey[] }> {
  return database.run(async (db) => {
    const tx = db.transaction(['sent', 'photos', 'photoBytes'], 'readwrite');
    const photos = tx.objectStore('photos');
    const removed: string[] = [];
    const removedPhotos: PhotoKey[] = [];
    for await (const cursor of tx.objectStore('sent')) {
      if (cursor.value.sentAt >= before) continue;
      const own = await photos.index('report').getAll(cursor.value.id);
      if (own.some((photo) => photo.status !== 'delivered')) continue;
      removed.push(cursor.value.id);
      await cursor.delete();
      for (const photo of own) {
        const key: PhotoKey = [photo.reportId, photo.sha256];
        removedPhotos.push(key);
        await Promise.all([photos.delete(key), tx.objectStore('photoBytes').delete(key)]);
      }
    }
    await tx.done;
    return { removed, removedPhotos };
  });
}
