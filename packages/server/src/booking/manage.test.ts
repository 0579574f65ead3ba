import type { Booking, CreatedBooking, SlotUnavailableBody } from '@machi-dx/booking/core';
import { expect, it } from 'vitest';
import type { App } from '../app.ts';
import {
  bookingApp,
  bookingBody,
  postBooking,
  seedBookingSample,
  withToken,
} from '../testing/booking.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { describeEachDb } from '../testing/databases.ts';

/** Unfolds an iCalendar file (RFC 5545 §3.1) into `NAME;PARAMS` → value pairs of the VEVENT. */
function parseIcs(text: string): Map<string, string> {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const event = lines.slice(lines.indexOf('BEGIN:VEVENT') + 1, lines.indexOf('END:VEVENT'));
  return new Map(
    event.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), line.slice(colon + 1)];
    }),
  );
}

async function book(app: App, overrides: Parameters<typeof bookingBody>[0] = {}) {
  const response = await postBooking(app, bookingBody(overrides));
  expect(response.status).toBe(201);
  return (await response.json()) as CreatedBooking;
}

async function rowsOf(db: () => import('../db/types.ts').Db) {
  return db().query('select * from bookings order by reference');
}

describeEachDb('managing a booking with its token', (db) => {
  it('GET shows the resident view to the token holder: no specialist, booth or summary', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    const created = await book(app, { summary: '生活が苦しい' });
    const response = await withToken(app, created.booking.reference, created.manageToken);
    expect(response.status).toBe(200);
    const { booking } = (await response.json()) as { booking: Record<string, unknown> };
    expect(booking).toEqual(created.booking);
    expect(JSON.stringify(booking)).not.toMatch(/生活が苦しい|specialist|booth/);
    // A reference as a person types it: lower case, full-width, no hyphens.
    const typed = created.booking.reference.toLowerCase().replace(/-/g, ' ');
    expect((await withToken(app, encodeURIComponent(typed), created.manageToken)).status).toBe(200);
  });

  it('401 without a token, 404 for a wrong token or an unknown reference — never the booking', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    const mine = await book(app);
    const other = await book(app, { start: '2026-12-02T10:00:00+09:00' });
    const missing = await withToken(app, mine.booking.reference, undefined);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    const basic = await app.request(`/api/v1/booking/bookings/${mine.booking.reference}`, {
      headers: { Authorization: `Basic ${btoa(`x:${mine.manageToken}`)}` },
    });
    expect(basic.status).toBe(401);
    for (const [reference, token] of [
      [mine.booking.reference, other.manageToken],
      [mine.booking.reference, `${mine.manageToken}x`],
      ['UWJ-7K4P-M2', mine.manageToken],
      ['not-a-reference', mine.manageToken],
    ] as const) {
      const response = await withToken(app, reference, token);
      expect(response.status).toBe(404);
      const text = await response.text();
      expect(text).not.toContain(mine.booking.reference);
      expect(text).not.toContain('宇和島');
      expect(JSON.parse(text)).toMatchObject({ code: 'not_found' });
    }
    for (const path of ['cancel', 'reschedule']) {
      const response = await withToken(
        app,
        `${mine.booking.reference}/${path}`,
        other.manageToken,
        {
          method: 'POST',
          body: path === 'reschedule' ? { start: '2026-12-03T10:00:00+09:00' } : undefined,
        },
      );
      expect(response.status).toBe(404);
    }
    expect(
      await db().query(`select count(*)::int as n from bookings where status = 'confirmed'`),
    ).toEqual([{ n: 2 }]);
  });

  it('cancels until the cut-off, answers a repeated cancel the same, refuses after the cut-off', async () => {
    await seedBookingSample(db());
    const created = await book(bookingApp(db()), { start: '2026-12-02T10:00:00+09:00' });
    // Cut-off of a 12/2 session: 12/1 17:15.
    expect(created.booking.cancellableUntil).toBe('2026-12-01T17:15:00+09:00');
    const late = bookingApp(db(), { now: () => new Date('2026-12-01T17:15:00+09:00') });
    const before = await rowsOf(db);
    const refused = await withToken(
      late,
      `${created.booking.reference}/cancel`,
      created.manageToken,
      {
        method: 'POST',
      },
    );
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      code: 'cutoff_passed',
      message: { en: expect.stringMatching(/too late/i) },
    });
    expect(await rowsOf(db)).toEqual(before);

    const app = bookingApp(db(), { now: () => new Date('2026-12-01T17:14:00+09:00') });
    const cancel = await withToken(
      app,
      `${created.booking.reference}/cancel`,
      created.manageToken,
      {
        method: 'POST',
      },
    );
    expect(cancel.status).toBe(200);
    const { booking } = (await cancel.json()) as { booking: Booking };
    expect(booking).toEqual({ ...created.booking, status: 'cancelled' });
    const again = await withToken(app, `${created.booking.reference}/cancel`, created.manageToken, {
      method: 'POST',
    });
    expect(again.status).toBe(200);
    expect(await db().query('select status, revision from bookings')).toEqual([
      { status: 'cancelled', revision: 1 },
    ]);
  });

  it('reschedules to a free slot, frees the old one and may move onto its own buffer', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    const created = await book(app);
    const moved = await withToken(
      app,
      `${created.booking.reference}/reschedule`,
      created.manageToken,
      {
        method: 'POST',
        body: { start: '2026-12-01T10:30:00+09:00' },
      },
    );
    expect(moved.status).toBe(200);
    const { booking } = (await moved.json()) as { booking: Booking };
    expect(booking).toMatchObject({
      reference: created.booking.reference,
      status: 'confirmed',
      start: '2026-12-01T10:30:00+09:00',
      end: '2026-12-01T11:00:00+09:00',
    });
    expect(
      (await postBooking(app, bookingBody({ start: '2026-12-01T09:30:00+09:00' }))).status,
    ).toBe(201);
    const later = await withToken(
      app,
      `${created.booking.reference}/reschedule`,
      created.manageToken,
      {
        method: 'POST',
        body: { start: '2026-12-03T14:00:00+09:00' },
      },
    );
    expect(((await later.json()) as { booking: Booking }).booking.cancellableUntil).toBe(
      '2026-12-02T17:15:00+09:00',
    );
    expect(await db().query('select max(revision)::int as revision from bookings')).toEqual([
      { revision: 2 },
    ]);
  });

  it('refuses a reschedule with 409 or 422 and writes nothing', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    const created = await book(app);
    await book(app, { start: '2026-12-01T14:00:00+09:00' });
    const reschedule = (start: unknown, token = created.manageToken, on = app) =>
      withToken(on, `${created.booking.reference}/reschedule`, token, {
        method: 'POST',
        body: { start },
      });
    const before = await rowsOf(db);

    const taken = await reschedule('2026-12-01T14:00:00+09:00');
    expect(taken.status).toBe(409);
    const conflict = (await taken.json()) as SlotUnavailableBody;
    expect(conflict.code).toBe('slot_unavailable');
    expect(conflict.alternatives.length).toBeGreaterThan(0);

    for (const [start, code] of [
      ['2026-12-01T14:10:00+09:00', 'not_on_boundary'],
      ['2026-12-05T10:00:00+09:00', 'closed'],
      ['2027-01-20T10:00:00+09:00', 'outside_horizon'],
      ['2026-12-01T12:00', 'invalid_format'],
    ] as const) {
      const response = await reschedule(start);
      expect(response.status).toBe(422);
      expect(
        ((await response.json()) as { errors: { path: string; code: string }[] }).errors,
      ).toEqual([expect.objectContaining({ path: 'start', code })]);
    }
    const extra = await withToken(
      app,
      `${created.booking.reference}/reschedule`,
      created.manageToken,
      {
        method: 'POST',
        body: { start: '2026-12-03T10:00:00+09:00', end: '2026-12-03T11:00:00+09:00' },
      },
    );
    expect(extra.status).toBe(422);

    const late = bookingApp(db(), { now: () => new Date('2026-11-30T17:30:00+09:00') });
    const afterCutoff = await reschedule('2026-12-03T10:00:00+09:00', created.manageToken, late);
    expect(afterCutoff.status).toBe(409);
    expect(await afterCutoff.json()).toMatchObject({ code: 'cutoff_passed' });
    expect(await rowsOf(db)).toEqual(before);

    await withToken(app, `${created.booking.reference}/cancel`, created.manageToken, {
      method: 'POST',
    });
    const cancelled = await reschedule('2026-12-03T10:00:00+09:00');
    expect(cancelled.status).toBe(409);
    expect(await cancelled.json()).toMatchObject({ code: 'booking_cancelled' });
    expect(
      await db().query(`select status from bookings where reference = $1`, [
        created.booking.reference,
      ]),
    ).toEqual([{ status: 'cancelled' }]);
  });

  it('GET calendar.ics: text/calendar in Asia/Tokyo that parses back, with Bearer or ?token=', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    const created = await book(app);
    const response = await withToken(
      app,
      `${created.booking.reference}/calendar.ics`,
      created.manageToken,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="${created.booking.reference}.ics"`,
    );
    const text = await response.text();
    expect(text).not.toContain(created.manageToken);
    const event = parseIcs(text);
    expect(event.get('UID')).toBe(`${created.booking.reference}@localhost`);
    expect(event.get('DTSTART;TZID=Asia/Tokyo')).toBe('20261201T100000');
    expect(event.get('DTEND;TZID=Asia/Tokyo')).toBe('20261201T103000');
    expect(event.get('SUMMARY')).toContain('移住・定住支援');
    expect(event.get('LOCATION')).toContain('北浦支所');
    expect(event.get('STATUS')).toBe('CONFIRMED');
    expect(event.get('SEQUENCE')).toBe('0');
    expect(event.get('DESCRIPTION')).toContain(created.booking.reference);

    const link = await app.request(
      `/api/v1/booking/bookings/${created.booking.reference}/calendar.ics?token=${created.manageToken}&lang=en`,
    );
    expect(link.status).toBe(200);
    expect(parseIcs(await link.text()).get('SUMMARY')).toMatch(/^Consultation: /);
    expect(
      (await withToken(app, `${created.booking.reference}/calendar.ics`, undefined)).status,
    ).toBe(401);
    expect((await withToken(app, `${created.booking.reference}/calendar.ics`, 'nope')).status).toBe(
      404,
    );

    await withToken(app, `${created.booking.reference}/cancel`, created.manageToken, {
      method: 'POST',
    });
    const cancelled = parseIcs(
      await (
        await withToken(app, `${created.booking.reference}/calendar.ics`, created.manageToken)
      ).text(),
    );
    expect(cancelled.get('STATUS')).toBe('CANCELLED');
    expect(cancelled.get('SEQUENCE')).toBe('1');
  });

  it('a video consultation from home says so in the calendar file', async () => {
    await seedBookingSample(db());
    await db().query(
      `insert into booking_settings (calendar_uid_domain) values ('uwajima.example')`,
    );
    const app = bookingApp(db());
    const created = await book(app, { serviceId: 'welfare', locationId: 'home' });
    const event = parseIcs(
      await (
        await withToken(app, `${created.booking.reference}/calendar.ics`, created.manageToken)
      ).text(),
    );
    expect(event.get('LOCATION')).toBe('ビデオ相談');
    expect(event.get('UID')).toBe(`${created.booking.reference}@uwajima.example`);
    expect(event.get('DTEND;TZID=Asia/Tokyo')).toBe('20261201T110000');
  });

  it('logs route patterns only: no reference, token, resident or summary', async () => {
    await seedBookingSample(db());
    const log = captureLogger();
    const app = bookingApp(db(), { logger: log.logger });
    const created = await book(app, { summary: '借金の相談' });
    const { reference } = created.booking;
    await withToken(app, reference, created.manageToken);
    await app.request(
      `/api/v1/booking/bookings/${reference}/calendar.ics?token=${created.manageToken}`,
    );
    await withToken(app, `${reference}/cancel`, 'wrong-token', { method: 'POST' });
    const routes = log
      .lines()
      .filter((line) => line.msg === 'request')
      .map((line) => `${line.status} ${line.route}`);
    expect(routes).toEqual([
      '201 /api/v1/booking/bookings',
      '200 /api/v1/booking/bookings/:reference',
      '200 /api/v1/booking/bookings/:reference/calendar.ics',
      '404 /api/v1/booking/bookings/:reference/cancel',
    ]);
    const text = log.text();
    for (const secret of [reference, created.manageToken, '宇和島', '借金', '0895-24-1111']) {
      expect(text).not.toContain(secret);
    }
  });
});
