import type { Availability, Location, Service } from '@machi-dx/booking/core';
import { expect, it } from 'vitest';
import { bookingApp, bookingBody, postBooking, seedBookingSample } from '../testing/booking.ts';
import { describeEachDb } from '../testing/databases.ts';

describeEachDb('booking catalog and availability', (db) => {
  it('GET /booking/services lists the three sample services in ja, en and ja-easy', async () => {
    await seedBookingSample(db());
    const response = await bookingApp(db()).request('/api/v1/booking/services');
    expect(response.status).toBe(200);
    const { services } = (await response.json()) as { services: Service[] };
    expect(services.map((service) => service.id)).toEqual([
      'migration',
      'family-register',
      'welfare',
    ]);
    const [migration, register, welfare] = services;
    expect(migration).toMatchObject({
      name: { ja: '移住・定住支援', en: expect.any(String), 'ja-easy': expect.any(String) },
      durationMinutes: 30,
      modes: ['branch', 'home'],
    });
    expect(register?.name.ja).toBe('出生届など戸籍の届出');
    expect(register?.modes).toEqual(['branch']);
    expect(register?.documents[0]).toEqual({
      ja: expect.any(String),
      en: expect.any(String),
      'ja-easy': expect.any(String),
    });
    expect(welfare).toMatchObject({ name: { ja: '生活保護の相談' }, durationMinutes: 60 });
    // Rules that are the server's business stay out of the wire shape.
    expect(Object.keys(welfare ?? {}).sort()).toEqual(
      ['description', 'documents', 'durationMinutes', 'id', 'modes', 'name'].sort(),
    );
  });

  it('GET /booking/locations lists the four branches with one booth each, then home', async () => {
    await seedBookingSample(db());
    const response = await bookingApp(db()).request('/api/v1/booking/locations');
    expect(response.status).toBe(200);
    const { locations } = (await response.json()) as { locations: Location[] };
    expect(locations.map((location) => `${location.kind}:${location.id}`)).toEqual([
      'branch:kitaura-branch',
      'branch:minamiyama-branch',
      'branch:higashidani-branch',
      'branch:nishihama-branch',
      'home:home',
    ]);
    expect(locations[0]).toMatchObject({
      name: { ja: '北浦支所' },
      address: { postalCode: '000-0002' },
      booths: [{ id: 'kitaura-branch-booth-1', name: { ja: '相談ブース' } }],
    });
    expect(locations[4]).toEqual({ id: 'home', kind: 'home', name: expect.any(Object) });
  });

  it('empty catalog before a city is set up', async () => {
    const app = bookingApp(db());
    expect(await (await app.request('/api/v1/booking/services')).json()).toEqual({ services: [] });
    expect(await (await app.request('/api/v1/booking/locations')).json()).toEqual({
      locations: [{ id: 'home', kind: 'home', name: expect.any(Object) }],
    });
  });

  it('GET /booking/availability offers 8:30–17:15 weekday slots in Tokyo and says why days are closed', async () => {
    await seedBookingSample(db());
    const response = await bookingApp(db()).request(
      '/api/v1/booking/availability?serviceId=migration&locationId=kitaura-branch&from=2026-11-29&to=2027-01-04',
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Availability;
    expect(body.timeZone).toBe('Asia/Tokyo');
    const day = (date: string) => body.days.find((entry) => entry.date === date);
    expect(day('2026-11-29')?.closed).toEqual({ reason: 'past' });
    // Monday 11/30 10:00: today's remaining slots are past the one-business-day notice.
    expect(day('2026-11-30')?.closed).toEqual({ reason: 'before_notice' });
    const tuesday = day('2026-12-01');
    expect(tuesday?.closed).toBeUndefined();
    expect(tuesday?.slots[0]).toEqual({
      start: '2026-12-01T08:30:00+09:00',
      end: '2026-12-01T09:00:00+09:00',
    });
    // 30-minute sessions on a 30-minute grid, the last ending by 17:15.
    expect(tuesday?.slots.at(-1)?.start).toBe('2026-12-01T16:30:00+09:00');
    expect(tuesday?.slots).toHaveLength(17);
    expect(day('2026-12-05')?.closed).toEqual({ reason: 'weekend' });
    expect(day('2026-12-29')?.closed).toMatchObject({
      reason: 'closure',
      label: { ja: '年末年始' },
    });
    expect(day('2027-01-04')?.closed).toEqual({ reason: 'outside_horizon' });
    expect(body.days).toHaveLength(37);
  });

  it('treats national holidays and site closures from the database as closed days', async () => {
    await seedBookingSample(db());
    await db().query(
      `insert into site_closures (site_id, from_date, to_date, label)
       values ('kitaura-branch', '2026-12-02', '2026-12-03', $1), ('main-office', '2026-12-10', '2026-12-10', null)`,
      [{ ja: '改修工事', en: 'Renovation' }],
    );
    const app = bookingApp(db(), { now: () => new Date('2027-02-01T09:00:00+09:00') });
    const holiday = (await (
      await app.request(
        '/api/v1/booking/availability?serviceId=migration&locationId=home&from=2027-02-11&to=2027-02-11',
      )
    ).json()) as Availability;
    expect(holiday.days[0]?.closed).toMatchObject({
      reason: 'holiday',
      label: { ja: '建国記念の日' },
    });

    const closures = (await (
      await bookingApp(db()).request(
        '/api/v1/booking/availability?serviceId=migration&locationId=kitaura-branch&from=2026-12-02&to=2026-12-10',
      )
    ).json()) as Availability;
    expect(closures.days[0]?.closed).toEqual({
      reason: 'closure',
      label: { ja: '改修工事', en: 'Renovation' },
    });
    // The main office closing closes every location: the specialists work there.
    expect(closures.days.at(-1)?.closed).toEqual({ reason: 'closure' });
    // Another branch is open on 12/2.
    const other = (await (
      await bookingApp(db()).request(
        '/api/v1/booking/availability?serviceId=migration&locationId=nishihama-branch&from=2026-12-02&to=2026-12-02',
      )
    ).json()) as Availability;
    expect(other.days[0]?.slots.length).toBeGreaterThan(0);
  });

  it('hides a booked slot, its buffer and the booth, and shows it again after a cancel', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    const created = await postBooking(app, bookingBody());
    expect(created.status).toBe(201);
    const url =
      '/api/v1/booking/availability?serviceId=family-register&locationId=kitaura-branch&from=2026-12-01&to=2026-12-01';
    const slots = async () =>
      ((await (await app.request(url)).json()) as Availability).days[0]?.slots.map((slot) =>
        slot.start.slice(11, 16),
      );
    // Another service, another specialist — but the same single booth at Kitaura, which is busy
    // 10:00–10:30 plus the 10-minute buffer: 09:30 would end at 10:00 but needs 10 free minutes.
    const taken = await slots();
    expect(taken).not.toContain('10:00');
    expect(taken).not.toContain('10:30');
    expect(taken).not.toContain('09:30');
    expect(taken).toContain('09:00');
    expect(taken).toContain('11:00');
    const { manageToken, booking } = (await created.json()) as {
      manageToken: string;
      booking: { reference: string };
    };
    const cancel = await app.request(`/api/v1/booking/bookings/${booking.reference}/cancel`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${manageToken}` },
    });
    expect(cancel.status).toBe(200);
    expect(await slots()).toContain('10:00');
  });

  it('answers 422 with field messages for bad availability queries', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    const errors = async (query: string) => {
      const response = await app.request(`/api/v1/booking/availability?${query}`);
      expect(response.status).toBe(422);
      const body = (await response.json()) as {
        code: string;
        errors: { path: string; code: string; message: { ja: string; en: string } }[];
      };
      expect(body.code).toBe('validation_failed');
      for (const error of body.errors) expect(error.message.ja.length).toBeGreaterThan(0);
      return body.errors.map(({ path, code }) => `${path}:${code}`);
    };
    expect(await errors('from=2026-12-01')).toEqual([
      'serviceId:required',
      'locationId:required',
      'to:required',
    ]);
    expect(
      await errors('serviceId=migration&locationId=home&from=2026-12-01&to=2027-02-01'),
    ).toEqual(['to:range_too_long']);
    expect(
      await errors('serviceId=migration&locationId=home&from=2026-12-02&to=2026-12-01'),
    ).toEqual(['to:before_from']);
    expect(
      await errors('serviceId=migration&locationId=home&from=2026-02-30&to=2026-12-01'),
    ).toEqual(['from:invalid_format']);
    expect(
      await errors('serviceId=nope&locationId=atlantis&from=2026-12-01&to=2026-12-01'),
    ).toEqual(['serviceId:unknown', 'locationId:unknown']);
    expect(
      await errors('serviceId=family-register&locationId=home&from=2026-12-01&to=2026-12-01'),
    ).toEqual(['locationId:mode_not_allowed']);
    // The main office is a site but not a place residents join from.
    expect(
      await errors('serviceId=migration&locationId=main-office&from=2026-12-01&to=2026-12-01'),
    ).toEqual(['locationId:unknown']);
  });

  it('documents every booking route and schema in openapi.json', async () => {
    const response = await bookingApp(db()).request('/api/v1/openapi.json');
    const document = (await response.json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/booking/services',
        '/api/v1/booking/locations',
        '/api/v1/booking/availability',
        '/api/v1/booking/bookings',
        '/api/v1/booking/bookings/{reference}',
        '/api/v1/booking/bookings/{reference}/cancel',
        '/api/v1/booking/bookings/{reference}/reschedule',
        '/api/v1/booking/bookings/{reference}/calendar.ics',
        '/api/v1/staff/bookings',
        '/api/v1/staff/availability',
        '/api/v1/staff/bookings/{reference}/status',
      ]),
    );
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'CreateBookingBody',
        'CreatedBooking',
        'SlotUnavailable',
        'BookingAvailability',
      ]),
    );
    expect(document.components.securitySchemes.manageToken).toMatchObject({ scheme: 'bearer' });
    expect(Object.keys(document.paths['/api/v1/staff/availability'] ?? {}).sort()).toEqual([
      'get',
      'put',
    ]);
  });
});
