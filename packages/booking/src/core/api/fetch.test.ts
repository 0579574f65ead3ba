// @vitest-environment node
import { type BookingApiError, isBookingApiError } from './error';
import { createFetchBookingApi } from './fetch';

interface Seen {
  url: string;
  init: RequestInit;
}

function fakeFetch(respond: (seen: Seen) => Response | Promise<Response>) {
  const calls: Seen[] = [];
  const fetch = async (url: RequestInfo | URL, init: RequestInit = {}) => {
    const seen = { url: String(url), init };
    calls.push(seen);
    return respond(seen);
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const header = (seen: Seen | undefined, name: string) =>
  (seen?.init.headers as Record<string, string> | undefined)?.[name];

describe('createFetchBookingApi', () => {
  it('calls the v1 paths with query, bearer token and idempotency key', async () => {
    const { calls, fetch } = fakeFetch(({ url }) => {
      if (url.includes('/services')) return json({ services: [{ id: 's' }] });
      if (url.includes('/availability')) return json({ timeZone: 'Asia/Tokyo', days: [] });
      if (url.endsWith('/booking/bookings'))
        return json({ booking: { reference: 'R' }, manageToken: 't' }, 201);
      return json({ booking: { reference: 'UWJ-7K4P-M2' } });
    });
    const api = createFetchBookingApi({ baseUrl: 'https://city.example.jp/api/v1/', fetch });
    expect(await api.listServices()).toEqual([{ id: 's' }]);
    await api.getAvailability({
      serviceId: 's',
      locationId: 'home',
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(calls[1]?.url).toBe(
      'https://city.example.jp/api/v1/booking/availability?serviceId=s&locationId=home&from=2026-12-01&to=2026-12-31',
    );
    const body = {
      serviceId: 's',
      locationId: 'home',
      start: '2026-12-01T10:00:00+09:00',
      resident: { name: 'n', nameKana: 'ナ', phone: '0895-24-1111' },
      consent: true as const,
    };
    expect(await api.createBooking(body, { idempotencyKey: 'key-1' })).toEqual({
      booking: { reference: 'R' },
      manageToken: 't',
    });
    expect(calls[2]?.init.method).toBe('POST');
    expect(JSON.parse(String(calls[2]?.init.body))).toEqual(body);
    expect(header(calls[2], 'Idempotency-Key')).toBe('key-1');
    expect(header(calls[2], 'Content-Type')).toBe('application/json');
    await api.cancel('UWJ-7K4P-M2', 'secret');
    expect(calls[3]?.url).toBe(
      'https://city.example.jp/api/v1/booking/bookings/UWJ-7K4P-M2/cancel',
    );
    expect(header(calls[3], 'Authorization')).toBe('Bearer secret');
    expect(api.calendarUrl('UWJ-7K4P-M2', 'a+b/c')).toBe(
      'https://city.example.jp/api/v1/booking/bookings/UWJ-7K4P-M2/calendar.ics?token=a%2Bb%2Fc',
    );
  });

  it('parses the error shape: field errors, alternatives, Retry-After', async () => {
    const alternatives = [{ start: '2026-12-01T10:30:00+09:00', end: '2026-12-01T11:00:00+09:00' }];
    const responses = [
      json(
        { code: 'slot_unavailable', message: { ja: '埋まりました', en: 'Taken' }, alternatives },
        409,
      ),
      json(
        {
          code: 'validation_failed',
          message: { ja: 'x', en: 'x' },
          errors: [
            {
              path: 'resident.nameKana',
              code: 'invalid_characters',
              message: { ja: 'a', en: 'b' },
            },
            'junk',
          ],
        },
        422,
      ),
      json({ code: 'too_many_requests', message: { ja: 'x', en: 'x' } }, 429, {
        'Retry-After': '30',
      }),
      new Response('<html>Bad gateway</html>', { status: 502 }),
    ];
    const { fetch } = fakeFetch(() => responses.shift()!);
    const api = createFetchBookingApi({ fetch });
    const errors: BookingApiError[] = [];
    for (let i = 0; i < 4; i++) {
      try {
        await api.listLocations();
      } catch (error) {
        if (isBookingApiError(error)) errors.push(error);
      }
    }
    expect(errors.map((error) => [error.status, error.code])).toEqual([
      [409, 'slot_unavailable'],
      [422, 'validation_failed'],
      [429, 'too_many_requests'],
      [502, 'internal_error'],
    ]);
    expect(errors[0]?.alternatives).toEqual(alternatives);
    expect(errors[0]?.localizedMessage).toEqual({ ja: '埋まりました', en: 'Taken' });
    expect(errors[1]?.fieldErrors).toEqual([
      { path: 'resident.nameKana', code: 'invalid_characters', message: { ja: 'a', en: 'b' } },
    ]);
    expect(errors[2]?.retryAfterSeconds).toBe(30);
  });

  it('reports a failed connection as network_error and passes an abort through', async () => {
    const offline = createFetchBookingApi({
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    await expect(offline.listServices()).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
    const controller = new AbortController();
    const slow = createFetchBookingApi({
      fetch: ((_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        )) as typeof fetch,
    });
    const pending = slow.listServices({ signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a response of the wrong shape (a wrong base URL serving the SPA)', async () => {
    const { fetch } = fakeFetch(() => new Response('<!doctype html>', { status: 200 }));
    await expect(createFetchBookingApi({ fetch }).listServices()).rejects.toMatchObject({
      code: 'invalid_response',
    });
    const { fetch: wrongJson } = fakeFetch(() => json({ items: [] }));
    await expect(createFetchBookingApi({ fetch: wrongJson }).listServices()).rejects.toMatchObject({
      code: 'invalid_response',
    });
  });

  it('sends the staff calls with the session cookie policy and extra headers', async () => {
    const { calls, fetch } = fakeFetch(({ url }) => {
      if (url.endsWith('/auth/logout')) return new Response(null, { status: 204 });
      if (url.includes('/staff/bookings?')) return json({ bookings: [] });
      return json({
        account: { id: 'sato', username: 'sato', displayName: '佐藤', role: 'staff' },
      });
    });
    const api = createFetchBookingApi({
      fetch,
      credentials: 'include',
      headers: () => ({ 'X-City': 'uwajima' }),
    });
    expect(await api.staff.login({ username: 'sato', password: 'pw' })).toEqual({
      id: 'sato',
      username: 'sato',
      name: '佐藤',
    });
    await api.staff.logout();
    expect(await api.staff.schedule({ from: '2026-12-01', to: '2026-12-07' })).toEqual([]);
    expect(calls.map((call) => call.init.credentials)).toEqual(['include', 'include', 'include']);
    expect(header(calls[0], 'X-City')).toBe('uwajima');
    expect(calls[2]?.url).toBe('/api/v1/staff/bookings?from=2026-12-01&to=2026-12-07');
  });
});
