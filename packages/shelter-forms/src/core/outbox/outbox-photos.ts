import type { PreparedPhoto } from '../photos';
import { type OutboxDatabase, OutboxStorageError, type PhotoChanges } from './database';
import { PhotoDatabase, preparedBytes } from './photo-database';
import { type OutboxStore, photoMapKey } from './store';

/**
 * The outbox's photo operations on drafts and delivered reports, part of ./photo-queue (loaded on
 * first use): a page that never has a photo never loads it, and a page after a reload loads it as
 * soon as a photo waits in the upload queue.
 */
export class OutboxPhotos {
  constructor(
    private readonly db: OutboxDatabase,
    private readonly store: OutboxStore,
    private readonly now: () => number,
  ) {}

  /** Saves a prepared photo of a draft with its bytes (strict durability). */
  async attach(reportId: string, photo: PreparedPhoto): Promise<void> {
    const prepared = await preparedBytes(reportId, photo, this.now());
    await this.write(() => new PhotoDatabase(this.db).add(...prepared));
  }

  /** Deletes a photo of a draft. */
  async remove(reportId: string, sha256: string): Promise<void> {
    await this.write(() => new PhotoDatabase(this.db).remove(reportId, sha256));
  }

  /** Copies a report's photos to its correction (a draft). */
  async copy(from: string, to: string): Promise<void> {
    await this.write(() => new PhotoDatabase(this.db).copy(from, to, this.now()));
  }

  /** A photo's bytes as a Blob of its type, if this device has them. */
  async get(reportId: string, sha256: string): Promise<Blob | undefined> {
    const bytes = await new PhotoDatabase(this.db).bytes(reportId, sha256);
    const type = this.store.photos.get(photoMapKey(reportId, sha256))?.contentType;
    return bytes && new Blob([bytes], type ? { type } : {});
  }

  /** Puts a delivered report's refused photos back in the upload queue. */
  async requeueRefused(reportId: string): Promise<void> {
    await this.write(() => new PhotoDatabase(this.db).requeueRefused(reportId));
  }

  private async write(write: () => Promise<PhotoChanges>): Promise<void> {
    try {
      this.store.photosChanged(await write());
      this.store.noteStorage(undefined);
    } catch (error) {
      if (error instanceof OutboxStorageError) this.store.noteStorage(error.problem);
      throw error;
    }
  }
}
