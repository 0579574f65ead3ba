import type { CreatedBooking } from '@machi-dx/booking/core';
import { expect, it } from 'vitest';
import {
  bookingApp,
  bookingBody,
  bookingTableCounts,
  postBooking,
  seedBookingSample,
  withToken,
} from '../testing/booking.ts';
import { describeEachDb } from '../testing/databases.ts';

interface ErrorBody {
  code: string;
  message: { ja: string; en: string };
  errors?: { path: string; code: string; message: { ja: string; en: string } }[];
}

describeEachDb('POST /booking/bookings', (db) => {
  it('books a slot: 201 with the resident view, a reference and a manage token stored only hashed', async () => {
    await seedBookingSample(db());
    const response = await postBooking(
      bookingApp(db()),
      bookingBody({
        resident: {
          name: ' 宇和島 太郎 ',
          nameKana: 'うわじま ﾀﾛｳ',
          phone: '０８９５２４１１１１',
          email: 'taro@example.jp',
        },
        summary: '移住の相談です',
        accommodations: [
          { type: 'sign_language' },
          { type: 'interpreter', language: 'ベトナム語' },
        ],
      }),
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as CreatedBooking;
    expect(body.booking).toEqual({
      reference: expect.stringMatching(
        /^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/,
      ),
      status: 'confirmed',
      serviceId: 'migration',
      locationId: 'kitaura-branch',
      start: '2026-12-01T10:00:00+09:00',
      end: '2026-12-01T10:30:00+09:00',
      resident: {
        name: '宇和島 太郎',
        // Half-width kana become full-width, and so does the space between them.
        nameKana: 'ウワジマ　タロウ',
        phone: '0895-24-1111',
        email: 'taro@example.jp',
      },
      accommodations: [{ type: 'sign_language' }, { type: 'interpreter', language: 'ベトナム語' }],
      // Close of the previous business day.
      cancellableUntil: '2026-11-30T17:15:00+09:00',
      createdAt: '2026-11-30T10:00:00+09:00',
    });
    expect(body.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.headers.get('Location')).toBe(
      `/api/v1/booking/bookings/${body.booking.reference}`,
    );
    const [row] = await db().query<Record<string, unknown>>(
      `select manage_token_hash, specialist_id, booth_id, summary, mode, site_id,
              upper(blocked) - upper(during) as buffer
       from bookings`,
    );
    expect(row).toMatchObject({
      specialist_id: 'specialist-migration',
      booth_id: 'kitaura-branch-booth-1',
      summary: '移住の相談です',
      mode: 'branch',
      site_id: 'kitaura-branch',
    });
    expect(row?.manage_token_hash).not.toBe(body.manageToken);
    expect(JSON.stringify(row)).not.toContain(body.manageToken);
  });

  it('books from home without a booth, spreading work over the free specialists', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    const body = bookingBody({ serviceId: 'welfare', locationId: 'home' });
    const first = await postBooking(app, body);
    const second = await postBooking(app, body);
    expect([first.status, second.status]).toEqual([201, 201]);
    const rows = await db().query<{ specialist_id: string; booth_id: string | null }>(
      'select specialist_id, booth_id from bookings order by specialist_id',
    );
    expect(rows).toEqual([
      { specialist_id: 'specialist-welfare', booth_id: null },
      { specialist_id: 'specialist-welfare-2', booth_id: null },
    ]);
    // Both welfare specialists are busy now.
    const third = await postBooking(app, body);
    expect(third.status).toBe(409);
  });

  it('stores markup and script strings as plain text and returns them unchanged', async () => {
    await seedBookingSample(db());
    const markup = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const response = await postBooking(
      bookingApp(db()),
      bookingBody({
        resident: { name: markup, nameKana: 'タロウ', phone: '0895-24-1111' },
        summary: `${markup}\n'); DROP TABLE bookings; --`,
        accommodations: [{ type: 'other', text: '<b>段差</b> &amp; 介助' }],
      }),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = (await response.json()) as CreatedBooking;
    expect(body.booking.resident.name).toBe(markup);
    expect(body.booking.accommodations).toEqual([
      { type: 'other', text: '<b>段差</b> &amp; 介助' },
    ]);
    const [row] = await db().query<{ resident_name: string; summary: string }>(
      'select resident_name, summary from bookings',
    );
    expect(row).toEqual({
      resident_name: markup,
      summary: `${markup}\n'); DROP TABLE bookings; --`,
    });
    const view = await withToken(bookingApp(db()), body.booking.reference, body.manageToken);
    expect(((await view.json()) as CreatedBooking).booking.resident.name).toBe(markup);
  });

  const badInputs: [string, unknown, number, string[]][] = [
    [
      'missing fields',
      {},
      422,
      [
        'serviceId:required',
        'locationId:required',
        'start:required',
        'resident:required',
        'consent:required',
      ],
    ],
    ['extra fields', bookingBody({ price: 0 } as never), 422, ['price:unrecognized_key']],
    [
      'wrong types',
      bookingBody({ start: 1764550800000, consent: 'yes', resident: [] }),
      422,
      ['start:invalid_type', 'resident:invalid_type', 'consent:required'],
    ],
    [
      'start without an offset',
      bookingBody({ start: '2026-12-01T10:00:00' }),
      422,
      ['start:invalid_format'],
    ],
    ['start in the past', bookingBody({ start: '2026-11-27T10:00:00+09:00' }), 422, ['start:past']],
    [
      'start not on a slot boundary',
      bookingBody({ start: '2026-12-01T10:10:00+09:00' }),
      422,
      ['start:not_on_boundary'],
    ],
    [
      'start on a closed day',
      bookingBody({ start: '2026-12-05T10:00:00+09:00' }),
      422,
      ['start:closed'],
    ],
    [
      'start before the notice',
      bookingBody({ start: '2026-11-30T15:00:00+09:00' }),
      422,
      ['start:before_notice'],
    ],
    [
      'start after the horizon',
      bookingBody({ start: '2027-01-05T10:00:00+09:00' }),
      422,
      ['start:outside_horizon'],
    ],
    [
      'start outside hours',
      bookingBody({ start: '2026-12-01T18:00:00+09:00' }),
      422,
      ['start:outside_hours'],
    ],
    [
      'unknown service and location',
      bookingBody({ serviceId: 'tax', locationId: 'moon' }),
      422,
      ['serviceId:unknown', 'locationId:unknown'],
    ],
    [
      'mode not allowed for the service',
      bookingBody({ serviceId: 'family-register', locationId: 'home' }),
      422,
      ['locationId:mode_not_allowed'],
    ],
    ['no consent', bookingBody({ consent: false }), 422, ['consent:required']],
    [
      'furigana in another script',
      bookingBody({ resident: { name: '太郎', nameKana: 'Taro', phone: '0895-24-1111' } }),
      422,
      ['resident.nameKana:invalid_characters'],
    ],
    [
      'a bad phone number and e-mail',
      bookingBody({ resident: { name: '太郎', nameKana: 'タロウ', phone: '12345', email: 'x@' } }),
      422,
      ['resident.phone:invalid_prefix', 'resident.email:invalid_format'],
    ],
    [
      'a duplicate accommodation',
      bookingBody({ accommodations: [{ type: 'wheelchair' }, { type: 'wheelchair' }] }),
      422,
      ['accommodations.1.type:duplicate'],
    ],
    [
      'a summary that is too long',
      bookingBody({ summary: 'あ'.repeat(2001) }),
      422,
      ['summary:too_long'],
    ],
    ['invalid JSON', '{"serviceId": ', 400, []],
    ['a body that is not an object', '[]', 422, [':invalid_type']],
    ['an oversize body', bookingBody({ summary: 'あ'.repeat(400_000) }), 413, []],
  ];

  for (const [name, body, status, fields] of badInputs) {
    it(`refuses ${name}: ${status}${fields.length ? ` on ${fields.join(', ')}` : ''}, writing nothing`, async () => {
      await seedBookingSample(db());
      const before = await bookingTableCounts(db());
      const response = await postBooking(bookingApp(db()), body);
      expect(response.status).toBe(status);
      const error = (await response.json()) as ErrorBody;
      expect(error.message.ja.length).toBeGreaterThan(0);
      if (status === 422) {
        expect(error.code).toBe('validation_failed');
        expect(error.errors?.map(({ path, code }) => `${path}:${code}`)).toEqual(fields);
        for (const field of error.errors ?? []) {
          expect(field.message.ja).not.toMatch(/^booking\./);
          expect(field.message.en).not.toMatch(/^booking\./);
        }
      }
      expect(await bookingTableCounts(db())).toEqual(before);
    });
  }

  it('refuses a body that is not JSON with 415', async () => {
    await seedBookingSample(db());
    const response = await bookingApp(db()).request('/api/v1/booking/bookings', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'serviceId=migration',
    });
    expect(response.status).toBe(415);
    expect(await bookingTableCounts(db())).toMatchObject({ bookings: 0 });
  });

  it('says which field is wrong with a friendly message in both languages', async () => {
    await seedBookingSample(db());
    const response = await postBooking(
      bookingApp(db()),
      bookingBody({ start: '2026-12-05T10:00:00+09:00' }),
    );
    expect(((await response.json()) as ErrorBody).errors).toEqual([
      {
        path: 'start',
        code: 'closed',
        message: {
          ja: expect.any(String),
          en: 'The office is closed that day. Select another day',
        },
      },
    ]);
  });

  it('answers 429 with Retry-After past the per-address limit', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db(), {
      trustProxy: true,
      createRateLimit: { limit: 2, windowSeconds: 60 },
    });
    const from = (ip: string) => ({ 'X-Forwarded-For': ip });
    const starts = ['10:00', '11:00', '13:00'].map((time) => `2026-12-01T${time}:00+09:00`);
    expect(
      (await postBooking(app, bookingBody({ start: starts[0] }), from('203.0.113.5'))).status,
    ).toBe(201);
    // A refused request counts too: the limit is on attempts, not only successes.
    expect(
      (await postBooking(app, bookingBody({ consent: false }), from('203.0.113.5'))).status,
    ).toBe(422);
    const limited = await postBooking(app, bookingBody({ start: starts[1] }), from('203.0.113.5'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await limited.json()) as ErrorBody).code).toBe('too_many_requests');
    expect(
      (await postBooking(app, bookingBody({ start: starts[2] }), from('198.51.100.7'))).status,
    ).toBe(201);
    expect(await db().query('select count(*)::int as n from bookings')).toEqual([{ n: 2 }]);
  });
});
