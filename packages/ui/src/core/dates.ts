// Calendar dates and instants in Asia/Tokyo, whatever the host's time zone.
// Every computation goes through Date.UTC / getUTC*: host-local Date methods (getDate, getDay,
// new Date(y, m, d)) would silently shift a date by a day on a server running in UTC or in the US.

/** A calendar date with no time and no zone; `month` is 1–12. */
export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A wall-clock time in Tokyo: `'HH:MM'` (24-hour) or `{ hour, minute }`. */
export type TimeOfDay = `${number}:${number}` | { readonly hour: number; readonly minute: number };

/** Day of the week, 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`). */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

// Japan Standard Time is UTC+09:00 all year: Japan has observed no daylight saving time since 1951.
const tokyoOffsetMs = 9 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** Milliseconds since the epoch of 00:00 UTC on `date`; setUTCFullYear because Date.UTC maps years 0–99 to 1900–1999. */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function fromUtc(date: Date): PlainDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function epochDay(date: PlainDate): number {
  return Math.round(utcMidnight(date.year, date.month, date.day) / dayMs);
}

function fromEpochDay(days: number): PlainDate {
  return fromUtc(new Date(days * dayMs));
}

function pad(value: number, length = 2): string {
  return String(Math.abs(value)).padStart(length, '0');
}

function assertValidInstant(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
}

/** Number of days in a month of the proleptic Gregorian calendar (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
}

/** Whether `date` has integer fields naming a day that exists (2025-02-30 does not). */
export function isValidPlainDate(date: PlainDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parses ISO `YYYY-MM-DD`; undefined for any other shape or for a day that does not exist. */
export function parsePlainDate(text: string): PlainDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidPlainDate(date) ? date : undefined;
}

/** Formats as ISO `YYYY-MM-DD` (the key holiday tables and the HTTP API use). */
export function formatPlainDate(date: PlainDate): string {
  const sign = date.year < 0 ? '-' : '';
  return `${sign}${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** The calendar date in Tokyo at `instant`. */
export function tokyoDate(instant: Date): PlainDate {
  assertValidInstant(instant);
  return fromUtc(new Date(instant.getTime() + tokyoOffsetMs));
}

/** Today's date in Tokyo; pass `now` to make callers testable. */
export function todayInTokyo(now: Date = new Date()): PlainDate {
  return tokyoDate(now);
}

function parseTimeOfDay(time: TimeOfDay): { hour: number; minute: number } {
  let hour: number;
  let minute: number;
  if (typeof time === 'string') {
    const match = /^(\d{2}):(\d{2})$/.exec(time);
    if (!match) throw new RangeError(`Invalid time of day "${time}": expected HH:MM`);
    hour = Number(match[1]);
    minute = Number(match[2]);
  } else {
    ({ hour, minute } = time);
  }
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour < 0 || hour > 23) {
    throw new RangeError(`Invalid time of day ${JSON.stringify(time)}`);
  }
  if (minute < 0 || minute > 59)
    throw new RangeError(`Invalid time of day ${JSON.stringify(time)}`);
  return { hour, minute };
}

/** The instant at wall-clock `time` on `date` in Tokyo. Throws RangeError for an invalid date or time. */
export function tokyoInstant(date: PlainDate, time: TimeOfDay): Date {
  if (!isValidPlainDate(date)) throw new RangeError(`Invalid date ${JSON.stringify(date)}`);
  const { hour, minute } = parseTimeOfDay(time);
  const wallClockAsUtc =
    utcMidnight(date.year, date.month, date.day) + (hour * 60 + minute) * 60_000;
  return new Date(wallClockAsUtc - tokyoOffsetMs);
}

/**
 * ISO 8601 in Tokyo time with an explicit offset, as on the wire: `2026-12-01T10:00:00+09:00`.
 * Milliseconds are written only when non-zero, so every instant survives a round trip.
 */
export function formatTokyoIso(instant: Date): string {
  assertValidInstant(instant);
  const shifted = new Date(instant.getTime() + tokyoOffsetMs);
  const date = formatPlainDate(fromUtc(shifted));
  const time = `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
  const milliseconds = shifted.getUTCMilliseconds();
  return `${date}T${time}${milliseconds === 0 ? '' : `.${pad(milliseconds, 3)}`}+09:00`;
}

const isoInstantPattern =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/**
 * Parses an ISO 8601 / RFC 3339 date-time that states its offset (`Z` or `±HH:MM`).
 * Undefined without an offset: a bare local time is ambiguous, and guessing the host's zone is the bug this module exists to prevent.
 */
export function parseIsoInstant(text: string): Date | undefined {
  const match = isoInstantPattern.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, offsetH = '0', offsetM = '0'] =
    match;
  const date = { year: Number(y), month: Number(mo), day: Number(d) };
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (!isValidPlainDate(date) || hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetMinutes = zulu
    ? 0
    : (sign === '-' ? -1 : 1) * (Number(offsetH) * 60 + Number(offsetM));
  if (Number(offsetH) > 23 || Number(offsetM) > 59) return undefined;
  const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3));
  const utc =
    utcMidnight(date.year, date.month, date.day) +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    milliseconds;
  return new Date(utc);
}

/** `date` moved by `days` (negative moves back). */
export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(epochDay(date) + days);
}

/** `date` moved by whole months; the day is clamped to the target month (01-31 + 1 month → 02-28/29). */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** -1, 0 or 1 as `a` is before, the same day as, or after `b` (usable with Array#sort). */
export function compareDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  if (a.year !== b.year) return a.year < b.year ? -1 : 1;
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return 0;
}

/** Whether two dates are the same calendar day. */
export function isSameDate(a: PlainDate, b: PlainDate): boolean {
  return compareDates(a, b) === 0;
}

/** Signed number of days from `from` to `to` (`to` − `from`): 1 for tomorrow, -1 for yesterday. */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return epochDay(to) - epochDay(from);
}

/** Day of the week of `date`, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: PlainDate): DayOfWeek {
  return new Date(utcMidnight(date.year, date.month, date.day)).getUTCDay() as DayOfWeek;
}

/** Whether `date` is a Saturday or a Sunday. */
export function isWeekend(date: PlainDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Every date from `from` to `to`, both included, in order; empty when `to` is before `from`. */
export function eachDate(from: PlainDate, to: PlainDate): PlainDate[] {
  const start = epochDay(from);
  const end = epochDay(to);
  const dates: PlainDate[] = [];
  for (let day = start; day <= end; day++) dates.push(fromEpochDay(day));
  return dates;
}
