// @vitest-environment node
import type { z } from 'zod';
import type { Availability, AvailabilityQuery, Location, Service } from '../types';
import {
  availabilityQuerySchema,
  availabilitySchema,
  dateRangeQuerySchema,
  locationSchema,
  serviceSchema,
} from './catalog';
import { toFieldErrors } from './field-errors';

function codes(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error, input).map((e) => `${e.path}:${e.code}`);
}

const text = { ja: '移住', en: 'Migration', 'ja-easy': 'いじゅう' };

describe('catalog schemas', () => {
  it('accepts services and locations in the wire shape', () => {
    const service: Service = {
      id: 'migration',
      name: text,
      description: text,
      durationMinutes: 30,
      modes: ['branch', 'home'],
      documents: [text],
    };
    expect(serviceSchema.parse(service)).toEqual(service);
    const location: Location = {
      id: 'branch-yoshida',
      kind: 'branch',
      name: text,
      address: { postalCode: '799-3792', ja: '宇和島市吉田町' },
      booths: [{ id: 'yoshida-1', name: text }],
    };
    expect(locationSchema.parse(location)).toEqual(location);
    expect(codes(serviceSchema, { ...service, modes: ['office'] })).toEqual([
      'modes.0:invalid_value',
    ]);
  });

  it('validates the availability query: dates, order and the 62-day limit', () => {
    const query = {
      serviceId: 'migration',
      locationId: 'home',
      from: '2026-12-01',
      to: '2027-01-31',
    };
    expect(availabilityQuerySchema.parse(query)).toEqual(query);
    expect(codes(availabilityQuerySchema, { ...query, to: '2027-02-01' })).toEqual([
      'to:range_too_long',
    ]);
    expect(codes(availabilityQuerySchema, { ...query, to: '2026-11-30' })).toEqual([
      'to:before_from',
    ]);
    expect(codes(availabilityQuerySchema, { ...query, from: '2026-13-01', serviceId: '' })).toEqual(
      ['serviceId:required', 'from:invalid_format'],
    );
    expect(codes(availabilityQuerySchema, { from: '2026-12-01' })).toEqual([
      'serviceId:required',
      'locationId:required',
      'to:required',
    ]);
    expect(codes(dateRangeQuerySchema, { from: '2026-12-01', to: '2026-12-01' })).toEqual([]);
  });

  it('parses an availability response with closed days', () => {
    const availability: Availability = {
      timeZone: 'Asia/Tokyo',
      days: [
        {
          date: '2026-12-01',
          slots: [{ start: '2026-12-01T08:30:00+09:00', end: '2026-12-01T09:00:00+09:00' }],
        },
        {
          date: '2026-12-29',
          closed: { reason: 'closure', label: { ja: '年末年始', en: 'Year-end' } },
          slots: [],
        },
      ],
    };
    expect(availabilitySchema.parse(availability)).toEqual(availability);
    expect(availabilitySchema.safeParse({ ...availability, timeZone: 'UTC' }).success).toBe(false);
  });

  it('matches the plain wire types', () => {
    expectTypeOf<z.output<typeof serviceSchema>>().toEqualTypeOf<Service>();
    expectTypeOf<z.output<typeof locationSchema>>().toEqualTypeOf<Location>();
    expectTypeOf<z.output<typeof availabilityQuerySchema>>().toEqualTypeOf<AvailabilityQuery>();
    expectTypeOf<z.output<typeof availabilitySchema>>().toEqualTypeOf<Availability>();
  });
});
