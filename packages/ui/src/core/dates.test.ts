// @vitest-environment node
// core has no DOM: running without jsdom proves it.
import fc from 'fast-check';
import { hostTimeZoneNames, inHostTimeZone } from '../../../../tooling/hostTimeZones';
import {
  addDays,
  addMonths,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  eachDate,
  formatPlainDate,
  formatTokyoIso,
  isSameDate,
  isValidPlainDate,
  isWeekend,
  parseIsoInstant,
  parsePlainDate,
  todayInTokyo,
  tokyoDate,
  tokyoInstant,
} from './dates';
import { instantArbitrary, plainDateArbitrary, timeOfDayArbitrary } from './testing/arbitraries';

const date = (year: number, month: number, day: number) => ({ year, month, day });

describe('ISO dates', () => {
  it('parses and formats YYYY-MM-DD', () => {
    expect(parsePlainDate('2026-12-01')).toEqual(date(2026, 12, 1));
    expect(formatPlainDate(date(2026, 12, 1))).toBe('2026-12-01');
    expect(formatPlainDate(date(99, 1, 2))).toBe('0099-01-02');
  });

  it('rejects days that do not exist and other shapes', () => {
    expect(parsePlainDate('2025-02-30')).toBeUndefined();
    expect(parsePlainDate('2025-02-29')).toBeUndefined();
    expect(parsePlainDate('2025-13-01')).toBeUndefined();
    expect(parsePlainDate('2025-00-10')).toBeUndefined();
    expect(parsePlainDate('2025-1-1')).toBeUndefined();
    expect(parsePlainDate('2025-01-01T00:00')).toBeUndefined();
    expect(parsePlainDate('')).toBeUndefined();
  });

  it('knows leap years, including the century rules', () => {
    expect(parsePlainDate('2024-02-29')).toEqual(date(2024, 2, 29));
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(isValidPlainDate(date(2026, 4, 31))).toBe(false);
    expect(isValidPlainDate(date(2026, 4, 1.5))).toBe(false);
  });
});

describe('Tokyo instants', () => {
  it('reads the Tokyo date of an instant, which is a day ahead of UTC from 15:00 UTC', () => {
    expect(tokyoDate(new Date('2026-11-30T14:59:59Z'))).toEqual(date(2026, 11, 30));
    expect(tokyoDate(new Date('2026-11-30T15:00:00Z'))).toEqual(date(2026, 12, 1));
    expect(todayInTokyo(new Date('2026-12-31T15:30:00Z'))).toEqual(date(2027, 1, 1));
  });

  it('builds the instant of a Tokyo wall-clock time', () => {
    const expected = '2026-12-01T01:00:00.000Z';
    expect(tokyoInstant(date(2026, 12, 1), '10:00').toISOString()).toBe(expected);
    expect(tokyoInstant(date(2026, 12, 1), { hour: 10, minute: 0 }).toISOString()).toBe(expected);
    expect(tokyoInstant(date(2026, 1, 1), '00:00').toISOString()).toBe('2025-12-31T15:00:00.000Z');
  });

  it('refuses impossible dates and times instead of rolling them over', () => {
    expect(() => tokyoInstant(date(2025, 2, 30), '10:00')).toThrow(RangeError);
    expect(() => tokyoInstant(date(2025, 2, 1), '24:00')).toThrow(RangeError);
    expect(() => tokyoInstant(date(2025, 2, 1), '9:00' as '09:00')).toThrow(RangeError);
    expect(() => tokyoInstant(date(2025, 2, 1), { hour: 10, minute: 60 })).toThrow(RangeError);
    expect(() => tokyoDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('formats with the +09:00 offset used on the wire', () => {
    expect(formatTokyoIso(new Date('2026-12-01T01:00:00Z'))).toBe('2026-12-01T10:00:00+09:00');
    expect(formatTokyoIso(new Date('2026-12-31T15:00:00.250Z'))).toBe(
      '2027-01-01T00:00:00.250+09:00',
    );
  });

  it('parses date-times only when they state their offset', () => {
    const instant = new Date('2026-12-01T01:00:00Z').getTime();
    expect(parseIsoInstant('2026-12-01T10:00:00+09:00')?.getTime()).toBe(instant);
    expect(parseIsoInstant('2026-12-01T10:00+0900')?.getTime()).toBe(instant);
    expect(parseIsoInstant('2026-12-01T01:00:00Z')?.getTime()).toBe(instant);
    expect(parseIsoInstant('2026-11-30T17:00:00-08:00')?.getTime()).toBe(instant);
    expect(parseIsoInstant('2026-12-01T10:00:00.5+09:00')?.getTime()).toBe(instant + 500);
    expect(parseIsoInstant('2026-12-01T10:00:00')).toBeUndefined();
    expect(parseIsoInstant('2026-12-01')).toBeUndefined();
    expect(parseIsoInstant('2026-02-30T10:00:00+09:00')).toBeUndefined();
    expect(parseIsoInstant('2026-12-01T24:00:00+09:00')).toBeUndefined();
    expect(parseIsoInstant('not a date')).toBeUndefined();
  });
});

describe('date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(date(2026, 12, 31), 1)).toEqual(date(2027, 1, 1));
    expect(addDays(date(2024, 2, 28), 1)).toEqual(date(2024, 2, 29));
    expect(addDays(date(2025, 2, 28), 1)).toEqual(date(2025, 3, 1));
    expect(addDays(date(2026, 1, 1), -1)).toEqual(date(2025, 12, 31));
  });

  it('adds months, clamping the day to the end of the target month', () => {
    expect(addMonths(date(2026, 1, 31), 1)).toEqual(date(2026, 2, 28));
    expect(addMonths(date(2024, 1, 31), 1)).toEqual(date(2024, 2, 29));
    expect(addMonths(date(2026, 11, 15), 3)).toEqual(date(2027, 2, 15));
    expect(addMonths(date(2026, 3, 31), -1)).toEqual(date(2026, 2, 28));
    expect(addMonths(date(2026, 1, 10), -13)).toEqual(date(2024, 12, 10));
  });

  it('compares and measures', () => {
    expect(compareDates(date(2026, 1, 2), date(2026, 1, 10))).toBe(-1);
    expect(compareDates(date(2027, 1, 1), date(2026, 12, 31))).toBe(1);
    expect(isSameDate(date(2026, 5, 5), { year: 2026, month: 5, day: 5 })).toBe(true);
    expect(daysBetween(date(2024, 2, 1), date(2024, 3, 1))).toBe(29);
    expect(daysBetween(date(2026, 3, 1), date(2026, 2, 1))).toBe(-28);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek(date(2026, 12, 1))).toBe(2); // Tuesday
    expect(dayOfWeek(date(2019, 5, 1))).toBe(3); // Wednesday, first day of Reiwa
    expect(dayOfWeek(date(1970, 1, 1))).toBe(4);
    expect(isWeekend(date(2026, 12, 5))).toBe(true);
    expect(isWeekend(date(2026, 12, 6))).toBe(true);
    expect(isWeekend(date(2026, 12, 7))).toBe(false);
  });

  it('lists each date of an inclusive range', () => {
    expect(eachDate(date(2026, 12, 30), date(2027, 1, 2)).map(formatPlainDate)).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    expect(eachDate(date(2026, 1, 2), date(2026, 1, 1))).toEqual([]);
  });
});

describe.each(hostTimeZoneNames)('date rules with the host in %s', (zone) => {
  it('round-trips a Tokyo date and time through an instant', () => {
    inHostTimeZone(zone, () =>
      fc.assert(
        fc.property(plainDateArbitrary(), timeOfDayArbitrary, (day, time) => {
          expect(tokyoDate(tokyoInstant(day, time))).toEqual(day);
        }),
      ),
    );
  });

  it('agrees with Intl about the Tokyo date of any instant', () => {
    const tokyo = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    inHostTimeZone(zone, () =>
      fc.assert(
        fc.property(instantArbitrary, (instant) => {
          expect(formatPlainDate(tokyoDate(instant))).toBe(tokyo.format(instant));
        }),
      ),
    );
  });

  it('formats every instant with +09:00 and parses it back to the same instant', () => {
    inHostTimeZone(zone, () =>
      fc.assert(
        fc.property(instantArbitrary, (instant) => {
          const text = formatTokyoIso(instant);
          expect(text.endsWith('+09:00')).toBe(true);
          expect(parseIsoInstant(text)?.getTime()).toBe(instant.getTime());
        }),
      ),
    );
  });

  it('undoes addDays with its negation and measures the distance it moved', () => {
    inHostTimeZone(zone, () =>
      fc.assert(
        fc.property(plainDateArbitrary(), fc.integer({ min: -5000, max: 5000 }), (day, n) => {
          const moved = addDays(day, n);
          expect(isValidPlainDate(moved)).toBe(true);
          expect(addDays(moved, -n)).toEqual(day);
          expect(daysBetween(day, moved)).toBe(n);
          expect(compareDates(day, moved)).toBe(Math.sign(-n) || 0);
        }),
      ),
    );
  });

  it('advances the day of the week by one each day', () => {
    inHostTimeZone(zone, () =>
      fc.assert(
        fc.property(plainDateArbitrary(), (day) => {
          expect(dayOfWeek(addDays(day, 1))).toBe((dayOfWeek(day) + 1) % 7);
        }),
      ),
    );
  });

  it('round-trips ISO dates and keeps addMonths on a real, clamped day', () => {
    inHostTimeZone(zone, () =>
      fc.assert(
        fc.property(plainDateArbitrary(), fc.integer({ min: -240, max: 240 }), (day, months) => {
          expect(parsePlainDate(formatPlainDate(day))).toEqual(day);
          const moved = addMonths(day, months);
          expect(isValidPlainDate(moved)).toBe(true);
          expect(moved.day).toBeLessThanOrEqual(day.day);
          expect(moved.year * 12 + moved.month - (day.year * 12 + day.month)).toBe(months);
        }),
      ),
    );
  });
});
