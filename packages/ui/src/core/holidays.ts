// National holidays (国民の祝日, 振替休日, 国民の休日) from @holiday-jp/holiday_jp.
// Its Date API (isHoliday, between) formats dates in the host's local time, so on a server in UTC
// it answers for the wrong day between 00:00 and 09:00 JST. We only read its table, keyed by the
// YYYY-MM-DD of the Tokyo PlainDate.
import holidayJp from '@holiday-jp/holiday_jp';
import { formatPlainDate, type PlainDate } from './dates';

// Widened: the package types its table as one literal object type per date.
type HolidayTable = Readonly<Record<string, { readonly name: string; readonly name_en: string }>>;

/** A text in Japanese and English (the holiday table and closure labels carry both). */
export interface BilingualLabel {
  readonly ja: string;
  readonly en: string;
}

/** A national holiday's name. */
export interface NationalHoliday {
  readonly name: BilingualLabel;
}

/**
 * The national holiday on `date`, or undefined. The bundled table covers 1970–2050 and follows
 * the Cabinet Office's list as of the package version; dates outside it are never holidays.
 */
export function nationalHoliday(date: PlainDate): NationalHoliday | undefined {
  // Read inside the function, not at module level, so bundlers can drop the table when unused.
  const table: HolidayTable = holidayJp.holidays;
  const key = formatPlainDate(date);
  // Own-property check: the table is a plain object, so "constructor" and friends must not match.
  if (!Object.hasOwn(table, key)) return undefined;
  const holiday = table[key]!;
  return { name: { ja: holiday.name, en: holiday.name_en } };
}

/** Whether `date` is a national holiday (including substitute holidays). */
export function isNationalHoliday(date: PlainDate): boolean {
  return nationalHoliday(date) !== undefined;
}
