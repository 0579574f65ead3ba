// Test support only: fast-check generators for the date rules.
import fc from 'fast-check';
import type { PlainDate } from '../dates';

/** Any calendar date between `minYear`-01-01 and `maxYear`-12-31 (default 1900–2100). */
export function plainDateArbitrary(minYear = 1900, maxYear = 2100): fc.Arbitrary<PlainDate> {
  return fc
    .date({
      min: new Date(Date.UTC(minYear, 0, 1)),
      max: new Date(Date.UTC(maxYear, 11, 31)),
      noInvalidDate: true,
    })
    .map((date) => ({
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
    }));
}

/** A wall-clock time as `{ hour, minute }`. */
export const timeOfDayArbitrary = fc.record({
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
});

/** Any instant between 1900 and 2100, with milliseconds. */
export const instantArbitrary = fc.date({
  min: new Date(Date.UTC(1900, 0, 1)),
  max: new Date(Date.UTC(2100, 11, 31)),
  noInvalidDate: true,
});
