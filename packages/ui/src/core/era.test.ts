// @vitest-environment node
// core has no DOM: running without jsdom proves it.
import fc from 'fast-check';
import { hostTimeZoneNames, inHostTimeZone } from '../../../../tooling/hostTimeZones';
import { addDays, compareDates, type PlainDate } from './dates';
import { formatEraYear, formatJapaneseDate, formatYearWithEra } from './era';
import { plainDateArbitrary } from './testing/arbitraries';

const date = (year: number, month: number, day: number) => ({ year, month, day });

describe('formatEraYear', () => {
  it('writes the era year, with 元年 for the first year in Japanese', () => {
    expect(formatEraYear({ year: 2025 })).toBe('令和7年');
    expect(formatEraYear({ year: 2025 }, 'ja-easy')).toBe('令和7年');
    expect(formatEraYear({ year: 2025 }, 'en')).toBe('Reiwa 7');
    expect(formatEraYear({ year: 2019 })).toBe('令和元年');
    expect(formatEraYear({ year: 2019 }, 'en')).toBe('Reiwa 1');
  });

  it('switches era on the day: 2019-04-30/05-01 and 1989-01-07/08', () => {
    expect(formatEraYear(date(2019, 4, 30))).toBe('平成31年');
    expect(formatEraYear(date(2019, 5, 1))).toBe('令和元年');
    expect(formatEraYear(date(1989, 1, 7))).toBe('昭和64年');
    expect(formatEraYear(date(1989, 1, 8))).toBe('平成元年');
    expect(formatEraYear(date(1989, 1, 7), 'en')).toBe('Shōwa 64');
    expect(formatEraYear(date(1989, 1, 8), 'en')).toBe('Heisei 1');
  });

  it('uses the era at the end of the year or month when no day is given', () => {
    expect(formatEraYear({ year: 1989 })).toBe('平成元年');
    expect(formatEraYear({ year: 2019, month: 4 })).toBe('平成31年');
    expect(formatEraYear({ year: 2019, month: 5 })).toBe('令和元年');
    expect(() => formatEraYear({ year: 2019, month: 13 })).toThrow(RangeError);
  });

  it('writes 元年 itself when the runtime writes 1年', () => {
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts').mockReturnValue([
      { type: 'era', value: '令和' },
      { type: 'year', value: '1' },
      { type: 'literal', value: '年' },
    ]);
    try {
      expect(formatEraYear({ year: 2019 })).toBe('令和元年');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('formatYearWithEra', () => {
  it('puts the era beside the Western year', () => {
    expect(formatYearWithEra(2025)).toBe('2025年(令和7年)');
    expect(formatYearWithEra(2019, 'ja-easy')).toBe('2019年(令和元年)');
    expect(formatYearWithEra(2025, 'en')).toBe('2025 (Reiwa 7)');
  });
});

describe('formatJapaneseDate', () => {
  it('writes 年→月→日 with the weekday', () => {
    expect(formatJapaneseDate(date(2026, 12, 1))).toBe('2026年12月1日(火)');
    expect(formatJapaneseDate(date(2026, 12, 1), 'ja', { era: true })).toBe('令和8年12月1日(火)');
    expect(formatJapaneseDate(date(2019, 5, 1), 'ja', { era: true })).toBe('令和元年5月1日(水)');
    expect(formatJapaneseDate(date(2026, 12, 1), 'ja-easy', { weekday: false })).toBe(
      '2026年12月1日',
    );
  });

  it('writes English dates day-first with the era in brackets on request', () => {
    expect(formatJapaneseDate(date(2026, 12, 1), 'en')).toBe('Tue, 1 December 2026');
    expect(formatJapaneseDate(date(2026, 12, 1), 'en', { weekday: false })).toBe('1 December 2026');
    expect(formatJapaneseDate(date(2024, 2, 29), 'en', { era: true })).toBe(
      'Thu, 29 February 2024 (Reiwa 6)',
    );
  });

  it('refuses dates that do not exist', () => {
    expect(() => formatJapaneseDate(date(2025, 2, 29))).toThrow(RangeError);
  });

  it('matches Intl for the Japanese calendar form', () => {
    const intl = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
      era: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      timeZone: 'UTC',
    });
    expect(formatJapaneseDate(date(2019, 5, 1), 'ja', { era: true })).toBe(
      intl.format(new Date(Date.UTC(2019, 4, 1))),
    );
  });
});

// The modern eras' first days, written out independently of ICU to check it (and us) against.
const eras = [
  { start: date(2019, 5, 1), ja: '令和', en: 'Reiwa' },
  { start: date(1989, 1, 8), ja: '平成', en: 'Heisei' },
  { start: date(1926, 12, 25), ja: '昭和', en: 'Shōwa' },
  { start: date(1912, 7, 30), ja: '大正', en: 'Taishō' },
  { start: date(1873, 1, 1), ja: '明治', en: 'Meiji' }, // Gregorian calendar adopted in Meiji 6
];
const meijiFirstYear = 1868;

function expectedEra(day: PlainDate) {
  const era = eras.find((entry) => compareDates(entry.start, day) <= 0)!;
  const firstYear = era.ja === '明治' ? meijiFirstYear : era.start.year;
  return { ...era, year: day.year - firstYear + 1 };
}

describe.each(hostTimeZoneNames)('era years with the host in %s', (zone) => {
  it('names the era in effect on every day since 1873', () => {
    inHostTimeZone(zone, () =>
      fc.assert(
        fc.property(plainDateArbitrary(1873, 2100), (day) => {
          const { ja, en, year } = expectedEra(day);
          expect(formatEraYear(day)).toBe(`${ja}${year === 1 ? '元' : year}年`);
          expect(formatEraYear(day, 'en')).toBe(`${en} ${year}`);
        }),
      ),
    );
  });

  it('gets each era boundary right to the day', () => {
    inHostTimeZone(zone, () => {
      for (const { start, ja } of eras.slice(0, 4)) {
        expect(formatEraYear(start)).toBe(`${ja}元年`);
        const eve = addDays(start, -1);
        expect(formatEraYear(eve)).not.toContain(ja);
      }
    });
  });
});
