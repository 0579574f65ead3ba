import { expect, it } from 'vitest';
import { signIn } from '../testing/auth.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { describeEachDb } from '../testing/databases.ts';
import {
  createTestBooking,
  requestToken,
  STAFF,
  seedVideoFixtures,
  TEST_SDK_SECRET,
  TEST_START,
  type TestBooking,
  testClock,
  videoApp,
} from './testing.ts';

const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);
const bearer = (booking: TestBooking) => ({ Authorization: `Bearer ${booking.manageToken}` });

/** Status and body of an answer, with every byte of it kept for the secret check. */
async function answer(response: Response | Promise<Response>, seen?: string[]) {
  const res = await response;
  const text = await res.text();
  seen?.push(text, JSON.stringify([...res.headers]));
  return { status: res.status, body: JSON.parse(text) as Record<string, unknown>, res };
}

describeEachDb('POST /api/v1/video/token: who and when', (db) => {
  async function setup(options: Parameters<typeof videoApp>[1] = {}) {
    await seedVideoFixtures(db());
    const booking = await createTestBooking(db());
    const clock = testClock(TEST_START);
    const app = videoApp(db(), { now: clock.now, ...options });
    return { booking, clock, app };
  }

  it('401 without credentials, with a wrong token and for an unknown reference — one answer', async () => {
    const { booking, app } = await setup();
    const missing = await answer(requestToken(app, { reference: booking.reference }));
    expect(missing.status).toBe(401);
    expect(missing.res.headers.get('WWW-Authenticate')).toBe('Bearer realm="video"');

    const wrongToken = await answer(
      requestToken(app, { reference: booking.reference }, { Authorization: 'Bearer not-it' }),
    );
    const other = await createTestBooking(db(), { start: minutes(TEST_START, 60) });
    const someoneElsesToken = await answer(
      requestToken(app, { reference: booking.reference }, bearer(other)),
    );
    const unknown = await answer(requestToken(app, { reference: 'ABC-DEFG-H2' }, bearer(booking)));
    const malformed = await answer(requestToken(app, { reference: '???' }, bearer(booking)));
    const basic = await answer(
      requestToken(app, { reference: booking.reference }, { Authorization: 'Basic dXNlcjpwYXNz' }),
    );
    for (const refused of [wrongToken, someoneElsesToken, unknown, malformed, basic]) {
      expect(refused.status).toBe(401);
      // Identical bodies: an answer never tells whether the reference exists.
      expect(refused.body).toEqual(missing.body);
    }
    expect(missing.body.code).toBe('unauthorized');
    expect(missing.body.message).toEqual({ ja: expect.any(String), en: expect.any(String) });
  });

  it('checks credentials before revealing anything about the booking’s state or time', async () => {
    const { app, clock } = await setup();
    const cancelled = await createTestBooking(db(), {
      start: minutes(TEST_START, 60),
      status: 'cancelled',
    });
    clock.set(minutes(TEST_START, -120)); // long before either room opens
    const wrong = { Authorization: 'Bearer wrong-token' };
    expect((await requestToken(app, { reference: cancelled.reference }, wrong)).status).toBe(401);
    const other = await signIn(app, STAFF.other);
    expect((await requestToken(app, { reference: cancelled.reference }, other)).status).toBe(403);
  });

  it('403 for another specialist, an unlinked staff account and other roles; 404 unknown for staff', async () => {
    const { booking, app } = await setup();
    for (const username of [STAFF.other, STAFF.unlinked, STAFF.hq]) {
      const refused = await answer(
        requestToken(app, { reference: booking.reference }, await signIn(app, username)),
      );
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('forbidden');
    }
    const staff = await signIn(app, STAFF.assigned);
    const unknown = await answer(requestToken(app, { reference: 'ABC-DEFG-H2' }, staff));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('not_found');
  });

  it('403 for a resident asking for host; a Bearer header speaks for the resident even with a staff cookie', async () => {
    const { booking, app } = await setup();
    const host = await answer(
      requestToken(app, { reference: booking.reference, role: 'host' }, bearer(booking)),
    );
    expect(host.status).toBe(403);
    expect(host.body.code).toBe('forbidden');

    const staff = await signIn(app, STAFF.assigned);
    const both = await answer(
      requestToken(app, { reference: booking.reference }, { ...staff, ...bearer(booking) }),
    );
    expect(both.status).toBe(200);
    expect(both.body.role).toBe('participant');
    const wrongWithCookie = await requestToken(
      app,
      { reference: booking.reference },
      { ...staff, Authorization: 'Bearer wrong' },
    );
    expect(wrongWithCookie.status).toBe(401);
  });

  it('refuses a cookie request from another site (CSRF), like every cookie route', async () => {
    const { booking, app } = await setup();
    const staff = await signIn(app, STAFF.assigned);
    const response = await requestToken(
      app,
      { reference: booking.reference },
      { Cookie: staff.Cookie, Origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe('csrf_rejected');
  });

  it('403 booking_cancelled for a cancelled booking, room_closed once marked done or no-show', async () => {
    const { app } = await setup();
    const cancelled = await createTestBooking(db(), {
      start: minutes(TEST_START, 60),
      status: 'cancelled',
    });
    // Inside its window by the clock, but its specialist has marked it done.
    const done = await createTestBooking(db(), {
      start: minutes(TEST_START, -60),
      minutes: 90,
      specialist: 'specialist-b',
    });
    await db().query(`update bookings set status = 'done' where id = $1`, [done.id]);
    const staff = await signIn(app, STAFF.assigned);
    for (const headers of [bearer(cancelled), staff]) {
      const refused = await answer(requestToken(app, { reference: cancelled.reference }, headers));
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('booking_cancelled');
    }
    const closed = await answer(requestToken(app, { reference: done.reference }, bearer(done)));
    expect(closed.status).toBe(403);
    expect(closed.body.code).toBe('room_closed');
  });

  it('opens 15 minutes before the start and closes at the end, saying when', async () => {
    const { booking, app, clock } = await setup();
    const staff = await signIn(app, STAFF.assigned);
    const ask = async () =>
      Promise.all([
        answer(requestToken(app, { reference: booking.reference }, bearer(booking))),
        answer(requestToken(app, { reference: booking.reference }, staff)),
      ]);

    clock.set(new Date('2026-12-01T09:44:59+09:00'));
    for (const early of await ask()) {
      expect(early.status).toBe(403);
      expect(early.body).toMatchObject({
        code: 'room_not_open',
        opensAt: '2026-12-01T09:45:00+09:00',
        closesAt: '2026-12-01T10:30:00+09:00',
      });
      expect((early.body.message as { ja: string }).ja).toContain('2026/12/01 09:45');
    }
    for (const instant of ['2026-12-01T09:45:00+09:00', '2026-12-01T10:29:59+09:00']) {
      clock.set(new Date(instant));
      for (const open of await ask()) expect(open.status).toBe(200);
    }
    clock.set(new Date('2026-12-01T10:30:00+09:00'));
    for (const late of await ask()) {
      expect(late.status).toBe(403);
      expect(late.body).toMatchObject({
        code: 'room_closed',
        opensAt: '2026-12-01T09:45:00+09:00',
      });
    }
  });

  it('takes the window from the options', async () => {
    const { booking, app, clock } = await setup({ opensMinutesBefore: 5, closesMinutesAfter: 10 });
    clock.set(minutes(TEST_START, -10));
    const early = await answer(
      requestToken(app, { reference: booking.reference }, bearer(booking)),
    );
    expect(early.body.opensAt).toBe('2026-12-01T09:55:00+09:00');
    clock.set(minutes(booking.end, 9));
    expect(
      (await requestToken(app, { reference: booking.reference }, bearer(booking))).status,
    ).toBe(200);
  });

  it('opens a room days ahead with a long opening setting (up to 30 days), and no further', async () => {
    const { booking, app, clock } = await setup({ opensMinutesBefore: 30 * 24 * 60 });
    clock.set(minutes(TEST_START, -30 * 24 * 60 - 1));
    const early = await answer(
      requestToken(app, { reference: booking.reference }, bearer(booking)),
    );
    expect(early.status).toBe(403);
    expect(early.body).toMatchObject({
      code: 'room_not_open',
      opensAt: '2026-11-01T10:00:00+09:00',
    });
    clock.set(minutes(TEST_START, -14 * 24 * 60));
    const open = await answer(requestToken(app, { reference: booking.reference }, bearer(booking)));
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ role: 'participant' });
    expect(() => videoApp(db(), { opensMinutesBefore: 30 * 24 * 60 + 1 })).toThrow(
      /opensMinutesBefore must be an integer 0–43200/,
    );
  });

  it('422 for a body without a reference or with an unknown role; 400 for broken JSON', async () => {
    const { booking, app } = await setup();
    const missing = await answer(requestToken(app, {}, bearer(booking)));
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'reference' })]);
    const role = await answer(
      requestToken(app, { reference: booking.reference, role: 'admin' }, bearer(booking)),
    );
    expect(role.status).toBe(422);
    expect((await requestToken(app, '{"reference":', bearer(booking))).status).toBe(400);
  });

  it('429 past the per-booking token limit, which wrong tokens cannot use up', async () => {
    const { booking, app } = await setup({ bookingRateLimit: { limit: 2, windowSeconds: 600 } });
    for (let i = 0; i < 5; i++) {
      const guess = await requestToken(
        app,
        { reference: booking.reference },
        { Authorization: `Bearer guess-${i}` },
      );
      expect(guess.status).toBe(401);
    }
    const ok = () => requestToken(app, { reference: booking.reference }, bearer(booking));
    expect((await ok()).status).toBe(200);
    expect((await ok()).status).toBe(200);
    const limited = await ok();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { code: string }).code).toBe('too_many_requests');
  });

  it('429 past the per-address limit, counting every request', async () => {
    const { booking, app } = await setup({
      trustProxy: true,
      addressRateLimit: { limit: 3, windowSeconds: 60 },
    });
    const from = (ip: string) =>
      requestToken(app, { reference: booking.reference }, { 'X-Forwarded-For': ip });
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.7')).status).toBe(401);
    const limited = await from('203.0.113.7');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect((await from('198.51.100.9')).status).toBe(401);
  });

  it('never puts the SDK secret in a response body, header or log line', async () => {
    const logs = captureLogger();
    const { booking, app, clock } = await setup({ logger: logs.logger });
    const seen: string[] = [];
    const staff = await signIn(app, STAFF.assigned);
    const requests: Array<() => Response | Promise<Response>> = [
      () => requestToken(app, { reference: booking.reference }, bearer(booking)),
      () => requestToken(app, { reference: booking.reference }, staff),
      () => requestToken(app, { reference: booking.reference, role: 'host' }, bearer(booking)),
      () => requestToken(app, { reference: booking.reference }),
      () => requestToken(app, { reference: 'x' }, { Authorization: `Bearer ${TEST_SDK_SECRET}` }),
      () => requestToken(app, '{', bearer(booking)),
      () => app.request('/api/v1/openapi.json'),
    ];
    for (const request of requests) await answer(request(), seen);
    clock.set(minutes(TEST_START, -60));
    await answer(requestToken(app, { reference: booking.reference }, bearer(booking)), seen);

    expect(seen.length).toBeGreaterThan(10);
    for (const text of seen) {
      // The Bearer header above carried the secret as a guess; it must not be echoed either.
      expect(text).not.toContain(TEST_SDK_SECRET);
    }
    expect(logs.text()).toContain('video token issued');
    expect(logs.text()).not.toContain(TEST_SDK_SECRET);
    expect(logs.text()).not.toContain(booking.manageToken);
    expect(logs.text()).not.toContain(booking.reference);
    expect(logs.text()).not.toMatch(/eyJ[A-Za-z0-9_-]+\./); // no JWT in the logs
  });
});
