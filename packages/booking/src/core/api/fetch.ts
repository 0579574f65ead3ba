// The default BookingApi: fetch to the HTTP API v1. No zod here (the widget bundle stays small):
// the server validated what it sends, and a light shape check catches a wrong base URL.
import { BookingApiError, errorFromBody } from './error';
import type { BookingApi, RequestOptions } from './types';

/** Options of {@link createFetchBookingApi}. */
export interface FetchBookingApiOptions {
  /** The API root, e.g. `https://city.example.jp/api/v1`; default `/api/v1` (same origin). */
  readonly baseUrl?: string;
  /** The fetch to use (tests, SSR, a city's instrumented fetch); default `globalThis.fetch` at call time. */
  readonly fetch?: typeof fetch;
  /** Extra headers on every request (a city's gateway key); a function is read per request. */
  readonly headers?: Readonly<Record<string, string>> | (() => Readonly<Record<string, string>>);
  /** Cookie policy for the staff session; default `same-origin`. */
  readonly credentials?: RequestCredentials;
}

interface Call extends RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT';
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly token?: string;
  readonly idempotencyKey?: string;
  readonly accept?: string;
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error as { name?: unknown } | null)?.name === 'AbortError';
}

function field<T>(body: unknown, key: string, check: (value: unknown) => boolean): T {
  const value = (body as Record<string, unknown> | null)?.[key];
  if (!check(value)) {
    throw new BookingApiError({ status: 200, code: 'invalid_response' });
  }
  return value as T;
}

const isArray = (value: unknown) => Array.isArray(value);
const isObject = (value: unknown) => typeof value === 'object' && value !== null;

/**
 * A {@link BookingApi} over fetch. Errors become `BookingApiError`: the API's error shape is
 * parsed (code, bilingual message, field errors, alternatives, Retry-After); a failed connection
 * is status 0 `network_error`; an aborted call rejects with the AbortError itself.
 */
export function createFetchBookingApi(options: FetchBookingApiOptions = {}): BookingApi {
  const base = (options.baseUrl ?? '/api/v1').replace(/\/+$/, '');

  async function send(path: string, call: Call = {}): Promise<Response> {
    const query = call.query ? `?${new URLSearchParams(call.query as Record<string, string>)}` : '';
    const extra = typeof options.headers === 'function' ? options.headers() : options.headers;
    const headers: Record<string, string> = { Accept: call.accept ?? 'application/json', ...extra };
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    if (call.token !== undefined) headers.Authorization = `Bearer ${call.token}`;
    if (call.idempotencyKey !== undefined) headers['Idempotency-Key'] = call.idempotencyKey;
    const fetcher = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await fetcher(`${base}${path}${query}`, {
        method: call.method ?? 'GET',
        headers,
        credentials: options.credentials ?? 'same-origin',
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
        ...(call.signal ? { signal: call.signal } : {}),
      });
    } catch (error) {
      if (isAbort(error, call.signal)) throw error;
      throw new BookingApiError({ status: 0, code: 'network_error', cause: error });
    }
    if (!response.ok) {
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        body = undefined; // an HTML error page from a proxy: fall back to the status
      }
      throw errorFromBody(response.status, body, response.headers.get('Retry-After'));
    }
    return response;
  }

  async function json(path: string, call?: Call): Promise<unknown> {
    const response = await send(path, call);
    if (response.status === 204) return undefined;
    try {
      return await response.json();
    } catch (error) {
      if (isAbort(error, call?.signal)) throw error;
      throw new BookingApiError({
        status: response.status,
        code: 'invalid_response',
        cause: error,
      });
    }
  }

  const booking = (reference: string) => `/booking/bookings/${encodeURIComponent(reference)}`;

  return {
    async listServices(request) {
      return field(await json('/booking/services', request), 'services', isArray);
    },
    async listLocations(request) {
      return field(await json('/booking/locations', request), 'locations', isArray);
    },
    async getAvailability(query, request) {
      const body = await json('/booking/availability', { ...request, query: { ...query } });
      field(body, 'days', isArray);
      return body as Awaited<ReturnType<BookingApi['getAvailability']>>;
    },
    async createBooking(body, request) {
      const created = await json('/booking/bookings', {
        ...request,
        method: 'POST',
        body,
        idempotencyKey: request.idempotencyKey,
      });
      field(created, 'booking', isObject);
      field(created, 'manageToken', (value) => typeof value === 'string');
      return created as Awaited<ReturnType<BookingApi['createBooking']>>;
    },
    async getBooking(reference, token, request) {
      return field(await json(booking(reference), { ...request, token }), 'booking', isObject);
    },
    async cancel(reference, token, request) {
      const body = await json(`${booking(reference)}/cancel`, {
        ...request,
        method: 'POST',
        token,
      });
      return field(body, 'booking', isObject);
    },
    async reschedule(reference, token, change, request) {
      const body = await json(`${booking(reference)}/reschedule`, {
        ...request,
        method: 'POST',
        token,
        body: change,
      });
      return field(body, 'booking', isObject);
    },
    calendarUrl(reference, token) {
      return `${base}${booking(reference)}/calendar.ics?${new URLSearchParams({ token })}`;
    },
    async getCalendar(reference, token, request) {
      const response = await send(`${booking(reference)}/calendar.ics`, {
        ...request,
        token,
        accept: 'text/calendar',
      });
      return response.text();
    },
    staff: {
      async login(body, request) {
        return staffOf(await json('/auth/login', { ...request, method: 'POST', body }));
      },
      async logout(request) {
        await json('/auth/logout', { ...request, method: 'POST' });
      },
      async me(request) {
        return staffOf(await json('/auth/me', request));
      },
      async schedule(query, request) {
        const body = await json('/staff/bookings', { ...request, query: { ...query } });
        return field(body, 'bookings', isArray);
      },
      async availability(request) {
        return field(await json('/staff/availability', request), 'availability', isObject);
      },
      async saveAvailability(availability, request) {
        const body = await json('/staff/availability', {
          ...request,
          method: 'PUT',
          body: availability,
        });
        return field(body, 'availability', isObject);
      },
      async setStatus(reference, status, request) {
        const body = await json(`/staff/bookings/${encodeURIComponent(reference)}/status`, {
          ...request,
          method: 'POST',
          body: status,
        });
        return field(body, 'booking', isObject);
      },
    },
  };
}

/**
 * The reference server answers sign-in and `me` with its shared account shape
 * (`{ account: { id, username, displayName, role } }`, used by staff, HQ and shelters alike);
 * the booking widgets speak of a staff member (`{ id, username, name }`).
 */
function staffOf(body: unknown) {
  const account = field(body, 'account', isObject) as Record<string, unknown>;
  return {
    id: String(account.id),
    username: String(account.username),
    name: String(account.displayName ?? account.username),
  };
}
