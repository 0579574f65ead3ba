// The slot engine behind computeAvailability, checkSlot and findAlternatives. Everything runs on
// Tokyo PlainDates and epoch milliseconds (never host-local Date methods), so the result is the
// same whatever the host's time zone.
import {
  addDays,
  compareDates,
  formatPlainDate,
  type PlainDate,
  type TimeOfDay,
  todayInTokyo,
  tokyoDate,
  tokyoInstant,
} from '@machi-dx/ui/core';
import type { ClosedDay } from '../types';
import { hoursOn, type MinuteRange } from './hours';
import type { ResourceAssignment, SlotRulesInput } from './types';

const minuteMs = 60_000;
const dayMinutes = 24 * 60;

/** Default business days of notice. */
export const defaultMinNoticeBusinessDays = 1;
/** Default booking horizon in calendar days. */
export const defaultHorizonDays = 30;
/** Default slot grid in minutes. */
export const defaultSlotIntervalMinutes = 30;
/** Default office closing time for notice and cut-offs. */
export const defaultOfficeCloseTime: TimeOfDay = '17:15';

/** A day that can have slots: who works when. */
export interface OpenDay {
  readonly kind: 'open';
  readonly date: PlainDate;
  /** Epoch milliseconds of 00:00 in Tokyo on `date`. */
  readonly midnight: number;
  readonly specialists: readonly { readonly id: string; readonly ranges: MinuteRange[] }[];
}

/** A day's state before looking at individual slots. */
export type DayState = OpenDay | { readonly kind: 'closed'; readonly closed: ClosedDay };

/** Why one grid position is not offered, or who would take it. */
export type CandidateResult = 'notice' | 'outside_hours' | 'taken' | ResourceAssignment;

interface Range {
  readonly start: number;
  readonly end: number;
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
  return value;
}

function nonNegativeInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
  return value;
}

/** Builds the engine for one input; throws RangeError for an impossible configuration. */
export function createSlotEngine(input: SlotRulesInput) {
  const { service, location, calendar, now } = input;
  if (Number.isNaN(now.getTime())) throw new RangeError('now is an invalid Date');
  if (!service.modes.includes(location.kind)) {
    throw new RangeError(`Service ${service.id} is not offered at ${location.kind} locations`);
  }
  const duration = positiveInteger(service.durationMinutes, 'durationMinutes');
  const interval = positiveInteger(
    service.slotIntervalMinutes ?? defaultSlotIntervalMinutes,
    'slotIntervalMinutes',
  );
  const notice = nonNegativeInteger(
    service.minNoticeBusinessDays ?? defaultMinNoticeBusinessDays,
    'minNoticeBusinessDays',
  );
  const horizon = nonNegativeInteger(service.horizonDays ?? defaultHorizonDays, 'horizonDays');
  const bufferMs = nonNegativeInteger(input.bufferMinutes ?? 0, 'bufferMinutes') * minuteMs;
  const closeTime = input.officeCloseTime ?? defaultOfficeCloseTime;
  const nowMs = now.getTime();
  const today = todayInTokyo(now);
  const lastDate = addDays(today, horizon);
  const siteId = location.kind === 'branch' ? location.id : undefined;
  const boothIds = location.kind === 'branch' ? location.boothIds : [];

  const eligible = service.specialistIds.flatMap((id) => {
    const specialist = input.specialists.find((entry) => entry.id === id);
    return specialist ? [specialist] : [];
  });

  // Busy ranges per resource, sorted by start so a scan can stop early.
  const busy = new Map<string, Range[]>();
  const load = new Map<string, number>();
  for (const booking of input.bookings) {
    if (booking.status === 'cancelled') continue;
    if (input.ignoreReference !== undefined && booking.reference === input.ignoreReference)
      continue;
    const range = { start: booking.start.getTime(), end: booking.end.getTime() };
    const keys = [`s:${booking.specialistId}`];
    if (booking.boothId !== undefined) keys.push(`b:${booking.boothId}`);
    for (const key of keys) {
      const ranges = busy.get(key);
      if (ranges) ranges.push(range);
      else busy.set(key, [range]);
    }
    const loadKey = `${booking.specialistId}|${formatPlainDate(tokyoDate(booking.start))}`;
    load.set(loadKey, (load.get(loadKey) ?? 0) + 1);
  }
  for (const ranges of busy.values()) ranges.sort((a, b) => a.start - b.start);

  /** Free when no busy range comes within the buffer of [start, end). */
  function isFree(key: string, start: number, end: number): boolean {
    for (const range of busy.get(key) ?? []) {
      if (range.start >= end + bufferMs) return true;
      if (start - bufferMs < range.end) return false;
    }
    return true;
  }

  function day(date: PlainDate): DayState {
    if (compareDates(date, today) < 0) return { kind: 'closed', closed: { reason: 'past' } };
    const closedReason =
      calendar.closedReason(date, siteId) ??
      (input.hostSiteId === undefined ? undefined : calendar.closedReason(date, input.hostSiteId));
    if (closedReason) {
      const closed: ClosedDay = closedReason.label
        ? { reason: closedReason.reason, label: { ...closedReason.label } }
        : { reason: closedReason.reason };
      return { kind: 'closed', closed };
    }
    if (compareDates(date, lastDate) > 0) {
      return { kind: 'closed', closed: { reason: 'outside_horizon' } };
    }
    if (notice > 0) {
      // Book by the close of the nth business day before: the office prepares on that day.
      const deadline = tokyoInstant(
        calendar.addBusinessDays(date, -notice, input.hostSiteId),
        closeTime,
      );
      if (nowMs >= deadline.getTime()) {
        return { kind: 'closed', closed: { reason: 'before_notice' } };
      }
    }
    const specialists = eligible
      .map((specialist) => ({ id: specialist.id, ranges: hoursOn(specialist, date) }))
      .filter((specialist) => specialist.ranges.length > 0);
    if (specialists.length === 0) return { kind: 'closed', closed: { reason: 'no_hours' } };
    return { kind: 'open', date, midnight: tokyoInstant(date, '00:00').getTime(), specialists };
  }

  function candidate(open: OpenDay, minute: number): CandidateResult {
    const start = open.midnight + minute * minuteMs;
    const end = start + duration * minuteMs;
    const working = open.specialists.filter((specialist) =>
      specialist.ranges.some((range) => range.start <= minute && minute + duration <= range.end),
    );
    if (working.length === 0) return 'outside_hours';
    if (start <= nowMs) return 'notice';
    const dateKey = formatPlainDate(open.date);
    // The least-loaded free specialist that day spreads the work; ties keep the service's order.
    let chosen: { id: string; load: number } | undefined;
    for (const specialist of working) {
      if (!isFree(`s:${specialist.id}`, start, end)) continue;
      const count = load.get(`${specialist.id}|${dateKey}`) ?? 0;
      if (!chosen || count < chosen.load) chosen = { id: specialist.id, load: count };
    }
    if (!chosen) return 'taken';
    if (location.kind === 'home') return { specialistId: chosen.id };
    const boothId = boothIds.find((booth) => isFree(`b:${booth}`, start, end));
    return boothId === undefined ? 'taken' : { specialistId: chosen.id, boothId };
  }

  /** Grid positions (minutes from midnight) whose session fits in the day. */
  function gridMinutes(): number[] {
    const minutes: number[] = [];
    for (let minute = 0; minute + duration <= dayMinutes; minute += interval) minutes.push(minute);
    return minutes;
  }

  return { today, lastDate, duration, interval, day, candidate, gridMinutes };
}

/** The engine built by {@link createSlotEngine}. */
export type SlotEngine = ReturnType<typeof createSlotEngine>;
