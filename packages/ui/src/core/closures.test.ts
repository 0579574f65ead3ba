// @vitest-environment node
// core has no DOM: running without jsdom proves it.
import fc from 'fast-check';
import { hostTimeZoneNames, inHostTimeZone } from '../../../../tooling/hostTimeZones';
import { createBusinessCalendar, yearEndClosure } from './closures';
import {
  addDays,
  compareDates,
  dayOfWeek,
  type PlainDate,
  parsePlainDate,
  tokyoDate,
  tokyoInstant,
} from './dates';
import { instantArbitrary, plainDateArbitrary } from './testing/arbitraries';

const d = (iso: string): PlainDate => {
  const date = parsePlainDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return date;
};

describe('createBusinessCalendar defaults', () => {
  const calendar = createBusinessCalendar();

  it('opens on weekdays and closes on weekends', () => {
    expect(calendar.closedReason(d('2026-12-01'))).toBeUndefined();
    expect(calendar.isBusinessDay(d('2026-12-04'))).toBe(true);
    expect(calendar.closedReason(d('2026-12-05'))).toEqual({ reason: 'weekend' });
    expect(calendar.closedReason(d('2026-12-06'))).toEqual({ reason: 'weekend' });
  });

  it('closes on national holidays, including a holiday falling on a Monday', () => {
    expect(calendar.closedReason(d('2025-01-13'))).toEqual({
      reason: 'holiday',
      label: { ja: '成人の日', en: 'Coming of Age Day' },
    });
    expect(calendar.isBusinessDay(d('2025-02-24'))).toBe(false); // substitute holiday, Monday
  });

  it('closes 12/29–1/3 across the year boundary, and the closure outranks the holiday on 1/1', () => {
    expect(calendar.isBusinessDay(d('2026-12-28'))).toBe(true);
    for (const iso of ['2026-12-29', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']) {
      expect(calendar.closedReason(d(iso)), iso).toEqual({
        reason: 'closure',
        label: yearEndClosure.label,
      });
    }
    expect(calendar.isBusinessDay(d('2027-01-04'))).toBe(true);
  });

  it('prefers the holiday over the weekend when a holiday falls on a Saturday', () => {
    expect(dayOfWeek(d('2025-05-03'))).toBe(6); // Constitution Memorial Day on a Saturday
    expect(calendar.closedReason(d('2025-05-03'))?.reason).toBe('holiday');
  });

  it('counts business days forwards and backwards over the New Year', () => {
    expect(calendar.addBusinessDays(d('2026-12-25'), 1)).toEqual(d('2026-12-28'));
    expect(calendar.addBusinessDays(d('2026-12-28'), 1)).toEqual(d('2027-01-04'));
    expect(calendar.addBusinessDays(d('2027-01-04'), -1)).toEqual(d('2026-12-28'));
    expect(calendar.addBusinessDays(d('2026-12-28'), 5)).toEqual(d('2027-01-08'));
    expect(calendar.nextBusinessDay(d('2026-12-30'))).toEqual(d('2027-01-04'));
    expect(calendar.previousBusinessDay(d('2027-01-04'))).toEqual(d('2026-12-28'));
  });

  it('skips a Monday holiday', () => {
    expect(calendar.addBusinessDays(d('2025-01-10'), 1)).toEqual(d('2025-01-14'));
    expect(calendar.previousBusinessDay(d('2025-01-14'))).toEqual(d('2025-01-10'));
  });

  it('returns the day itself for n = 0 when open, else the next business day', () => {
    expect(calendar.addBusinessDays(d('2026-12-01'), 0)).toEqual(d('2026-12-01'));
    expect(calendar.addBusinessDays(d('2026-12-05'), 0)).toEqual(d('2026-12-07'));
    expect(() => calendar.addBusinessDays(d('2026-12-01'), 1.5)).toThrow(RangeError);
  });

  it('measures business days between dates, half-open like daysBetween', () => {
    expect(calendar.businessDaysBetween(d('2026-12-01'), d('2026-12-01'))).toBe(0);
    expect(calendar.businessDaysBetween(d('2026-12-04'), d('2026-12-07'))).toBe(1); // Fri → Mon
    expect(calendar.businessDaysBetween(d('2026-12-28'), d('2027-01-04'))).toBe(1);
    expect(calendar.businessDaysBetween(d('2027-01-04'), d('2026-12-28'))).toBe(-1);
  });

  it('answers the booking questions: minimum notice and the cancellation cut-off', () => {
    // Asked on Friday 2026-12-25 at 16:00 JST: one business day's notice means 2026-12-28 at the earliest.
    const today = tokyoDate(tokyoInstant(d('2026-12-25'), '16:00'));
    expect(calendar.addBusinessDays(today, 1)).toEqual(d('2026-12-28'));
    // An appointment on 2027-01-04 may be cancelled until the close of 2026-12-28.
    expect(calendar.previousBusinessDay(d('2027-01-04'))).toEqual(d('2026-12-28'));
  });
});

describe('createBusinessCalendar options', () => {
  const calendar = createBusinessCalendar({
    municipalClosures: [
      yearEndClosure,
      { from: { month: 8, day: 13 }, to: { month: 8, day: 15 }, label: { ja: 'お盆', en: 'Obon' } },
    ],
    closures: [
      {
        from: d('2026-11-16'),
        to: d('2026-11-17'),
        label: { ja: 'システム更新', en: 'System upgrade' },
      },
    ],
    siteClosures: {
      'branch-north': [{ from: d('2026-12-10'), to: d('2026-12-11') }],
    },
  });

  it('applies recurring closures inside one year', () => {
    expect(calendar.closedReason(d('2026-08-14'))?.label?.en).toBe('Obon');
    expect(calendar.isBusinessDay(d('2026-08-12'))).toBe(true);
  });

  it('applies one-off closures with their label to every site', () => {
    expect(calendar.closedReason(d('2026-11-16'), 'branch-north')?.label?.ja).toBe('システム更新');
    expect(calendar.isBusinessDay(d('2026-11-18'))).toBe(true);
  });

  it('closes one site only for its own closures', () => {
    expect(calendar.closedReason(d('2026-12-10'), 'branch-north')).toEqual({ reason: 'closure' });
    expect(calendar.isBusinessDay(d('2026-12-10'))).toBe(true);
    expect(calendar.isBusinessDay(d('2026-12-10'), 'main-office')).toBe(true);
    expect(calendar.isBusinessDay(d('2026-12-10'), 'constructor')).toBe(true);
    expect(calendar.addBusinessDays(d('2026-12-09'), 1, 'branch-north')).toEqual(d('2026-12-14'));
  });

  it('can open on weekends and drop the year-end closure', () => {
    const open = createBusinessCalendar({ weekendsClosed: false, municipalClosures: [] });
    expect(open.isBusinessDay(d('2026-12-05'))).toBe(true);
    expect(open.isBusinessDay(d('2026-12-30'))).toBe(true);
    expect(open.isBusinessDay(d('2027-01-01'))).toBe(false); // still a national holiday
  });

  it('rejects closures that cannot be right', () => {
    expect(() =>
      createBusinessCalendar({ closures: [{ from: d('2026-12-02'), to: d('2026-12-01') }] }),
    ).toThrow(RangeError);
    expect(() =>
      createBusinessCalendar({
        municipalClosures: [{ from: { month: 2, day: 30 }, to: { month: 3, day: 1 } }],
      }),
    ).toThrow(RangeError);
    expect(() =>
      createBusinessCalendar({
        closures: [{ from: { year: 2026, month: 2, day: 29 }, to: d('2026-03-01') }],
      }),
    ).toThrow(RangeError);
  });

  it('gives up instead of looping forever when every day is closed', () => {
    const closed = createBusinessCalendar({
      municipalClosures: [{ from: { month: 1, day: 1 }, to: { month: 12, day: 31 } }],
    });
    expect(() => closed.nextBusinessDay(d('2026-01-01'))).toThrow(RangeError);
  });
});

// Random one-off closures of up to three weeks, so the properties also meet long closed runs.
const closureArbitrary = fc
  .tuple(plainDateArbitrary(2000, 2040), fc.integer({ min: 0, max: 20 }))
  .map(([from, length]) => ({ from, to: addDays(from, length) }));
const calendarArbitrary = fc
  .record({
    closures: fc.array(closureArbitrary, { maxLength: 4 }),
    site: fc.array(closureArbitrary, { maxLength: 4 }),
    weekendsClosed: fc.boolean(),
  })
  .map(({ closures, site, weekendsClosed }) =>
    createBusinessCalendar({ closures, siteClosures: { branch: site }, weekendsClosed }),
  );
const siteArbitrary = fc.constantFrom(undefined, 'branch');

describe.each(hostTimeZoneNames)('business days with the host in %s', (zone) => {
  it('always lands on a business day, and businessDaysBetween measures the move', () => {
    inHostTimeZone(zone, () =>
      fc.assert(
        fc.property(
          calendarArbitrary,
          instantArbitrary,
          fc.integer({ min: -30, max: 30 }),
          siteArbitrary,
          (calendar, instant, n, site) => {
            const today = tokyoDate(instant);
            const landed = calendar.addBusinessDays(today, n, site);
            expect(calendar.isBusinessDay(landed, site)).toBe(true);
            // n = 0 stays on today or moves forwards; otherwise it moves in the direction of n.
            const direction = compareDates(landed, today);
            if (n === 0) expect(direction).toBeGreaterThanOrEqual(0);
            else expect(direction).toBe(Math.sign(n));
            if (n !== 0) expect(calendar.businessDaysBetween(today, landed, site)).toBe(n);
          },
        ),
        { numRuns: 200 },
      ),
    );
  });

  it('finds the next and previous business days with only closed days in between', () => {
    inHostTimeZone(zone, () =>
      fc.assert(
        fc.property(
          calendarArbitrary,
          plainDateArbitrary(2000, 2040),
          siteArbitrary,
          (calendar, day, site) => {
            const next = calendar.nextBusinessDay(day, site);
            const previous = calendar.previousBusinessDay(day, site);
            expect(compareDates(previous, day)).toBe(-1);
            expect(compareDates(next, day)).toBe(1);
            for (
              let between = addDays(previous, 1);
              compareDates(between, next) < 0;
              between = addDays(between, 1)
            ) {
              if (compareDates(between, day) !== 0) {
                expect(calendar.isBusinessDay(between, site)).toBe(false);
              }
            }
          },
        ),
        { numRuns: 200 },
      ),
    );
  });
});
