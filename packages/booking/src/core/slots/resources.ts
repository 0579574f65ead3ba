// One chosen slot: is it a real slot, is it free, who takes it, and what to offer instead.
import {
  addDays,
  compareDates,
  eachDate,
  formatTokyoIso,
  type PlainDate,
  parseIsoInstant,
  tokyoDate,
  tokyoInstant,
} from '@machi-dx/ui/core';
import type { ClosedDay, Slot } from '../types';
import { evaluateDay } from './availability';
import { createSlotEngine, defaultSlotIntervalMinutes } from './engine';
import type { ResourceAssignment, SlotRulesInput } from './types';

const minuteMs = 60_000;

/** Why a requested start cannot be booked. `taken` is a 409; the others are a 422 on `start`. */
export type SlotRefusal =
  | 'not_on_boundary'
  | 'past'
  | 'closed'
  | 'before_notice'
  | 'outside_horizon'
  | 'outside_hours'
  | 'taken';

/** The outcome of {@link checkSlot}. */
export type SlotCheck =
  | { readonly ok: true; readonly slot: Slot; readonly assignment: ResourceAssignment }
  | {
      readonly ok: false;
      readonly reason: SlotRefusal;
      /** For `closed`: the day's reason (weekend, holiday, closure) and label. */
      readonly closed?: ClosedDay;
    };

function toDate(start: Date | string): Date | undefined {
  const date = typeof start === 'string' ? parseIsoInstant(start) : start;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Minutes from Tokyo midnight of `start`, or undefined when it is not on a whole minute. */
function minuteOfDay(start: Date): { date: PlainDate; minute: number } | undefined {
  const date = tokyoDate(start);
  const offset = start.getTime() - tokyoInstant(date, '00:00').getTime();
  return offset % minuteMs === 0 ? { date, minute: offset / minuteMs } : undefined;
}

/** Whether `start` lies on the service's slot grid (whole minutes from Tokyo midnight). */
export function isOnSlotBoundary(
  start: Date | string,
  service: Pick<SlotRulesInput['service'], 'slotIntervalMinutes'>,
): boolean {
  const date = toDate(start);
  const position = date && minuteOfDay(date);
  return (
    position !== undefined &&
    position.minute % (service.slotIntervalMinutes ?? defaultSlotIntervalMinutes) === 0
  );
}

/**
 * Checks one requested start against the same rules as {@link computeAvailability} and, when it
 * can be booked, says which specialist (and booth) take it. The server calls this inside the
 * insert transaction; the database's exclusion constraints still guard against a concurrent insert.
 */
export function checkSlot(input: SlotRulesInput, start: Date | string): SlotCheck {
  const engine = createSlotEngine(input);
  const instant = toDate(start);
  const position = instant && minuteOfDay(instant);
  if (!instant || !position || position.minute % engine.interval !== 0) {
    return { ok: false, reason: 'not_on_boundary' };
  }
  if (instant.getTime() <= input.now.getTime()) return { ok: false, reason: 'past' };
  const state = engine.day(position.date);
  if (state.kind === 'closed') {
    const { reason } = state.closed;
    if (reason === 'weekend' || reason === 'holiday' || reason === 'closure') {
      return { ok: false, reason: 'closed', closed: state.closed };
    }
    if (reason === 'past' || reason === 'before_notice' || reason === 'outside_horizon') {
      return { ok: false, reason };
    }
    return { ok: false, reason: 'outside_hours' };
  }
  if (position.minute + engine.duration > 24 * 60) return { ok: false, reason: 'outside_hours' };
  const result = engine.candidate(state, position.minute);
  if (result === 'notice') return { ok: false, reason: 'past' };
  if (result === 'outside_hours' || result === 'taken') return { ok: false, reason: result };
  const end = new Date(instant.getTime() + engine.duration * minuteMs);
  return {
    ok: true,
    slot: { start: formatTokyoIso(instant), end: formatTokyoIso(end) },
    assignment: result,
  };
}

/** Which specialist and booth to book for `start`, or undefined when it cannot be booked. */
export function assignResources(
  input: SlotRulesInput,
  start: Date | string,
): ResourceAssignment | undefined {
  const check = checkSlot(input, start);
  return check.ok ? check.assignment : undefined;
}

/**
 * The free slots nearest to `start` (a slot that was just taken), for the 409 body: at most
 * `count` (default 3), searched `searchDays` (default 14) either side, listed in time order.
 * Equally near slots prefer the earlier one.
 */
export function findAlternatives(
  input: SlotRulesInput,
  start: Date | string,
  options: { readonly count?: number; readonly searchDays?: number } = {},
): Slot[] {
  const instant = toDate(start);
  if (!instant) return [];
  const count = options.count ?? 3;
  const searchDays = options.searchDays ?? 14;
  const engine = createSlotEngine(input);
  const center = tokyoDate(instant);
  let from = addDays(center, -searchDays);
  let to = addDays(center, searchDays);
  if (compareDates(from, engine.today) < 0) from = engine.today;
  if (compareDates(to, engine.lastDate) > 0) to = engine.lastDate;
  const target = instant.getTime();
  const slots = eachDate(from, to)
    .flatMap((date) => evaluateDay(engine, date).slots)
    .map((slot) => ({ slot, at: parseIsoInstant(slot.start)!.getTime() }))
    .filter(({ at }) => at !== target);
  slots.sort((a, b) => Math.abs(a.at - target) - Math.abs(b.at - target) || a.at - b.at);
  return slots
    .slice(0, count)
    .sort((a, b) => a.at - b.at)
    .map(({ slot }) => slot);
}
