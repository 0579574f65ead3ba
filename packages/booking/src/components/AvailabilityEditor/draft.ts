// The editor's draft: the staff availability as typed (strings, date parts), with stable keys for
// React lists, and its conversion to and from the API's shape.
import type { DateParts } from '@machi-dx/ui';
import type { DayOfWeek } from '@machi-dx/ui/core';
import type { StaffAvailability, TimeRange } from '../../core/types';

/** A time range as typed. */
export interface DraftRange {
  readonly key: number;
  readonly start: string;
  readonly end: string;
}

/** A weekly range; kept in one flat list so its index matches the API's error paths. */
export interface DraftWeekly extends DraftRange {
  readonly day: DayOfWeek;
}

/** A date exception as typed. */
export interface DraftException {
  readonly key: number;
  readonly date: DateParts;
  /** Not available at all that day (`hours: []`). */
  readonly dayOff: boolean;
  readonly hours: readonly DraftRange[];
  readonly note: string;
}

/** The whole draft. */
export interface AvailabilityDraft {
  readonly weeklyHours: readonly DraftWeekly[];
  readonly exceptions: readonly DraftException[];
}

let nextKey = 1;
/** A key for a new row (unique for the page's lifetime; only React reads it). */
export const newKey = () => nextKey++;

/** Office hours a new range starts with. */
export const defaultRange: TimeRange = { start: '08:30', end: '17:15' };

/** Monday first, as office weeks are planned. */
export const weekOrder: readonly DayOfWeek[] = [1, 2, 3, 4, 5, 6, 0];

const range = (hours: TimeRange): DraftRange => ({ key: newKey(), ...hours });

/** The draft of loaded availability. */
export function toDraft(availability: StaffAvailability): AvailabilityDraft {
  return {
    weeklyHours: availability.weeklyHours.map((hours) => ({ ...range(hours), day: hours.day })),
    exceptions: availability.exceptions.map((exception) => {
      const [year = '', month = '', day = ''] = exception.date.split('-');
      return {
        key: newKey(),
        date: { year, month: String(Number(month)), day: String(Number(day)) },
        dayOff: exception.hours.length === 0,
        hours: exception.hours.map(range),
        note: exception.note ?? '',
      };
    }),
  };
}

/** A typed date as `YYYY-MM-DD` (zero-padded); the server refuses what is not a real date. */
function dateOf({ year, month, day }: DateParts): string {
  const digits = (text: string, length: number) => text.trim().padStart(length, '0');
  return `${digits(year, 4)}-${digits(month, 2)}-${digits(day, 2)}`;
}

/** The API body for a draft; validation is the server's (one set of rules). */
export function fromDraft(draft: AvailabilityDraft): StaffAvailability {
  const plain = ({ start, end }: DraftRange): TimeRange => ({ start, end });
  return {
    weeklyHours: draft.weeklyHours.map((hours) => ({ day: hours.day, ...plain(hours) })),
    exceptions: draft.exceptions.map((exception) => ({
      date: dateOf(exception.date),
      hours: exception.dayOff ? [] : exception.hours.map(plain),
      ...(exception.note.trim() ? { note: exception.note.trim() } : {}),
    })),
  };
}

/** A new exception: tomorrow-style empty date, the whole day off. */
export function newException(): DraftException {
  return {
    key: newKey(),
    date: { year: '', month: '', day: '' },
    dayOff: true,
    hours: [range(defaultRange)],
    note: '',
  };
}

/** A new range with office hours. */
export function newRange(): DraftRange {
  return range(defaultRange);
}

/** A new weekly range on `day`. */
export function newWeekly(day: DayOfWeek): DraftWeekly {
  return { ...range(defaultRange), day };
}

/** The id of the control for an API error path: `weeklyHours.3.end` → `<prefix>-weeklyHours-3-end`. */
export function pathId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/\./g, '-')}`;
}
