// @vitest-environment node
import type { z } from 'zod';
import type { LoginBody, StaffAvailability, StaffBooking, StaffStatusBody } from '../types';
import { toFieldErrors } from './field-errors';
import {
  loginBodySchema,
  staffAvailabilitySchema,
  type staffBookingSchema,
  staffStatusBodySchema,
} from './staff';

function codes(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error, input).map((e) => `${e.path}:${e.code}`);
}

describe('staff schemas', () => {
  const availability: StaffAvailability = {
    weeklyHours: [
      { day: 1, start: '08:30', end: '12:00' },
      { day: 1, start: '13:00', end: '17:15' },
      { day: 2, start: '08:30', end: '17:15' },
    ],
    exceptions: [
      { date: '2026-12-04', hours: [], note: '研修' },
      { date: '2026-12-05', hours: [{ start: '09:00', end: '12:00' }] },
    ],
  };

  it('accepts weekly hours with a lunch break and date exceptions', () => {
    expect(staffAvailabilitySchema.parse(availability)).toEqual(availability);
  });

  it('refuses reversed, overlapping and malformed hours, and duplicate dates', () => {
    expect(
      codes(staffAvailabilitySchema, {
        weeklyHours: [
          { day: 1, start: '12:00', end: '08:30' },
          { day: 2, start: '08:30', end: '12:00' },
          { day: 2, start: '11:00', end: '13:00' },
        ],
        exceptions: [
          { date: '2026-12-04', hours: [] },
          { date: '2026-12-04', hours: [{ start: '10:00', end: '10:00' }] },
        ],
      }),
    ).toEqual([
      'weeklyHours.0.end:before_start',
      'weeklyHours.2.start:overlap',
      'exceptions.1.hours.0.end:before_start',
      'exceptions.1.date:duplicate',
    ]);
    // Ranges are compared once every entry is well-formed.
    expect(
      codes(staffAvailabilitySchema, {
        weeklyHours: [{ day: 7, start: '8:30', end: '24:00' }],
        exceptions: [{ date: '2026-12-4', hours: [], extra: 1 }],
      }),
    ).toEqual([
      'weeklyHours.0.day:invalid_value',
      'weeklyHours.0.start:invalid_format',
      'weeklyHours.0.end:invalid_format',
      'exceptions.0.date:invalid_format',
      'exceptions.0.extra:unrecognized_key',
    ]);
  });

  it('accepts only done or no_show as a staff status', () => {
    expect(staffStatusBodySchema.parse({ status: 'done' })).toEqual({ status: 'done' });
    expect(codes(staffStatusBodySchema, { status: 'cancelled' })).toEqual(['status:invalid_value']);
  });

  it('requires a username and a password and keeps the password as sent', () => {
    expect(loginBodySchema.parse({ username: ' staff ', password: ' secret ' })).toEqual({
      username: 'staff',
      password: ' secret ',
    });
    expect(codes(loginBodySchema, { username: '', password: '' })).toEqual([
      'username:required',
      'password:required',
    ]);
  });

  it('matches the plain wire types', () => {
    expectTypeOf<z.output<typeof staffAvailabilitySchema>>().toEqualTypeOf<StaffAvailability>();
    expectTypeOf<z.output<typeof staffStatusBodySchema>>().toEqualTypeOf<StaffStatusBody>();
    expectTypeOf<z.output<typeof loginBodySchema>>().toEqualTypeOf<LoginBody>();
    expectTypeOf<z.output<typeof staffBookingSchema>>().toEqualTypeOf<StaffBooking>();
  });
});
