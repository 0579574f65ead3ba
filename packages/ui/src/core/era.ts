// Japanese era (和暦) formatting. Era boundaries come from ICU through Intl's `japanese` calendar,
// so a future era arrives with a runtime update, not a release of ours. Forms show 西暦 with 和暦
// beside it, as the Digital Agency design system does.
import { dayOfWeek, daysInMonth, isValidPlainDate, type PlainDate } from './dates';
import type { Locale } from './i18n';

/** A year, optionally narrowed to a month or a day, for era formatting. */
export interface EraYearInput {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** Options for `formatJapaneseDate`. */
export interface JapaneseDateOptions {
  /** Write the year as 令和8年 (en: add "(Reiwa 8)") instead of 2026年; default false. */
  readonly era?: boolean;
  /** Add the day of the week, (火) / "Tue, "; default true. */
  readonly weekday?: boolean;
}

const eraFormatters = new Map<'ja' | 'en', Intl.DateTimeFormat>();

function eraFormatter(language: 'ja' | 'en'): Intl.DateTimeFormat {
  let formatter = eraFormatters.get(language);
  if (!formatter) {
    // timeZone UTC because the Date below is built at 00:00 UTC of the calendar date.
    formatter = new Intl.DateTimeFormat(`${language === 'ja' ? 'ja-JP' : 'en'}-u-ca-japanese`, {
      era: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    eraFormatters.set(language, formatter);
  }
  return formatter;
}

/** 00:00 UTC of a calendar date; setUTCFullYear because Date.UTC maps years 0–99 to the 1900s. */
function utcDate(date: PlainDate): Date {
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return utc;
}

/** The era name and the numeric year within it on `date`. */
function eraOf(date: PlainDate, language: 'ja' | 'en'): { era: string; year: number } {
  const parts = eraFormatter(language).formatToParts(utcDate(date));
  const era = parts.find((part) => part.type === 'era')?.value ?? '';
  const yearText = parts.find((part) => part.type === 'year')?.value ?? '';
  // ICU writes the first year as 元 in Japanese; older data (and other engines) write 1.
  const year = yearText === '元' ? 1 : Number(yearText);
  return { era, year };
}

function resolveDate(input: EraYearInput): PlainDate {
  // Without a month or day, the era in effect at the end of the period names the year:
  // 2019 is 令和元年, 1989 is 平成元年, as official documents write a whole year.
  const month = input.month ?? 12;
  const date = { year: input.year, month, day: input.day ?? daysInMonth(input.year, month) };
  if (!isValidPlainDate(date)) throw new RangeError(`Invalid date ${JSON.stringify(input)}`);
  return date;
}

/**
 * The era year: `令和7年`, `令和元年` (ja, ja-easy) or `Reiwa 7`, `Reiwa 1` (en). Without month/day
 * the era in effect on the last day of the period is used (2019 → 令和元年). Throws RangeError for an invalid date.
 */
export function formatEraYear(date: EraYearInput, locale: Locale = 'ja'): string {
  const resolved = resolveDate(date);
  if (locale === 'en') {
    const { era, year } = eraOf(resolved, 'en');
    return `${era} ${year}`;
  }
  const { era, year } = eraOf(resolved, 'ja');
  return `${era}${year === 1 ? '元' : year}年`;
}

/** A Western year with its era beside it: `2025年(令和7年)` (ja, ja-easy) or `2025 (Reiwa 7)` (en). */
export function formatYearWithEra(year: number, locale: Locale = 'ja'): string {
  const era = formatEraYear({ year }, locale);
  return locale === 'en' ? `${year} (${era})` : `${year}年(${era})`;
}

// Written out rather than asked of Intl so the output is the same on every ICU build.
const japaneseWeekdays = ['日', '月', '火', '水', '木', '金', '土'] as const;
const englishWeekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A date for people: `2026年12月1日(火)`, with `era` `令和8年12月1日(火)`; en `Tue, 1 December 2026`
 * (with `era`: `Tue, 1 December 2026 (Reiwa 8)`). Throws RangeError for an invalid date.
 */
export function formatJapaneseDate(
  date: PlainDate,
  locale: Locale = 'ja',
  options: JapaneseDateOptions = {},
): string {
  if (!isValidPlainDate(date)) throw new RangeError(`Invalid date ${JSON.stringify(date)}`);
  const { era = false, weekday = true } = options;
  const dow = dayOfWeek(date);
  if (locale === 'en') {
    const prefix = weekday ? `${englishWeekdays[dow]}, ` : '';
    const suffix = era ? ` (${formatEraYear(date, 'en')})` : '';
    return `${prefix}${date.day} ${englishMonths[date.month - 1]} ${date.year}${suffix}`;
  }
  const year = era ? formatEraYear(date, 'ja') : `${date.year}年`;
  return `${year}${date.month}月${date.day}日${weekday ? `(${japaneseWeekdays[dow]})` : ''}`;
}
