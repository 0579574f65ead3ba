import {
  type Durability,
  type OutboxDatabase,
  OutboxStorageError,
  type PhotoChanges,
} from './database';
import type { OutboxChannel } from './environment';
import { buildSnapshot, type OutboxState } from './snapshot';
import type { OutboxEntry, OutboxSnapshot, PhotoRecord, SentEntry } from './types';

const initialState: OutboxState = { connectivity: 'unknown', syncing: false, storage: {} };

/** The mirror's key of a photo. */
export function photoMapKey(reportId: string, sha256: string): string {
  return `${reportId}/${sha256}`;
}

/**
 * The outbox's in-memory mirror of IndexedDB and its subscribable snapshot. Local writes go through
 * {@link OutboxStore.write} and update the mirror directly (no re-read per write, so flushing a long
 * queue stays linear); other tabs' writes arrive as a `changed` message and trigger a re-read.
 */
export class OutboxStore {
  readonly entries = new Map<string, OutboxEntry>();
  readonly sentLog = new Map<string, SentEntry>();
  /** Photo records (without bytes), by {@link photoMapKey}. */
  readonly photos = new Map<string, PhotoRecord>();
  private readonly listeners = new Set<() => void>();
  private state: OutboxState = initialState;
  private snapshot: OutboxSnapshot = buildSnapshot(false, [], [], [], initialState);
  private ready = false;
  /** Local changes made while a reload reads, replayed over what it read. */
  private readonly replayLogs = new Set<((entries: OutboxStore) => void)[]>();
  private reloading: Promise<void> | undefined;
  private reloadAgain = false;

  constructor(
    private readonly db: OutboxDatabase,
    private readonly channel: OutboxChannel | undefined,
  ) {}

  /** Registers a listener called after every snapshot change; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current immutable snapshot. */
  readonly getSnapshot = (): OutboxSnapshot => this.snapshot;

  /** The loop and storage state. */
  get current(): OutboxState {
    return this.state;
  }

  /** Changes loop or storage state and notifies. */
  setState(patch: Partial<OutboxState>) {
    this.state = { ...this.state, ...patch };
    this.publish();
  }

  /** Rebuilds the snapshot and notifies listeners. */
  publish() {
    this.snapshot = buildSnapshot(
      this.ready,
      this.entries.values(),
      this.sentLog.values(),
      this.photos.values(),
      this.state,
    );
    for (const listener of [...this.listeners]) listener();
  }

  /** Writes through the database, mirrors the change in memory and tells the other tabs. */
  async write(
    ids: readonly string[],
    change: Parameters<OutboxDatabase['change']>[1],
    durability: Durability,
  ): Promise<{ put: OutboxEntry[]; remove: string[] }> {
    try {
      const result = await this.db.change(ids, change, durability);
      const apply = (store: OutboxStore) => {
        for (const entry of result.put) store.entries.set(entry.id, entry);
        for (const id of result.remove) store.entries.delete(id);
        store.mirrorPhotos(result);
      };
      apply(this);
      for (const log of this.replayLogs) log.push(apply);
      this.noteStorage(undefined);
      if (result.put.length || result.remove.length) this.channel?.post({ type: 'changed' });
      return result;
    } catch (error) {
      if (error instanceof OutboxStorageError) this.noteStorage(error.problem);
      throw error;
    }
  }

  /** Mirrors a delivery recorded by {@link OutboxDatabase.deliver}. */
  delivered(record: SentEntry, photos?: PhotoChanges) {
    const apply = (store: OutboxStore) => {
      store.entries.delete(record.id);
      store.sentLog.set(record.id, record);
      if (photos) store.mirrorPhotos(photos);
    };
    apply(this);
    for (const log of this.replayLogs) log.push(apply);
    this.channel?.post({ type: 'changed' });
  }

  /** Mirrors a photo write made through the database, publishes and tells the other tabs. */
  photosChanged(changes: PhotoChanges) {
    if (!changes.putPhotos.length && !changes.removedPhotos.length) return;
    const apply = (store: OutboxStore) => store.mirrorPhotos(changes);
    apply(this);
    for (const log of this.replayLogs) log.push(apply);
    this.publish();
    this.channel?.post({ type: 'changed' });
  }

  private mirrorPhotos(changes: Partial<PhotoChanges>) {
    for (const photo of changes.putPhotos ?? [])
      this.photos.set(photoMapKey(photo.reportId, photo.sha256), photo);
    for (const [reportId, sha256] of changes.removedPhotos ?? [])
      this.photos.delete(photoMapKey(reportId, sha256));
  }

  /** Shows (or clears) a storage problem: quota full, or IndexedDB unavailable. */
  noteStorage(problem: 'quota_exceeded' | 'unavailable' | undefined) {
    if (this.state.storage.problem === problem) return this.publish();
    const { problem: _old, ...storage } = this.state.storage;
    this.setState({ storage: problem ? { ...storage, problem } : storage });
  }

  /**
   * Re-reads the database (on start, and when another tab changed it). At most one read runs, and
   * one more follows if asked meanwhile: messages come in bursts (several per report a tab sends),
   * and two overlapping reads could finish out of order and show the older one.
   */
  requestReload(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      do {
        this.reloadAgain = false;
        await this.reload();
      } while (this.reloadAgain);
    })().finally(() => {
      this.reloading = undefined;
    });
    return this.reloading;
  }

  /** Re-reads everything from IndexedDB; only through requestReload, so reads never overlap. */
  private async reload(): Promise<void> {
    const log: ((store: OutboxStore) => void)[] = [];
    this.replayLogs.add(log);
    let stored: Awaited<ReturnType<OutboxDatabase['loadAll']>>;
    try {
      stored = await this.db.loadAll();
    } catch (error) {
      if (error instanceof OutboxStorageError) this.noteStorage(error.problem);
      return;
    } finally {
      this.replayLogs.delete(log);
    }
    this.entries.clear();
    this.sentLog.clear();
    this.photos.clear();
    for (const entry of stored.entries) this.entries.set(entry.id, entry);
    for (const entry of stored.sent) this.sentLog.set(entry.id, entry);
    this.mirrorPhotos({ putPhotos: stored.photos });
    // Our own writes that finished while we read may be missing from it: they are newer, so replay them.
    for (const apply of log) apply(this);
    this.ready = true;
    this.publish();
  }
}
