// Availability per day in the wire shape: what GET /booking/availability returns.
import { eachDate, formatPlainDate, formatTokyoIso, type PlainDate } from '@machi-dx/ui/core';
import type { Availability, AvailabilityDay, Slot } from '../types';
import { createSlotEngine, type OpenDay, type SlotEngine } from './engine';
import type { SlotRulesInput } from './types';

const minuteMs = 60_000;

/** The wire slot for a grid position on an open day. */
export function slotAt(engine: SlotEngine, open: OpenDay, minute: number): Slot {
  const start = open.midnight + minute * minuteMs;
  return {
    start: formatTokyoIso(new Date(start)),
    end: formatTokyoIso(new Date(start + engine.duration * minuteMs)),
  };
}

/** One day's availability from an engine. */
export function evaluateDay(engine: SlotEngine, date: PlainDate): AvailabilityDay {
  const key = formatPlainDate(date);
  const state = engine.day(date);
  if (state.kind === 'closed') return { date: key, closed: state.closed, slots: [] };
  const slots: Slot[] = [];
  let inHours = 0;
  let beforeNotice = 0;
  for (const minute of engine.gridMinutes()) {
    const result = engine.candidate(state, minute);
    if (result === 'outside_hours') continue;
    inHours++;
    if (result === 'notice') beforeNotice++;
    else if (result !== 'taken') slots.push(slotAt(engine, state, minute));
  }
  if (slots.length > 0) return { date: key, slots };
  // Say why an open day has nothing: hours too short for the session, already past, or all taken.
  const reason =
    inHours === 0 ? 'no_hours' : beforeNotice === inHours ? 'before_notice' : 'fully_booked';
  return { date: key, closed: { reason }, slots: [] };
}

/**
 * The availability days from `from` to `to` (Tokyo dates, both included), exactly as the API
 * returns them. A slot is offered only when a specialist who handles the service is working and
 * free (with buffers) and, at a branch, one of its booths is free too; closed days say why.
 * Throws RangeError when the service is not offered at the location's kind or the configuration
 * is impossible (check {@link isServiceOfferedAt} first and answer 422).
 */
export function computeAvailability(
  input: SlotRulesInput,
  range: { readonly from: PlainDate; readonly to: PlainDate },
): AvailabilityDay[] {
  const engine = createSlotEngine(input);
  return eachDate(range.from, range.to).map((date) => evaluateDay(engine, date));
}

/** {@link computeAvailability} wrapped as the response body of `GET /booking/availability`. */
export function availabilityResponse(
  input: SlotRulesInput,
  range: { readonly from: PlainDate; readonly to: PlainDate },
): Availability {
  return { timeZone: 'Asia/Tokyo', days: computeAvailability(input, range) };
}

/** Whether the service may take place at this kind of location (else the API answers 422). */
export function isServiceOfferedAt(
  service: Pick<SlotRulesInput['service'], 'modes'>,
  location: Pick<SlotRulesInput['location'], 'kind'>,
): boolean {
  return service.modes.includes(location.kind);
}
