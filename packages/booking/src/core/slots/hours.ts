// Working hours of one specialist on one date, as minutes from Tokyo midnight.
import { dayOfWeek, formatPlainDate, type PlainDate } from '@machi-dx/ui/core';
import type { WeeklyHours } from '../types';
import type { SpecialistHours } from './types';

/** 08:30–17:15, Monday to Friday: the standard hours of a Japanese municipal office. */
export const defaultWeeklyHours: readonly WeeklyHours[] = [1, 2, 3, 4, 5].map((day) => ({
  day: day as WeeklyHours['day'],
  start: '08:30',
  end: '17:15',
}));

/** A half-open range of minutes from Tokyo midnight. */
export interface MinuteRange {
  readonly start: number;
  readonly end: number;
}

/** `HH:MM` → minutes from midnight; throws RangeError for anything else. */
export function minutesFromTime(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Invalid time "${time}": expected HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The specialist's working ranges on `date`: the date's exception if any, else the weekly hours. */
export function hoursOn(specialist: SpecialistHours, date: PlainDate): MinuteRange[] {
  const key = formatPlainDate(date);
  const exception = specialist.exceptions?.find((entry) => entry.date === key);
  const ranges = exception
    ? exception.hours
    : (specialist.weeklyHours ?? defaultWeeklyHours).filter(
        (entry) => entry.day === dayOfWeek(date),
      );
  return ranges
    .map((range) => ({ start: minutesFromTime(range.start), end: minutesFromTime(range.end) }))
    .filter((range) => range.end > range.start);
}
