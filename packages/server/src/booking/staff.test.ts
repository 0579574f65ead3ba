import type {
  Availability,
  CreatedBooking,
  StaffAvailability,
  StaffBooking,
} from '@machi-dx/booking/core';
import { expect, it } from 'vitest';
import type { App } from '../app.ts';
import { createTestAccount, SAME_ORIGIN, signIn } from '../testing/auth.ts';
import {
  bookingApp,
  bookingBody,
  postBooking,
  seedBookingSample,
  withToken,
} from '../testing/booking.ts';
import { describeEachDb } from '../testing/databases.ts';

async function staffAccount(
  db: import('../db/types.ts').Db,
  username: string,
  specialistId?: string,
) {
  const account = await createTestAccount(db, { username, role: 'staff' });
  if (specialistId) {
    await db.query('update specialists set account_id = $1 where id = $2', [
      account.id,
      specialistId,
    ]);
  }
  return account;
}

async function book(app: App, overrides: Parameters<typeof bookingBody>[0] = {}) {
  const response = await postBooking(app, bookingBody(overrides));
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedBooking;
}

function json(
  app: App,
  path: string,
  headers: Record<string, string>,
  init: { method?: string; body?: unknown } = {},
) {
  return app.request(`/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...headers,
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

describeEachDb('staff routes', (db) => {
  it('401 without a session, 403 for other roles and for staff without a specialist', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    await createTestAccount(db(), { username: 'hq-desk', role: 'hq' });
    await staffAccount(db(), 'staff-unlinked');
    const routes = [
      ['GET', '/staff/bookings?from=2026-12-01&to=2026-12-31', undefined],
      ['GET', '/staff/availability', undefined],
      ['PUT', '/staff/availability', { weeklyHours: [], exceptions: [] }],
      ['POST', '/staff/bookings/UWJ-7K4P-M2/status', { status: 'done' }],
    ] as const;
    for (const [method, path, body] of routes) {
      expect((await json(app, path, { ...SAME_ORIGIN }, { method, body })).status).toBe(401);
    }
    for (const username of ['hq-desk', 'staff-unlinked']) {
      const session = await signIn(app, username);
      for (const [method, path, body] of routes) {
        const response = await json(app, path, session, { method, body });
        expect(response.status).toBe(403);
        expect(await response.json()).toMatchObject({ code: 'forbidden' });
      }
    }
    expect(await db().query('select count(*)::int as n from specialist_weekly_hours')).toEqual([
      { n: 25 },
    ]);
  });

  it('GET /staff/bookings: the specialist’s own schedule with summaries and accommodations', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    await staffAccount(db(), 'migration-tanaka', 'specialist-migration');
    const first = await book(app, {
      start: '2026-12-02T09:00:00+09:00',
      summary: '住まいの相談',
      accommodations: [{ type: 'written_communication' }],
    });
    const second = await book(app, { locationId: 'home', start: '2026-12-01T13:00:00+09:00' });
    await book(app, {
      serviceId: 'welfare',
      locationId: 'home',
      start: '2026-12-01T13:00:00+09:00',
    });
    await withToken(app, `${second.booking.reference}/cancel`, second.manageToken, {
      method: 'POST',
    });
    const session = await signIn(app, 'migration-tanaka');
    const response = await json(app, '/staff/bookings?from=2026-12-01&to=2026-12-02', session);
    expect(response.status).toBe(200);
    const { bookings } = (await response.json()) as { bookings: StaffBooking[] };
    expect(bookings.map((booking) => [booking.reference, booking.status])).toEqual([
      [second.booking.reference, 'cancelled'],
      [first.booking.reference, 'confirmed'],
    ]);
    expect(bookings[1]).toEqual({
      ...first.booking,
      specialistId: 'specialist-migration',
      boothId: 'kitaura-branch-booth-1',
      summary: '住まいの相談',
    });
    const outside = await json(app, '/staff/bookings?from=2026-12-03&to=2026-12-31', session);
    expect(((await outside.json()) as { bookings: unknown[] }).bookings).toEqual([]);
    const bad = await json(app, '/staff/bookings?from=2026-12-01&to=2027-03-01', session);
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ errors: [{ path: 'to', code: 'range_too_long' }] });
  });

  it('GET|PUT /staff/availability: weekly hours with exceptions, and the slots follow', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    await staffAccount(db(), 'migration-tanaka', 'specialist-migration');
    const session = await signIn(app, 'migration-tanaka');
    const current = await json(app, '/staff/availability', session);
    expect(current.status).toBe(200);
    const { availability } = (await current.json()) as { availability: StaffAvailability };
    expect(availability.weeklyHours).toHaveLength(5);
    expect(availability.weeklyHours[0]).toEqual({ day: 1, start: '08:30', end: '17:15' });
    expect(availability.exceptions).toEqual([]);

    const next: StaffAvailability = {
      weeklyHours: [
        { day: 2, start: '09:00', end: '12:00' },
        { day: 2, start: '13:00', end: '15:00' },
      ],
      exceptions: [{ date: '2026-12-08', hours: [], note: '研修' }],
    };
    const saved = await json(app, '/staff/availability', session, { method: 'PUT', body: next });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ availability: next });
    expect(await (await json(app, '/staff/availability', session)).json()).toEqual({
      availability: next,
    });

    const slots = (await (
      await app.request(
        '/api/v1/booking/availability?serviceId=migration&locationId=home&from=2026-12-01&to=2026-12-08',
      )
    ).json()) as Availability;
    const tuesday = slots.days[0]?.slots.map((slot) => slot.start.slice(11, 16));
    expect(tuesday).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '13:00',
      '13:30',
      '14:00',
      '14:30',
    ]);
    expect(slots.days[1]?.closed).toEqual({ reason: 'no_hours' });
    expect(slots.days[7]?.closed).toEqual({ reason: 'no_hours' });

    const before = await db().query(
      'select * from specialist_weekly_hours order by day, start_time',
    );
    const overlapping = await json(app, '/staff/availability', session, {
      method: 'PUT',
      body: {
        weeklyHours: [
          { day: 1, start: '09:00', end: '12:00' },
          { day: 1, start: '11:00', end: '13:00' },
        ],
        exceptions: [{ date: '2026-12-08', hours: [{ start: '10:00', end: '09:00' }] }],
      },
    });
    expect(overlapping.status).toBe(422);
    expect(
      ((await overlapping.json()) as { errors: { path: string; code: string }[] }).errors.map(
        ({ path, code }) => `${path}:${code}`,
      ),
    ).toEqual(['weeklyHours.1.start:overlap', 'exceptions.0.hours.0.end:before_start']);
    expect(
      await db().query('select * from specialist_weekly_hours order by day, start_time'),
    ).toEqual(before);
  });

  it('POST /staff/bookings/{reference}/status: own sessions, once started, never cancelled ones', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    await staffAccount(db(), 'migration-tanaka', 'specialist-migration');
    await staffAccount(db(), 'register-suzuki', 'specialist-register');
    const mine = await book(app);
    const cancelled = await book(app, { start: '2026-12-01T11:00:00+09:00' });
    await withToken(app, `${cancelled.booking.reference}/cancel`, cancelled.manageToken, {
      method: 'POST',
    });
    const status = (on: App, session: Record<string, string>, reference: string, value: unknown) =>
      json(on, `/staff/bookings/${reference}/status`, session, {
        method: 'POST',
        body: { status: value },
      });

    const early = await status(
      app,
      await signIn(app, 'migration-tanaka'),
      mine.booking.reference,
      'done',
    );
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ code: 'booking_not_started' });

    const later = bookingApp(db(), { now: () => new Date('2026-12-01T10:05:00+09:00') });
    const session = await signIn(later, 'migration-tanaka');
    const other = await signIn(later, 'register-suzuki');
    expect((await status(later, other, mine.booking.reference, 'done')).status).toBe(403);
    expect((await status(later, session, 'UWJ-7K4P-M2', 'done')).status).toBe(404);
    expect((await status(later, session, mine.booking.reference, 'finished')).status).toBe(422);
    const refused = await status(later, session, cancelled.booking.reference, 'no_show');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'booking_cancelled' });
    expect(
      await db().query(
        `select count(*)::int as n from bookings where status in ('done', 'no_show')`,
      ),
    ).toEqual([{ n: 0 }]);

    const done = await status(later, session, mine.booking.reference.toLowerCase(), 'done');
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({
      booking: expect.objectContaining({
        reference: mine.booking.reference,
        status: 'done',
        specialistId: 'specialist-migration',
      }),
    });
    // The resident sees it too, and can no longer change it.
    const view = await withToken(later, mine.booking.reference, mine.manageToken);
    expect(((await view.json()) as CreatedBooking).booking.status).toBe('done');
  });
});
