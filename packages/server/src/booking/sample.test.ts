import type { Availability, StaffBooking } from '@machi-dx/booking/core';
import { expect, it } from 'vitest';
import { seed } from '../seed/seed.ts';
import { signIn } from '../testing/auth.ts';
import { bookingApp, bookingBody, postBooking } from '../testing/booking.ts';
import { describeEachDb } from '../testing/databases.ts';

describeEachDb('sample booking data', (db) => {
  it('seeds the three services, four specialists linked to the sample staff accounts and one booth per branch', async () => {
    await seed(db(), { sample: true });
    expect(await db().query('select id, sample from services order by sort_order')).toEqual([
      { id: 'migration', sample: true },
      { id: 'family-register', sample: true },
      { id: 'welfare', sample: true },
    ]);
    expect(
      await db().query(
        `select s.id, a.username from specialists s left join accounts a on a.id = s.account_id
         order by s.id`,
      ),
    ).toEqual([
      { id: 'specialist-migration', username: 'sample-migration' },
      { id: 'specialist-register', username: 'sample-family-register' },
      { id: 'specialist-welfare', username: 'sample-welfare' },
      { id: 'specialist-welfare-2', username: null },
    ]);
    expect(await db().query('select site_id from booths order by site_id')).toEqual([
      { site_id: 'higashidani-branch' },
      { site_id: 'kitaura-branch' },
      { site_id: 'minamiyama-branch' },
      { site_id: 'nishihama-branch' },
    ]);
    expect(
      await db().query(
        `select count(*)::int as n from specialist_weekly_hours
         where start_time = '08:30' and end_time = '17:15' and day between 1 and 5`,
      ),
    ).toEqual([{ n: 15 }]);
    // A second seed leaves the data alone.
    expect(await seed(db(), { sample: true })).toEqual({ seeded: false, reason: 'not_empty' });
  });

  it('every service has slots at every place it is offered, and a sample specialist sees a booking', async () => {
    await seed(db(), { sample: true });
    const app = bookingApp(db());
    for (const [serviceId, locationId] of [
      ['migration', 'home'],
      ['family-register', 'minamiyama-branch'],
      ['welfare', 'higashidani-branch'],
    ]) {
      const response = await app.request(
        `/api/v1/booking/availability?serviceId=${serviceId}&locationId=${locationId}&from=2026-12-01&to=2026-12-01`,
      );
      const { days } = (await response.json()) as Availability;
      expect(days[0]?.slots.length).toBeGreaterThan(0);
    }
    const booked = await postBooking(
      app,
      bookingBody({ serviceId: 'welfare', locationId: 'home' }),
    );
    expect(booked.status).toBe(201);
    const welfare = await signIn(app, 'sample-welfare', 'sample-welfare-passphrase');
    const response = await app.request('/api/v1/staff/bookings?from=2026-12-01&to=2026-12-01', {
      headers: welfare,
    });
    const { bookings } = (await response.json()) as { bookings: StaffBooking[] };
    expect(bookings.map((booking) => booking.specialistId)).toEqual(['specialist-welfare']);
  });
});
