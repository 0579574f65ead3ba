import { formatTokyoIso } from '@machi-dx/ui/core';
import type { ReportKind } from '../kinds';
import type { PreparedPhoto } from '../photos';
import { isNationalShelterId } from '../shelter-id';
import { uuidv7 } from '../uuid';
import { currentFormVersions, type ReportDataByKind, validateReport } from '../validation/report';
import type { BackoffOptions } from './backoff';
import { OutboxDatabase, OutboxStorageError } from './database';
import {
  broadcastChannel,
  browserResumeSignals,
  browserStorageManager,
  type OutboxChannel,
  type OutboxClock,
  type ResumeSignal,
  readStorageState,
  type StorageManagerLike,
  systemClock,
} from './environment';
import { defaultSendLock, type SendLock } from './lock';
import type { OutboxPhotos } from './outbox-photos';
import { loadPhotoQueue } from './photo-schedule';
import { sameReport } from './same-report';
import { SendScheduler } from './scheduler';
import { OutboxStore } from './store';
import type { OutboxExportFile } from './transfer';
import {
  type ConnectivityProbe,
  type DraftInput,
  type ImportResult,
  type OutboxEntry,
  OutboxError,
  type OutboxSnapshot,
  type SubmitResult,
  type Transport,
} from './types';

/** Options of {@link Outbox}. Everything from the browser can be replaced, for tests or other hosts. */
export interface OutboxOptions {
  /** Delivers reports; usually {@link createFetchTransport}. */
  transport: Transport;
  /** Checks the server is reachable before a send pass; usually {@link createPingProbe}. */
  probe?: ConnectivityProbe;
  /** IndexedDB database name. Default `machi-dx-shelter-outbox`. */
  databaseName?: string;
  /** Default: Web Locks where available, else a lease in IndexedDB announced on the channel. */
  lock?: SendLock;
  /** Default: a BroadcastChannel named after the database; `null` for none. */
  channel?: OutboxChannel | null;
  /** Default: `online`, visibility and back/forward-cache restore in the browser. */
  signals?: readonly ResumeSignal[];
  /** Default: `navigator.storage`; `null` for none. */
  storage?: StorageManagerLike | null;
  /** Ask for persistent storage on start (default true); otherwise call `requestPersistence()`. */
  persistOnStart?: boolean;
  clock?: Partial<OutboxClock>;
  backoff?: Partial<BackoffOptions>;
  /** Report id generator. Default UUIDv7. */
  createId?: () => string;
}

/**
 * The shelter outbox: every report is written to IndexedDB before any network attempt and leaves
 * it only after the server acknowledged it. Sending runs one report at a time in queue order, in
 * one tab at a time, with backoff, and resumes on start, `online`, visibility, a timer and
 * {@link Outbox.sendNow}. Subscribe with `subscribe`/`getSnapshot` (e.g. `useSyncExternalStore`).
 */
export class Outbox {
  private readonly db: OutboxDatabase;
  private readonly store: OutboxStore;
  private readonly scheduler: SendScheduler;
  private readonly clock: OutboxClock;
  private readonly channel: OutboxChannel | undefined;
  private readonly storageManager: StorageManagerLike | undefined;
  private readonly createId: () => string;
  private readonly cleanups: (() => void)[] = [];
  private started = false;

  constructor(private readonly options: OutboxOptions) {
    const name = options.databaseName ?? 'machi-dx-shelter-outbox';
    this.db = new OutboxDatabase(name);
    this.clock = { ...systemClock, ...options.clock };
    this.createId = options.createId ?? uuidv7;
    this.channel =
      options.channel === null ? undefined : (options.channel ?? broadcastChannel(name));
    this.storageManager =
      options.storage === null ? undefined : (options.storage ?? browserStorageManager());
    this.store = new OutboxStore(this.db, this.channel);
    this.scheduler = new SendScheduler({
      db: this.db,
      store: this.store,
      transport: options.transport,
      probe: options.probe,
      lock:
        options.lock ??
        defaultSendLock({
          name,
          lease: this.db.lease,
          owner: this.createId(),
          now: () => this.clock.now(),
          channel: this.channel,
        }),
      clock: this.clock,
      backoff: options.backoff,
    });
    this.subscribe = this.store.subscribe;
    this.getSnapshot = this.store.getSnapshot;
  }

  /** Registers a listener called after every snapshot change; returns the unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;

  /** The current immutable snapshot (a new object after every change). */
  readonly getSnapshot: () => OutboxSnapshot;

  /** Reads the stored reports, listens for resume signals and other tabs, and starts sending. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    // Listen before the first read, so a change another tab makes meanwhile is not missed.
    const unsubscribe = this.channel?.subscribe((message) => {
      if (message.type === 'changed') void this.store.requestReload();
    });
    if (unsubscribe) this.cleanups.push(unsubscribe);
    await this.store.requestReload();
    for (const signal of this.options.signals ?? [browserResumeSignals]) {
      this.cleanups.push(signal((trigger) => void this.scheduler.kick(trigger)));
    }
    if (this.options.persistOnStart !== false) void this.requestPersistence();
    else void this.refreshStorage();
    void this.scheduler.kick('start');
  }

  /** Stops listening and sending and closes the database; stored reports stay for the next start. */
  stop(): void {
    this.scheduler.stop();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.channel?.close();
    this.db.close();
  }

  /** Creates a draft with a new report id and creation time (when the form is created). */
  async createDraft<K extends ReportKind>(
    input: DraftInput<K>,
    replaces?: string[],
  ): Promise<OutboxEntry<K>> {
    if (!isNationalShelterId(input.shelterId))
      throw new TypeError(`Not a national shelter ID: ${input.shelterId}`);
    const now = this.clock.now();
    const report = {
      id: this.createId(),
      kind: input.kind,
      formVersion: currentFormVersions[input.kind],
      createdAt: formatTokyoIso(new Date(now)),
      ...(input.supersedes ? { supersedes: input.supersedes } : {}),
      data: input.data ?? {},
    };
    const entry = {
      id: report.id,
      shelterId: input.shelterId,
      status: 'draft',
      report,
      updatedAt: now,
      attempts: 0,
      ...(replaces?.length ? { replaces } : {}),
    } as unknown as OutboxEntry<K>;
    await this.store.write([entry.id], () => ({ put: [entry] }), 'default');
    return entry;
  }

  /** Saves a draft's data (autosave on every change); only drafts can change. */
  async saveDraft<K extends ReportKind>(
    id: string,
    data: Partial<ReportDataByKind[K]>,
  ): Promise<OutboxEntry> {
    const { put } = await this.store.write(
      [id],
      ([current]) => {
        if (current?.status !== 'draft')
          throw new OutboxError(current ? 'not_draft' : 'not_found', id);
        const report = { ...current.report, data } as unknown as OutboxEntry['report'];
        return { put: [{ ...current, report, updatedAt: this.clock.now() }] };
      },
      'default',
    );
    return put[0]!;
  }

  /** Validates a draft and queues it (strict durability), then starts sending. */
  async submit(id: string): Promise<SubmitResult> {
    let invalid: SubmitResult | undefined;
    const result = await this.queue([id], ([current], next, removeReplaced) => {
      if (current?.status !== 'draft')
        throw new OutboxError(current ? 'not_draft' : 'not_found', id);
      const validation = validateReport(current.report);
      if (!validation.ok) {
        invalid = { ok: false, reason: 'invalid', errors: validation.errors };
        return {};
      }
      return { put: [this.queued(current, next())], remove: removeReplaced(current) };
    });
    return invalid ?? result;
  }

  /** Queues a complete report made elsewhere. The same report again is a no-op; other content under its id is refused. */
  async enqueue(shelterId: string, report: unknown): Promise<SubmitResult> {
    const validation = validateReport(report);
    if (!validation.ok) return { ok: false, reason: 'invalid', errors: validation.errors };
    const id = validation.value.id;
    const known = await this.db.find(id);
    if (known.sent) {
      if (!sameReport(known.sent.report, report)) throw new OutboxError('id_in_use', id);
      return { ok: true, id, status: 'sent' };
    }
    return this.queue([id], ([current], next) => {
      if (current && !sameReport(current.report, report)) throw new OutboxError('id_in_use', id);
      // Already queued: nothing to do. A draft of the very same report: queue it.
      if (current && current.status !== 'draft') return {};
      const entry =
        current ??
        ({ id, shelterId, status: 'draft', report, updatedAt: 0, attempts: 0 } as OutboxEntry);
      return { put: [this.queued(entry, next())] };
    });
  }

  /** Deletes a draft or a refused report. Queued reports cannot be recalled: correct them instead. */
  async discard(id: string): Promise<void> {
    await this.store.write(
      [id],
      ([current]) => {
        if (!current) throw new OutboxError('not_found', id);
        if (current.status !== 'draft' && current.status !== 'needs_attention') {
          throw new OutboxError('not_discardable', id);
        }
        return { remove: [id] };
      },
      'default',
    );
  }

  /** Puts a refused report back at the end of the queue (e.g. after HQ fixed the account). */
  async retry(id: string): Promise<SubmitResult> {
    return this.queue([id], ([current], next) => {
      if (current?.status !== 'needs_attention')
        throw new OutboxError(current ? 'not_discardable' : 'not_found', id);
      const { attention: _attention, ...rest } = current;
      return { put: [this.queued({ ...rest, attempts: 0 }, next())] };
    });
  }

  /**
   * Starts a correction: a new draft (new id) with the old data. It supersedes the old report if
   * that may have reached HQ (queued, sending or sent); a refused report is instead replaced, and
   * removed from this device once the correction is queued.
   */
  async correct(id: string): Promise<OutboxEntry> {
    const { entry, sent } = await this.db.find(id);
    const old = sent ?? entry;
    if (!old) throw new OutboxError('not_found', id);
    if (entry?.status === 'draft') throw new OutboxError('not_correctable', id);
    const refused = entry?.status === 'needs_attention';
    const supersedes = refused ? old.report.supersedes : id;
    const draft = await this.createDraft(
      {
        shelterId: old.shelterId,
        kind: old.report.kind,
        data: structuredClone(old.report.data),
        ...(supersedes ? { supersedes } : {}),
      },
      refused ? [id] : undefined,
    );
    // The correction lists the same photos: it carries the copies on this device along.
    await (await this.photos()).copy(id, draft.id);
    return draft;
  }

  /**
   * Saves a photo of a draft on this device (strict durability), before it joins the report's
   * `data.photos`: it is uploaded (idempotent on report id and SHA-256) once HQ has the report.
   * The same photo again is a no-op. Throws {@link OutboxStorageError} when the disk is full.
   */
  async attachPhoto(reportId: string, photo: PreparedPhoto): Promise<void> {
    return (await this.photos()).attach(reportId, photo);
  }

  /** Deletes a photo of a draft from this device (the person removed it from the report). */
  async removePhoto(reportId: string, sha256: string): Promise<void> {
    return (await this.photos()).remove(reportId, sha256);
  }

  /** A photo's bytes on this device (e.g. for a preview after a reload), if it is here. */
  async getPhoto(reportId: string, sha256: string): Promise<Blob | undefined> {
    return (await this.photos()).get(reportId, sha256);
  }

  /** Puts a delivered report's refused photos back in the upload queue. */
  async retryPhotos(reportId: string): Promise<void> {
    await (await this.photos()).requeueRefused(reportId);
    if (this.started) void this.scheduler.kick('queued');
  }

  /** The "send now" button: forget the backoff, resume after a sign-in, and try at once. */
  sendNow(): Promise<void> {
    return this.started ? this.scheduler.kick('send_now') : Promise.resolve();
  }

  /** Resolves when no send pass is running in this tab (for tests and "last sync" displays). */
  whenIdle(): Promise<void> {
    return this.scheduler.idle();
  }

  /** The unsent reports (queued, sending, needing attention; drafts on request) as a file. */
  async exportUnsent(options: { includeDrafts?: boolean } = {}): Promise<OutboxExportFile> {
    const { exportUnsent } = await import('./outbox-transfer');
    return exportUnsent(this.db, this.store.current, this.clock.now(), options.includeDrafts);
  }

  /** Imports a file from {@link exportUnsent} (text or parsed); queues what this device lacks. */
  async importReports(file: string | unknown): Promise<ImportResult> {
    const { importReports } = await import('./outbox-transfer');
    return importReports(
      {
        db: this.db,
        queue: (ids, change) => this.queue(ids, change),
        queued: (entry, sequence) => this.queued(entry, sequence),
      },
      file,
    );
  }

  /** Asks the browser to keep our storage (`navigator.storage.persist()`); answers what it granted. */
  async requestPersistence(): Promise<boolean | undefined> {
    const persisted = await this.storageManager?.persist?.().catch(() => undefined);
    await this.refreshStorage(persisted);
    return this.store.current.storage.persisted;
  }

  /** Re-reads whether storage is persistent and how much is used. */
  async refreshStorage(persistedHint?: boolean): Promise<void> {
    const storage = await readStorageState(this.storageManager, persistedHint);
    this.store.setState({ storage: { ...this.store.current.storage, ...storage } });
  }

  /**
   * Deletes sent-log records older than `ageMs` with their photos (the server keeps them); a report
   * whose photos are not all delivered stays.
   */
  async pruneSent(ageMs: number): Promise<void> {
    const { pruneSent } = await import('./prune');
    await pruneSent(this.db, this.store, this.clock.now() - ageMs);
  }

  // ---- internals -------------------------------------------------------------------------

  /** The photo operations, loaded on first use (a page without photos never downloads them). */
  private async photos(): Promise<OutboxPhotos> {
    const { OutboxPhotos } = await loadPhotoQueue();
    return new OutboxPhotos(this.db, this.store, () => this.clock.now());
  }

  private queued(entry: OutboxEntry, sequence: number): OutboxEntry {
    const now = this.clock.now();
    const { lastError: _lastError, ...rest } = entry;
    return { ...rest, status: 'queued', sequence, queuedAt: now, updatedAt: now };
  }

  private async queue(
    ids: readonly string[],
    change: (
      current: (OutboxEntry | undefined)[],
      next: () => number,
      removeReplaced: (entry: OutboxEntry) => string[],
    ) => { put?: OutboxEntry[]; remove?: string[] },
  ): Promise<SubmitResult> {
    // Only a single draft carries `replaces` (see correct()); its refused originals go when it is queued.
    const replaced = ids.length === 1 ? (this.store.entries.get(ids[0]!)?.replaces ?? []) : [];
    try {
      const { put } = await this.store.write(
        [...ids, ...replaced],
        (current, next) =>
          change(current.slice(0, ids.length), next, (entry) =>
            (entry.replaces ?? []).filter(
              (_, index) => current[ids.length + index]?.status === 'needs_attention',
            ),
          ),
        'strict',
      );
      if (put.length && this.started) void this.scheduler.kick('queued');
      const id = ids[0] ?? '';
      return { ok: true, id, status: this.store.entries.get(id)?.status ?? 'sent' };
    } catch (error) {
      if (error instanceof OutboxStorageError) return { ok: false, reason: error.problem };
      throw error;
    }
  }
}
