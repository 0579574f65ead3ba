// @vitest-environment node
import type { z } from 'zod';
import type {
  Booking,
  CreateBookingBody,
  CreatedBooking,
  FieldError,
  RescheduleBody,
  SlotUnavailableBody,
} from '../types';
import {
  bookingSchema,
  createBookingBodySchema,
  createdBookingSchema,
  rescheduleBodySchema,
  slotUnavailableBodySchema,
} from './booking';
import { toFieldErrors } from './field-errors';

const valid = {
  serviceId: 'migration',
  locationId: 'branch-yoshida',
  start: '2026-12-01T10:00:00+09:00',
  resident: { name: '宇和島 太郎', nameKana: 'うわじま たろう', phone: '0895-24-1111' },
  consent: true,
};

/** Parses `input`; returns the field errors (empty when valid). */
function errorsOf(input: unknown): FieldError[] {
  const result = createBookingBodySchema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error, input);
}

function codes(input: unknown): string[] {
  return errorsOf(input).map(({ path, code }) => `${path}:${code}`);
}

describe('createBookingBodySchema', () => {
  it('accepts a valid body and normalises kana, phone and whitespace', () => {
    const parsed = createBookingBodySchema.parse({
      ...valid,
      resident: {
        name: '  宇和島 太郎 ',
        nameKana: 'ｳﾜｼﾞﾏ　たろう',
        phone: '０９０１２３４５６７８',
        email: ' ｔａｒｏ＠example.jp ',
      },
      summary: ' 移住の相談\r\nです ',
      accommodations: [
        { type: 'sign_language' },
        { type: 'interpreter', language: ' ベトナム語 ' },
      ],
    });
    expect(parsed.resident).toEqual({
      name: '宇和島 太郎',
      nameKana: 'ウワジマ　タロウ',
      phone: '090-1234-5678',
      email: 'taro@example.jp',
    });
    expect(parsed.summary).toBe('移住の相談\nです');
    expect(parsed.accommodations?.[1]).toEqual({ type: 'interpreter', language: 'ベトナム語' });
  });

  it('reports each missing field as required, with its own wording', () => {
    const errors = errorsOf({});
    expect(errors.map(({ path, code }) => `${path}:${code}`)).toEqual([
      'serviceId:required',
      'locationId:required',
      'start:required',
      'resident:required',
      'consent:required',
    ]);
    expect(errors.find((error) => error.path === 'start')?.message).toEqual({
      ja: '相談の日時を選んでください',
      en: 'Select a date and time',
    });
    expect(codes({ ...valid, resident: { name: '' } })).toEqual([
      'resident.name:required',
      'resident.nameKana:required',
      'resident.phone:required',
    ]);
  });

  it('tells a missing field from a wrong type even without the input', () => {
    const result = createBookingBodySchema.safeParse({
      ...valid,
      serviceId: 42,
      locationId: undefined,
    });
    const errors = result.success ? [] : toFieldErrors(result.error);
    expect(errors.map(({ path, code }) => `${path}:${code}`)).toEqual([
      'serviceId:invalid_type',
      'locationId:required',
    ]);
  });

  it('refuses extra fields anywhere', () => {
    expect(codes({ ...valid, price: 0, resident: { ...valid.resident, age: 40 } })).toEqual([
      'resident.age:unrecognized_key',
      'price:unrecognized_key',
    ]);
    expect(codes({ ...valid, accommodations: [{ type: 'wheelchair', note: 'x' }] })).toEqual([
      'accommodations.0.note:unrecognized_key',
    ]);
  });

  it('refuses wrong types', () => {
    expect(
      codes({
        ...valid,
        start: 1764550800000,
        resident: [],
        accommodations: 'sign_language',
        consent: 'yes',
      }),
    ).toEqual([
      'start:invalid_type',
      'resident:invalid_type',
      'accommodations:invalid_type',
      'consent:required',
    ]);
    expect(codes(null)).toEqual([':invalid_type']);
  });

  it('requires consent to be exactly true', () => {
    for (const consent of [false, 'true', 1, undefined]) {
      expect(codes({ ...valid, consent })).toEqual(['consent:required']);
    }
    expect(errorsOf({ ...valid, consent: false })[0]?.message.ja).toBe(
      '個人情報の取り扱いに同意してください',
    );
  });

  it('refuses a start without an offset or that is not a date-time', () => {
    for (const start of [
      '2026-12-01T10:00:00',
      '2026-12-01',
      'tomorrow',
      '2026-02-30T10:00+09:00',
    ]) {
      expect(codes({ ...valid, start })).toEqual(['start:invalid_format']);
    }
  });

  it('explains furigana, phone and e-mail problems', () => {
    const errors = errorsOf({
      ...valid,
      resident: { name: '太郎', nameKana: '宇和島タロウ', phone: '12345', email: 'taro@' },
    });
    expect(errors.map(({ path, code }) => `${path}:${code}`)).toEqual([
      'resident.nameKana:invalid_characters',
      'resident.phone:invalid_prefix',
      'resident.email:invalid_format',
    ]);
    expect(errors[0]).toMatchObject({
      params: { characters: '宇 和 島' },
      message: { ja: 'フリガナはカタカナで入力してください（使えない文字：宇 和 島）' },
    });
    expect(codes({ ...valid, resident: { ...valid.resident, phone: '090-1234-567' } })).toEqual([
      'resident.phone:invalid_length',
    ]);
  });

  it('limits lengths in characters, not UTF-16 units', () => {
    expect(codes({ ...valid, resident: { ...valid.resident, name: '𠮷'.repeat(100) } })).toEqual(
      [],
    );
    const tooLong = errorsOf({ ...valid, resident: { ...valid.resident, name: '𠮷'.repeat(101) } });
    expect(tooLong).toMatchObject([
      { path: 'resident.name', code: 'too_long', params: { max: 100 } },
    ]);
    expect(tooLong[0]?.message.en).toBe('Your name must be 100 characters or fewer');
    expect(codes({ ...valid, summary: 'あ'.repeat(2001) })).toEqual(['summary:too_long']);
  });

  it('keeps markup and script strings inert: stored exactly as plain text', () => {
    const markup = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const parsed = createBookingBodySchema.parse({
      ...valid,
      resident: { ...valid.resident, name: markup },
      summary: `${markup}\n'; DROP TABLE bookings; --`,
      accommodations: [{ type: 'other', text: '<b>段差</b> &amp; 介助' }],
    });
    expect(parsed.resident.name).toBe(markup);
    expect(parsed.summary).toBe(`${markup}\n'; DROP TABLE bookings; --`);
    expect(parsed.accommodations).toEqual([{ type: 'other', text: '<b>段差</b> &amp; 介助' }]);
  });

  it('refuses control characters and line breaks in one-line fields', () => {
    expect(codes({ ...valid, resident: { ...valid.resident, name: '太郎\u0000' } })).toEqual([
      'resident.name:invalid_characters',
    ]);
    expect(codes({ ...valid, resident: { ...valid.resident, name: '太\n郎' } })).toEqual([
      'resident.name:invalid_characters',
    ]);
    expect(codes({ ...valid, resident: { ...valid.resident, name: 'abc\u202Edef' } })).toEqual([
      'resident.name:invalid_characters',
    ]);
  });

  it('validates accommodations: known types, required details, no duplicates', () => {
    expect(
      codes({
        ...valid,
        accommodations: [
          { type: 'sign_language' },
          { type: 'interpreter' },
          { type: 'other', text: '  ' },
          { type: 'sign_language' },
          { type: 'massage' },
        ],
      }),
    ).toEqual([
      'accommodations.1.language:required',
      'accommodations.2.text:required',
      'accommodations.4.type:invalid_value',
    ]);
    expect(
      codes({ ...valid, accommodations: [{ type: 'wheelchair' }, { type: 'wheelchair' }] }),
    ).toEqual(['accommodations.1.type:duplicate']);
    expect(
      errorsOf({ ...valid, accommodations: [{ type: 'interpreter', language: '' }] })[0]?.message
        .ja,
    ).toBe('通訳が必要な言語を入力してください');
  });
});

describe('booking responses and manage bodies', () => {
  const booking: Booking = {
    reference: 'UWJ-7K4P-M2',
    status: 'confirmed',
    serviceId: 'migration',
    locationId: 'home',
    start: '2026-12-01T10:00:00+09:00',
    end: '2026-12-01T10:30:00+09:00',
    resident: { name: '宇和島 太郎', nameKana: 'ウワジマ タロウ', phone: '0895-24-1111' },
    accommodations: [{ type: 'written_communication' }],
    cancellableUntil: '2026-11-30T17:15:00+09:00',
    createdAt: '2026-11-20T09:00:00+09:00',
  };

  it('accepts a booking, and lets another back end add fields', () => {
    expect(createdBookingSchema.parse({ booking, manageToken: 't' }).booking).toEqual(booking);
    expect(bookingSchema.safeParse({ ...booking, room: '2F' }).success).toBe(true);
  });

  it('parses the reschedule body and the 409 body', () => {
    expect(rescheduleBodySchema.parse({ start: booking.start })).toEqual({ start: booking.start });
    expect(rescheduleBodySchema.safeParse({ start: booking.start, end: booking.end }).success).toBe(
      false,
    );
    const conflict = {
      code: 'slot_unavailable',
      message: { ja: 'x', en: 'x' },
      alternatives: [{ start: booking.start, end: booking.end }],
    };
    expect(slotUnavailableBodySchema.parse(conflict)).toEqual(conflict);
  });

  it('matches the plain wire types exactly', () => {
    expectTypeOf<z.input<typeof createBookingBodySchema>>().toEqualTypeOf<CreateBookingBody>();
    expectTypeOf<z.output<typeof createBookingBodySchema>>().toEqualTypeOf<CreateBookingBody>();
    expectTypeOf<z.output<typeof bookingSchema>>().toEqualTypeOf<Booking>();
    expectTypeOf<z.output<typeof createdBookingSchema>>().toEqualTypeOf<CreatedBooking>();
    expectTypeOf<z.output<typeof rescheduleBodySchema>>().toEqualTypeOf<RescheduleBody>();
    expectTypeOf<z.output<typeof slotUnavailableBodySchema>>().toMatchTypeOf<SlotUnavailableBody>();
  });
});
