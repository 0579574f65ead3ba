// @vitest-environment node
// core has no DOM: running without jsdom proves it.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import holidayJp from '@holiday-jp/holiday_jp';
import fc from 'fast-check';
import { hostTimeZoneNames, inHostTimeZone } from '../../../../tooling/hostTimeZones';
import { dayOfWeek, formatPlainDate, tokyoDate, tokyoInstant } from './dates';
import { isNationalHoliday, nationalHoliday } from './holidays';
import { plainDateArbitrary, timeOfDayArbitrary } from './testing/arbitraries';

const date = (year: number, month: number, day: number) => ({ year, month, day });

describe('nationalHoliday', () => {
  it('names fixed and moving holidays in Japanese and English', () => {
    expect(nationalHoliday(date(2026, 1, 1))).toEqual({
      name: { ja: '元日', en: "New Year's Day" },
    });
    expect(nationalHoliday(date(2026, 11, 3))?.name.ja).toBe('文化の日');
    // Coming of Age Day is the second Monday of January: 2025-01-13.
    expect(dayOfWeek(date(2025, 1, 13))).toBe(1);
    expect(nationalHoliday(date(2025, 1, 13))?.name.ja).toBe('成人の日');
    expect(isNationalHoliday(date(2025, 1, 14))).toBe(false);
  });

  it('includes substitute holidays that fall on a Monday', () => {
    // 2026-05-03 (Constitution Day) is a Sunday, so Wednesday 05-06 is the substitute holiday.
    expect(dayOfWeek(date(2026, 5, 3))).toBe(0);
    expect(nationalHoliday(date(2026, 5, 6))?.name.en).toBe('Holiday in lieu');
    // 2025-02-23 (Emperor's Birthday) is a Sunday: Monday 02-24 is off.
    expect(dayOfWeek(date(2025, 2, 24))).toBe(1);
    expect(isNationalHoliday(date(2025, 2, 24))).toBe(true);
  });

  it('knows the one-off holidays of the 2019 succession', () => {
    expect(isNationalHoliday(date(2019, 4, 30))).toBe(true);
    expect(isNationalHoliday(date(2019, 5, 1))).toBe(true);
    expect(isNationalHoliday(date(2019, 5, 2))).toBe(true);
  });

  it('says no for ordinary days and for dates outside the 1970–2050 table', () => {
    expect(isNationalHoliday(date(2026, 12, 1))).toBe(false);
    expect(isNationalHoliday(date(1960, 1, 1))).toBe(false);
  });
});

const tableDates = Object.keys(holidayJp.holidays).map((key) => {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return date(year, month, day);
});
// Half real holidays, half arbitrary days, so both answers are exercised.
const dayArbitrary = fc.oneof(fc.constantFrom(...tableDates), plainDateArbitrary(1970, 2050));

describe('the trap in the library this module wraps', () => {
  it('shows holiday_jp answering for the wrong day on a UTC host, and nationalHoliday not', () => {
    inHostTimeZone('UTC', () => {
      const newYearEarlyMorning = tokyoInstant(date(2026, 1, 1), '00:30');
      expect(holidayJp.isHoliday(newYearEarlyMorning)).toBe(false);
      expect(isNationalHoliday(tokyoDate(newYearEarlyMorning))).toBe(true);
    });
  });
});

describe.each(hostTimeZoneNames)('holiday lookup with the host in %s', (zone) => {
  it('answers for the Tokyo day of an instant at any time between 00:00 and 23:59 JST', () => {
    inHostTimeZone(zone, () =>
      fc.assert(
        fc.property(dayArbitrary, timeOfDayArbitrary, (day, time) => {
          const key = `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
          const expected = Object.hasOwn(holidayJp.holidays, key);
          expect(isNationalHoliday(tokyoDate(tokyoInstant(day, time)))).toBe(expected);
        }),
      ),
    );
  });

  it('finds every holiday in the table, early in the Tokyo morning too', () => {
    inHostTimeZone(zone, () => {
      for (const day of tableDates) {
        expect(isNationalHoliday(tokyoDate(tokyoInstant(day, '00:30'))), formatPlainDate(day)).toBe(
          true,
        );
        expect(isNationalHoliday(tokyoDate(tokyoInstant(day, '23:59')))).toBe(true);
      }
    });
  });
});

describe('the generated table (holiday-data.ts)', () => {
  it('holds exactly the package table: every date with the same Japanese and English names', () => {
    const table = holidayJp.holidays as Readonly<Record<string, { name: string; name_en: string }>>;
    for (const [key, holiday] of Object.entries(table)) {
      const [year, month, day] = key.split('-').map(Number) as [number, number, number];
      expect(nationalHoliday(date(year, month, day)), key).toEqual({
        name: { ja: holiday.name, en: holiday.name_en },
      });
    }
    expect(tableDates.length).toBeGreaterThan(1000);
  });

  it('is up to date with the installed @holiday-jp/holiday_jp', () => {
    const packageDir = fileURLToPath(new URL('../..', import.meta.url));
    expect(() =>
      execFileSync(process.execPath, ['scripts/generate-holidays.mjs', '--check'], {
        cwd: packageDir,
      }),
    ).not.toThrow();
  });
});
