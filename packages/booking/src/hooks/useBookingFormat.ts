import { useLocale } from '@machi-dx/ui';
import {
  dayOfWeek,
  formatEraYear,
  formatJapaneseDate,
  formatPlainDate,
  type PlainDate,
  parseIsoInstant,
  tokyoDate,
} from '@machi-dx/ui/core';
import { useMemo } from 'react';
import type { YearMonth } from '../core/flow/types';
import type { ConsultationMode } from '../core/modes';
import type { LocalizedText, Location, Slot } from '../core/types';
import { useFlowTranslator } from './useBookingTranslator';

const tokyoOffsetMs = 9 * 60 * 60_000;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `H:MM` in Tokyo of a wire instant (9:00, 13:30), as Japanese timetables write it. */
export function tokyoTime(iso: string): string {
  const instant = parseIsoInstant(iso);
  if (!instant) return iso;
  const shifted = new Date(instant.getTime() + tokyoOffsetMs);
  return `${shifted.getUTCHours()}:${pad(shifted.getUTCMinutes())}`;
}

/** The Tokyo calendar date of a wire instant. */
export function tokyoDateOf(iso: string): PlainDate {
  const instant = parseIsoInstant(iso);
  if (!instant) throw new RangeError(`Invalid instant ${iso}`);
  return tokyoDate(instant);
}

/** `YYYY-MM-DD` of a date, the key days are looked up by. */
export const dateKey = formatPlainDate;

/** Locale-aware wording of dates, times and localized texts, shared by every booking component. */
export interface BookingFormat {
  /** A date as people read it: 2026年12月1日(火) / Tue, 1 December 2026. */
  date(date: PlainDate): string;
  /** A date as a screen reader should say it: weekday in full, with the era in Japanese. */
  spokenDate(date: PlainDate): string;
  /** The month caption: 2026年(令和8年)12月 / December 2026. */
  month(month: YearMonth): string;
  /** A weekday's short name (日, 月 … / Sun, Mon …) for column headers. */
  weekdayShort(day: number): string;
  /** A weekday's full name (日曜日 / Sunday). */
  weekday(day: number): string;
  /** A slot's times: 10:00〜10:30. */
  slotTime(slot: Slot): string;
  /** A slot with its date: 2026年12月1日(火) 10:00〜10:30. */
  slot(slot: Slot): string;
  /** An instant with its date: 2026年11月30日(月) 17:15. */
  dateTime(iso: string): string;
  /** The text in the current locale (Japanese when a translation is missing). */
  text(value: LocalizedText | undefined): string;
  /** Consultation modes as a list in words: 支所の相談ブース、自宅から（ビデオ通話）. */
  modes(modes: readonly ConsultationMode[]): string;
  /** A location's address line in the current locale (〒 code first), or undefined. */
  address(location: Location): string | undefined;
}

let englishMonth: Intl.DateTimeFormat | undefined;

/** December, … — created on first use, so importing this module does no work. */
function englishMonthName(month: number): string {
  englishMonth ??= new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
  return englishMonth.format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** Formatting in the locale of the nearest I18nProvider. */
export function useBookingFormat(): BookingFormat {
  const t = useFlowTranslator();
  const { locale } = useLocale();
  return useMemo(() => {
    const format: BookingFormat = {
      date: (date) => formatJapaneseDate(date, locale),
      spokenDate: (date) =>
        t('booking.date.spoken', {
          year: date.year,
          era: formatEraYear(date, locale),
          month: date.month,
          day: date.day,
          weekday: format.weekday(dayOfWeek(date)),
          date: formatJapaneseDate(date, locale, { weekday: false }),
        }),
      month: ({ year, month }) =>
        t('booking.date.month', {
          year,
          month,
          era: formatEraYear({ year, month }, locale),
          monthName: englishMonthName(month),
        }),
      weekdayShort: (day) => t(`booking.weekday.short.${day}`),
      weekday: (day) => t(`booking.weekday.long.${day}`),
      slotTime: (slot) =>
        t('booking.time.range', { start: tokyoTime(slot.start), end: tokyoTime(slot.end) }),
      slot: (slot) =>
        t('booking.time.slot', {
          date: format.date(tokyoDateOf(slot.start)),
          time: format.slotTime(slot),
        }),
      dateTime: (iso) =>
        t('booking.time.dateTime', {
          date: format.date(tokyoDateOf(iso)),
          time: tokyoTime(iso),
        }),
      text: (value) => (value ? (value[locale] ?? value.ja) : ''),
      modes: (modes) =>
        modes.map((mode) => t(`booking.mode.${mode}`)).join(t('booking.listSeparator')),
      address: ({ address }) => {
        const line = address && (locale === 'en' ? (address.en ?? address.ja) : address.ja);
        if (!line) return undefined;
        return address.postalCode ? `〒${address.postalCode} ${line}` : line;
      },
    };
    return format;
  }, [t, locale]);
}
