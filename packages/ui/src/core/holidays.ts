// National holidays (国民の祝日, 振替休日, 国民の休日) from @holiday-jp/holiday_jp.
// Its Date API (isHoliday, between) formats dates in the host's local time, so on a server in UTC
// it answers for the wrong day between 00:00 and 09:00 JST. We only use its table, keyed by the
// YYYY-MM-DD of the Tokyo PlainDate, copied at build time into holiday-data.ts (an ES module, so
// bundlers drop it from apps that never ask about holidays).
import { formatPlainDate, type PlainDate } from './dates';
import { holidayEntries, holidayNames } from './holiday-data';

let table: Map<string, NationalHoliday> | undefined;

/** Parses the compact table once, on the first question. */
function holidayTable(): Map<string, NationalHoliday> {
  if (table) return table;
  table = new Map();
  for (const entry of holidayEntries.split(' ')) {
    const [ja, en] = holidayNames[Number.parseInt(entry.slice(8), 36)]!;
    const key = `${entry.slice(0, 4)}-${entry.slice(4, 6)}-${entry.slice(6, 8)}`;
    table.set(key, { name: { ja, en } });
  }
  return table;
}

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
  const holiday = holidayTable().get(formatPlainDate(date));
  return holiday && { name: { ...holiday.name } };
}

/** Whether `date` is a national holiday (including substitute holidays). */
export function isNationalHoliday(date: PlainDate): boolean {
  return nationalHoliday(date) !== undefined;
}
