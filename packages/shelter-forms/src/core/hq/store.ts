// The HQ board's state outside React (DESIGN.md convention 1): shelters, totals and supply
// requests, kept current by the live events. An event does not patch numbers it cannot know
// (a report changes totals the server computes): it marks what changed and reloads it, a few
// events at once. Unchanged shelters keep their object, so the board re-renders only changed rows.
import type { SupplyRequestStatus } from '../validation/supply-request';
import { supplyRequestStatuses } from '../validation/supply-request';
import type { HqClient, HqSupplyRequestFilter } from './client';
import { HqApiError, isHqApiError } from './error';
import type { HqConnectionState, HqLiveSubscription } from './live';
import type { HqEvent, HqOverview, HqReport, HqShelter, HqSupplyRequest } from './types';

/** The reports of the shelter HQ opened. */
export interface HqSelectedShelter {
  shelterId: string;
  status: 'loading' | 'ready' | 'error';
  reports: readonly HqReport[];
  error: HqApiError | undefined;
}

/** What the store holds; a new object on every change. */
export interface HqSnapshot {
  /** `loading` until the first load, then `ready`; `error` when the last load failed. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The last load's failure (401: signed out). */
  error: HqApiError | undefined;
  /** The live connection; `off` without live updates. */
  connection: HqConnectionState | 'off';
  shelters: readonly HqShelter[];
  /** The server's stale threshold (minutes). */
  staleAfterMinutes: number | undefined;
  overview: HqOverview | undefined;
  supplyRequests: readonly HqSupplyRequest[];
  /** When the server computed the shelters shown (ISO 8601). */
  updatedAt: string | undefined;
  selected: HqSelectedShelter | undefined;
  /** The latest live event, numbered, for announcing changes. */
  lastEvent: { sequence: number; event: HqEvent } | undefined;
}

/** Options of {@link HqStore}. */
export interface HqStoreOptions {
  client: HqClient;
  /** Override the server's stale threshold (minutes). */
  staleAfterMinutes?: number | undefined;
  /** Which supply requests to hold. Default `all` (the queue filters on screen). */
  supplyRequests?: HqSupplyRequestFilter | undefined;
  /** Follow `GET /hq/events`. Default true. */
  live?: boolean | undefined;
  /** Events within this many ms share one reload. Default 150. */
  coalesceMs?: number | undefined;
}

type Part = 'shelters' | 'overview' | 'supply';
const allParts: readonly Part[] = ['shelters', 'overview', 'supply'];

const rank = (status: SupplyRequestStatus) => supplyRequestStatuses.indexOf(status);

/** Keeps the previous object of every unchanged item, so memoised rows skip rendering. */
function reuse<T>(previous: readonly T[], next: readonly T[], key: (item: T) => string): T[] {
  const old = new Map(previous.map((item) => [key(item), item]));
  return next.map((item) => {
    const before = old.get(key(item));
    return before !== undefined && JSON.stringify(before) === JSON.stringify(item) ? before : item;
  });
}

function toError(error: unknown): HqApiError {
  return isHqApiError(error)
    ? error
    : new HqApiError({ status: 0, code: 'network_error', cause: error });
}

/**
 * The HQ board's data, live. `start()` loads and follows the events; `select(id)` loads a
 * shelter's reports (and keeps them current); `advanceSupplyRequest` moves a request forward.
 * Read it with `subscribe`/`getSnapshot` (React: `useHqStore`).
 */
export class HqStore {
  readonly #client: HqClient;
  readonly #options: HqStoreOptions;
  readonly #listeners = new Set<() => void>();
  #snapshot: HqSnapshot = {
    status: 'idle',
    error: undefined,
    connection: 'off',
    shelters: [],
    staleAfterMinutes: undefined,
    overview: undefined,
    supplyRequests: [],
    updatedAt: undefined,
    selected: undefined,
    lastEvent: undefined,
  };
  #live: HqLiveSubscription | undefined;
  #dirty = new Set<Part>();
  #reportsDirty = false;
  #loading: Promise<void> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sequence = 0;
  #stopped = false;
  #onOnline = () => this.#live?.reconnectNow();
  #onOffline = () => this.#live?.interrupt();

  constructor(options: HqStoreOptions) {
    this.#client = options.client;
    this.#options = options;
  }

  /** For `useSyncExternalStore`. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** For `useSyncExternalStore`. */
  getSnapshot = (): HqSnapshot => this.#snapshot;

  #set(update: Partial<HqSnapshot>) {
    this.#snapshot = { ...this.#snapshot, ...update };
    for (const listener of this.#listeners) listener();
  }

  /** Loads everything and follows the live events. */
  start(): void {
    this.#stopped = false;
    if (this.#snapshot.status === 'idle') this.#set({ status: 'loading' });
    void this.refresh();
    if (this.#options.live === false || this.#live) return;
    try {
      this.#live = this.#client.subscribe({
        onEvent: (event) => this.#apply(event),
        onConnectionChange: (connection) => this.#set({ connection }),
        onResync: () => void this.refresh(),
      });
      this.#set({ connection: this.#live.state });
      globalThis.addEventListener?.('online', this.#onOnline);
      globalThis.addEventListener?.('offline', this.#onOffline);
    } catch {
      this.#set({ connection: 'off' }); // no EventSource here: the board still loads
    }
  }

  /** Stops the live events and pending reloads. */
  stop(): void {
    this.#stopped = true;
    this.#live?.close();
    this.#live = undefined;
    globalThis.removeEventListener?.('online', this.#onOnline);
    globalThis.removeEventListener?.('offline', this.#onOffline);
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Reloads everything now (also the open shelter's reports); resolves when done. */
  refresh(): Promise<void> {
    for (const part of allParts) this.#dirty.add(part);
    this.#reportsDirty = true;
    return this.#load();
  }

  /** Opens a shelter's reports (`undefined` closes them). */
  select(shelterId: string | undefined): void {
    if (!shelterId) {
      this.#set({ selected: undefined });
      return;
    }
    if (this.#snapshot.selected?.shelterId === shelterId) return;
    this.#set({ selected: { shelterId, status: 'loading', reports: [], error: undefined } });
    void this.#loadReports();
  }

  /**
   * Moves a supply request forward on the server and shows the answer at once. Rejects with the
   * server's {@link HqApiError} (409 `invalid_status_transition`: the request had moved on; the
   * queue is reloaded so it shows where it stands).
   */
  async advanceSupplyRequest(id: string, status: SupplyRequestStatus): Promise<HqSupplyRequest> {
    try {
      const updated = await this.#client.updateSupplyRequest(id, status);
      this.#mergeSupply([updated]);
      this.#markDirty(['overview', 'shelters', 'supply']);
      return updated;
    } catch (error) {
      if (isHqApiError(error) && error.status === 409) this.#markDirty(['supply']);
      throw error;
    }
  }

  #apply(event: HqEvent) {
    this.#sequence += 1;
    this.#set({ lastEvent: { sequence: this.#sequence, event } });
    const selected = this.#snapshot.selected?.shelterId;
    if (event.type === 'supply_request_status_changed') {
      const known = this.#snapshot.supplyRequests.find((request) => request.id === event.data.id);
      if (known) {
        this.#mergeSupply([
          {
            ...known,
            status: event.data.status,
            statusChangedAt: event.data.changedAt ?? known.statusChangedAt,
          },
        ]);
      }
      if (event.data.shelterId === selected) this.#reportsDirty = true;
      this.#markDirty(['supply', 'overview', 'shelters']);
    } else if (event.type === 'report_received') {
      if (event.data.shelterId === selected) this.#reportsDirty = true;
      this.#markDirty(event.data.kind === 'supply_request' ? allParts : ['shelters', 'overview']);
    } else if (event.type === 'photo_received') {
      if (event.data.shelterId === selected) this.#reportsDirty = true;
      this.#markDirty(['overview']);
    } else {
      this.#reportsDirty = selected !== undefined;
      this.#markDirty(allParts);
    }
  }

  /** A request never moves back: an older answer must not undo a newer move seen in an event. */
  #mergeSupply(incoming: readonly HqSupplyRequest[], replace = false) {
    const current = new Map(this.#snapshot.supplyRequests.map((request) => [request.id, request]));
    const merged = incoming.map((request) => {
      const before = current.get(request.id);
      return before && rank(before.status) > rank(request.status)
        ? { ...request, status: before.status, statusChangedAt: before.statusChangedAt }
        : request;
    });
    if (replace) {
      this.#set({
        supplyRequests: reuse(this.#snapshot.supplyRequests, merged, (request) => request.id),
      });
      return;
    }
    const byId = new Map(merged.map((request) => [request.id, request]));
    this.#set({
      supplyRequests: this.#snapshot.supplyRequests.map(
        (request) => byId.get(request.id) ?? request,
      ),
    });
  }

  #markDirty(parts: readonly Part[]) {
    for (const part of parts) this.#dirty.add(part);
    if (this.#timer !== undefined || this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#load();
    }, this.#options.coalesceMs ?? 150);
  }

  /** One load at a time; what was marked meanwhile loads right after. */
  #load(): Promise<void> {
    if (this.#loading) return this.#loading;
    const run = async () => {
      while ((this.#dirty.size > 0 || this.#reportsDirty) && !this.#stopped) {
        const parts = new Set(this.#dirty);
        this.#dirty.clear();
        const reports = this.#reportsDirty;
        this.#reportsDirty = false;
        await Promise.all([this.#loadParts(parts), reports ? this.#loadReports() : undefined]);
      }
    };
    this.#loading = run().finally(() => {
      this.#loading = undefined;
    });
    return this.#loading;
  }

  async #loadParts(parts: ReadonlySet<Part>) {
    const staleAfterMinutes = this.#options.staleAfterMinutes;
    try {
      const [list, overview, supply] = await Promise.all([
        parts.has('shelters') ? this.#client.listShelters({ staleAfterMinutes }) : undefined,
        parts.has('overview') ? this.#client.overview({ staleAfterMinutes }) : undefined,
        parts.has('supply')
          ? this.#client.listSupplyRequests({ status: this.#options.supplyRequests ?? 'all' })
          : undefined,
      ]);
      if (supply) this.#mergeSupply(supply, true);
      this.#set({
        status: 'ready',
        error: undefined,
        ...(list
          ? {
              shelters: reuse(this.#snapshot.shelters, list.shelters, (s) => s.nationalShelterId),
              staleAfterMinutes: list.staleAfterMinutes,
              updatedAt: list.generatedAt,
            }
          : {}),
        ...(overview ? { overview } : {}),
      });
    } catch (error) {
      const failure = toError(error);
      // Keep what is shown; say it could not be refreshed. A signed-out session stops the stream.
      this.#set({ status: 'error', error: failure });
      if (failure.status === 401 || failure.status === 403) this.stop();
    }
  }

  async #loadReports() {
    const shelterId = this.#snapshot.selected?.shelterId;
    if (!shelterId) return;
    try {
      const reports = await this.#client.reports(shelterId);
      if (this.#snapshot.selected?.shelterId !== shelterId) return;
      this.#set({ selected: { shelterId, status: 'ready', reports, error: undefined } });
    } catch (error) {
      if (this.#snapshot.selected?.shelterId !== shelterId) return;
      const previous = this.#snapshot.selected;
      this.#set({
        selected: { shelterId, status: 'error', reports: previous.reports, error: toError(error) },
      });
    }
  }
}
