// The HQ's API client: sign-in and the board's reads and writes over fetch, and the live events
// over EventSource. No schema library (the board's bundle stays small): the server validated what
// it sends, and a light shape check catches a wrong base URL or a proxy's error page.
import type { ReportKind } from '../kinds';
import type { SupplyRequestStatus } from '../validation/supply-request';
import { HqApiError, hqErrorFromBody } from './error';
import {
  type EventSourceLike,
  type HqLiveOptions,
  type HqLiveSubscription,
  subscribeHqEvents,
} from './live';
import type { HqAccount, HqOverview, HqReport, HqShelterList, HqSupplyRequest } from './types';

/** The constructor of the browser's `EventSource`, or anything shaped like it. */
export type EventSourceConstructor = new (
  url: string,
  init?: { withCredentials?: boolean },
) => EventSourceLike;

/** Options of {@link createHqClient}. */
export interface HqClientOptions {
  /** Origin (and path prefix) of the API, e.g. `https://city.example.jp`; default same origin. */
  baseUrl?: string | undefined;
  /** The fetch to use; default `globalThis.fetch`, read at call time. */
  fetch?: typeof fetch | undefined;
  /** The EventSource to use; default `globalThis.EventSource`, read when subscribing. */
  EventSource?: EventSourceConstructor | undefined;
  /** Cookie policy for the session; default `same-origin` (`include` for an API on another origin). */
  credentials?: RequestCredentials | undefined;
  /** Extra headers on every fetch (a city's gateway key). */
  headers?: Readonly<Record<string, string>> | undefined;
}

/** Per-call options. */
export interface HqRequestOptions {
  signal?: AbortSignal | undefined;
}

/** Which supply requests to list: `open` (not arrived, not corrected), `all`, or one status. */
export type HqSupplyRequestFilter = 'open' | 'all' | SupplyRequestStatus;

/** The HQ API client made by {@link createHqClient}. Every call rejects with {@link HqApiError}. */
export interface HqClient {
  /** `POST /auth/login`: 401 `invalid_credentials`; 429 `too_many_requests` with `retryAfterSeconds`. */
  signIn(username: string, password: string, options?: HqRequestOptions): Promise<HqAccount>;
  /** `GET /auth/me`: the signed-in account; 401 when signed out. */
  me(options?: HqRequestOptions): Promise<HqAccount>;
  /** `POST /auth/logout` (succeeds when already signed out). */
  signOut(options?: HqRequestOptions): Promise<void>;
  /** `GET /shelters`: every shelter with its latest status (a shelter account: its own). */
  listShelters(
    options?: HqRequestOptions & { staleAfterMinutes?: number | undefined },
  ): Promise<HqShelterList>;
  /** `GET /hq/overview`: the totals. */
  overview(
    options?: HqRequestOptions & { staleAfterMinutes?: number | undefined },
  ): Promise<HqOverview>;
  /** `GET /shelters/{id}/reports`: a shelter's reports, corrected ones included. */
  reports(
    shelterId: string,
    options?: HqRequestOptions & { kind?: ReportKind | undefined; limit?: number | undefined },
  ): Promise<HqReport[]>;
  /** `GET /supply-requests`: the queue, most urgent first. Default `open`. */
  listSupplyRequests(
    options?: HqRequestOptions & { status?: HqSupplyRequestFilter | undefined },
  ): Promise<HqSupplyRequest[]>;
  /**
   * `PATCH /supply-requests/{id}`: moves a request forward. The same status again is harmless;
   * backwards is 409 `invalid_status_transition` (`currentStatus`, `allowedStatuses`, the server's
   * ja/en message); an unknown status 422 `validation_failed`.
   */
  updateSupplyRequest(
    id: string,
    status: SupplyRequestStatus,
    options?: HqRequestOptions,
  ): Promise<HqSupplyRequest>;
  /** The URL of the export for a download link: CSV (`header: 'ja'` for Japanese column names) or JSON. */
  exportUrl(format: 'csv' | 'json', options?: { header?: 'en' | 'ja' | undefined }): string;
  /**
   * Live events (`GET /hq/events`, Server-Sent Events): reconnects with backoff, resumes from the
   * last event id, reports its connection state, and calls `onResync` on every (re)connect so the
   * caller reloads and misses nothing. Throws if there is no EventSource.
   */
  subscribe(options: HqLiveOptions): HqLiveSubscription;
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error as { name?: unknown } | null)?.name === 'AbortError';
}

function field<T>(body: unknown, key: string, check: (value: unknown) => boolean, status = 200): T {
  const value = (body as Record<string, unknown> | null)?.[key];
  if (!check(value)) throw new HqApiError({ status, code: 'invalid_response' });
  return value as T;
}

const isArray = (value: unknown) => Array.isArray(value);
const isObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isAccount = (value: unknown) =>
  isObject(value) &&
  typeof (value as HqAccount).id === 'string' &&
  typeof (value as HqAccount).role === 'string';

function query(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined,
  );
  return entries.length === 0
    ? ''
    : `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))}`;
}

/**
 * A client for the HQ side of the shelter API (`/api/v1`). The session is the server's cookie
 * (same login as staff and shelters), so in a browser nothing else is needed; under Node pass a
 * `fetch` that keeps cookies. Importing it touches no browser global.
 */
export function createHqClient(options: HqClientOptions = {}): HqClient {
  const root = `${(options.baseUrl ?? '').replace(/\/+$/, '')}/api/v1`;

  async function call(
    path: string,
    init: { method?: string; body?: unknown; signal?: AbortSignal | undefined } = {},
  ): Promise<unknown> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const fetcher = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await fetcher(`${root}${path}`, {
        method: init.method ?? 'GET',
        headers,
        credentials: options.credentials ?? 'same-origin',
        // The board must show what the server has now, never a cached answer.
        cache: 'no-store',
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        ...(init.signal ? { signal: init.signal } : {}),
      });
    } catch (error) {
      if (isAbort(error, init.signal)) throw error;
      throw new HqApiError({ status: 0, code: 'network_error', cause: error });
    }
    let body: unknown;
    if (response.status !== 204) {
      try {
        body = await response.json();
      } catch (error) {
        if (isAbort(error, init.signal)) throw error;
        // An HTML error page from a proxy: fall back to the status.
        if (response.ok) {
          throw new HqApiError({ status: response.status, code: 'invalid_response', cause: error });
        }
      }
    }
    if (!response.ok) {
      throw hqErrorFromBody(response.status, body, response.headers.get('Retry-After'));
    }
    return body;
  }

  const account = (body: unknown) => field<HqAccount>(body, 'account', isAccount);
  const stale = (minutes: number | undefined) => query({ staleAfterMinutes: minutes });

  const client: HqClient = {
    async signIn(username, password, request) {
      return account(
        await call('/auth/login', {
          method: 'POST',
          body: { username, password },
          signal: request?.signal,
        }),
      );
    },
    async me(request) {
      return account(await call('/auth/me', { signal: request?.signal }));
    },
    async signOut(request) {
      await call('/auth/logout', { method: 'POST', signal: request?.signal });
    },
    async listShelters(request) {
      const body = await call(`/shelters${stale(request?.staleAfterMinutes)}`, {
        signal: request?.signal,
      });
      field(body, 'shelters', isArray);
      return body as HqShelterList;
    },
    async overview(request) {
      const body = await call(`/hq/overview${stale(request?.staleAfterMinutes)}`, {
        signal: request?.signal,
      });
      field(body, 'shelters', isObject);
      field(body, 'evacuees', isObject);
      return body as HqOverview;
    },
    async reports(shelterId, request) {
      const path = `/shelters/${encodeURIComponent(shelterId)}/reports${query({
        kind: request?.kind,
        limit: request?.limit,
      })}`;
      return field(await call(path, { signal: request?.signal }), 'reports', isArray);
    },
    async listSupplyRequests(request) {
      const body = await call(`/supply-requests${query({ status: request?.status })}`, {
        signal: request?.signal,
      });
      return field(body, 'supplyRequests', isArray);
    },
    async updateSupplyRequest(id, status, request) {
      const body = await call(`/supply-requests/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: { status },
        signal: request?.signal,
      });
      return field(body, 'supplyRequest', isObject);
    },
    exportUrl(format, request) {
      return `${root}/hq/export.${format}${format === 'csv' ? query({ header: request?.header }) : ''}`;
    },
    subscribe(live) {
      const Source =
        options.EventSource ?? (globalThis as { EventSource?: EventSourceConstructor }).EventSource;
      if (!Source) {
        throw new HqApiError({ status: 0, code: 'event_source_unavailable' });
      }
      return subscribeHqEvents({
        ...live,
        open: (lastEventId) =>
          new Source(`${root}/hq/events${query({ lastEventId })}`, {
            withCredentials: options.credentials === 'include',
          }),
        // An EventSource cannot say why it failed: ask the server whether the session still holds.
        sessionAlive:
          live.sessionAlive ??
          (() =>
            client.me().then(
              (signedIn) => signedIn.role === 'hq',
              (error: unknown) =>
                !(error instanceof HqApiError && (error.status === 401 || error.status === 403)),
            )),
      });
    },
  };
  return client;
}
