// @vitest-environment node
// Property-based tests of the slot rules against a deliberately naive oracle: plain UTC
// arithmetic, no indexing, no early exits. Any disagreement is a bug in one of them.
import { addDays, eachDate, formatPlainDate, type PlainDate } from '@machi-dx/ui/core';
import fc from 'fast-check';
import { hostTimeZoneNames, inHostTimeZone } from '../../../../../tooling/hostTimeZones';
import { type SlotCase, slotCaseArbitrary } from '../testing/slotArbitraries';
import { computeAvailability } from './availability';
import { checkSlot } from './resources';
import type { SlotRulesInput } from './types';

const minute = 60_000;
const hours9 = 9 * 60 * minute;

function midnight(date: PlainDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) - hours9;
}

function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
}

function tokyoToday(now: Date): PlainDate {
  const shifted = new Date(now.getTime() + hours9);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

function workingRanges(input: SlotRulesInput, id: string, date: PlainDate) {
  const specialist = input.specialists.find((entry) => entry.id === id);
  if (!specialist) return [];
  const key = formatPlainDate(date);
  const exception = specialist.exceptions?.find((entry) => entry.date === key);
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  const weekly =
    specialist.weeklyHours ?? [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:30', end: '17:15' }));
  const ranges = exception ? exception.hours : weekly.filter((entry) => entry.day === weekday);
  return ranges.map((range) => [toMinutes(range.start), toMinutes(range.end)] as const);
}

function busy(
  input: SlotRulesInput,
  match: (booking: SlotRulesInput['bookings'][number]) => boolean,
  start: number,
  end: number,
) {
  const buffer = (input.bufferMinutes ?? 0) * minute;
  return input.bookings.some(
    (booking) =>
      booking.status !== 'cancelled' &&
      match(booking) &&
      booking.start.getTime() < end + buffer &&
      start - buffer < booking.end.getTime(),
  );
}

/** Whether a session at `start` on `date` may be offered, by the rules as written in the issue. */
function oracleAllows(input: SlotRulesInput, date: PlainDate, startMinute: number): boolean {
  const { service, location, calendar, now } = input;
  const duration = service.durationMinutes;
  const start = midnight(date) + startMinute * minute;
  const end = start + duration * minute;
  const today = tokyoToday(now);
  if (formatPlainDate(date) < formatPlainDate(today)) return false;
  if (formatPlainDate(date) > formatPlainDate(addDays(today, service.horizonDays ?? 30)))
    return false;
  if (calendar.closedReason(date, location.kind === 'branch' ? location.id : undefined))
    return false;
  if (input.hostSiteId && calendar.closedReason(date, input.hostSiteId)) return false;
  if (start <= now.getTime()) return false;
  const notice = service.minNoticeBusinessDays ?? 1;
  if (notice > 0) {
    const day = calendar.addBusinessDays(date, -notice, input.hostSiteId);
    if (now.getTime() >= midnight(day) + toMinutes('17:15') * minute) return false;
  }
  const specialistFree = service.specialistIds.some(
    (id) =>
      workingRanges(input, id, date).some(
        ([from, to]) => from <= startMinute && startMinute + duration <= to,
      ) && !busy(input, (booking) => booking.specialistId === id, start, end),
  );
  if (!specialistFree) return false;
  if (location.kind === 'home') return true;
  return location.boothIds.some(
    (booth) => !busy(input, (booking) => booking.boothId === booth, start, end),
  );
}

function oracleStarts(input: SlotRulesInput, date: PlainDate): number[] {
  const starts: number[] = [];
  const { durationMinutes, slotIntervalMinutes = 30 } = input.service;
  for (let at = 0; at + durationMinutes <= 24 * 60; at += slotIntervalMinutes) {
    if (oracleAllows(input, date, at)) starts.push(midnight(date) + at * minute);
  }
  return starts;
}

const runs = { numRuns: 150 };

describe('slot rules (property-based)', () => {
  it('offer exactly the slots the rules allow, and never one that breaks them', () => {
    fc.assert(
      fc.property(slotCaseArbitrary, ({ input, from, to }: SlotCase) => {
        const days = computeAvailability(input, { from, to });
        expect(days.map((day) => day.date)).toEqual(eachDate(from, to).map(formatPlainDate));
        days.forEach((day, index) => {
          const date = addDays(from, index);
          const offered = day.slots.map((slot) => new Date(slot.start).getTime());
          expect(offered).toEqual(oracleStarts(input, date));
          for (const slot of day.slots) {
            expect(new Date(slot.end).getTime() - new Date(slot.start).getTime()).toBe(
              input.service.durationMinutes * minute,
            );
            expect(slot.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+09:00$/);
            expect(slot.start.slice(0, 10)).toBe(day.date);
          }
          // A day is either closed with a reason and no slots, or open with slots.
          expect(day.closed === undefined).toBe(day.slots.length > 0);
        });
      }),
      runs,
    );
  });

  it('never offer a slot on a closed day, before notice, after the horizon, or in the past', () => {
    fc.assert(
      fc.property(slotCaseArbitrary, ({ input, from, to }: SlotCase) => {
        const today = formatPlainDate(tokyoToday(input.now));
        const last = formatPlainDate(
          addDays(tokyoToday(input.now), input.service.horizonDays ?? 30),
        );
        for (const day of computeAvailability(input, { from, to })) {
          if (day.slots.length === 0) continue;
          const date = {
            year: +day.date.slice(0, 4),
            month: +day.date.slice(5, 7),
            day: +day.date.slice(8),
          };
          const siteId = input.location.kind === 'branch' ? input.location.id : undefined;
          expect(input.calendar.closedReason(date, siteId)).toBeUndefined();
          expect(day.date >= today && day.date <= last).toBe(true);
          for (const slot of day.slots)
            expect(new Date(slot.start).getTime()).toBeGreaterThan(input.now.getTime());
        }
      }),
      runs,
    );
  });

  it('agree with checkSlot, whose resources are working and free with buffers', () => {
    fc.assert(
      fc.property(slotCaseArbitrary, ({ input, from, to }: SlotCase) => {
        const buffer = (input.bufferMinutes ?? 0) * minute;
        for (const day of computeAvailability(input, { from, to })) {
          for (const slot of day.slots) {
            const check = checkSlot(input, slot.start);
            if (!check.ok)
              throw new Error(`offered ${slot.start} but checkSlot says ${check.reason}`);
            const start = new Date(slot.start).getTime();
            const end = new Date(slot.end).getTime();
            const { specialistId, boothId } = check.assignment;
            expect(input.service.specialistIds).toContain(specialistId);
            for (const booking of input.bookings) {
              if (booking.status === 'cancelled') continue;
              const overlaps =
                booking.start.getTime() < end + buffer && start - buffer < booking.end.getTime();
              if (booking.specialistId === specialistId) expect(overlaps).toBe(false);
              if (boothId !== undefined && booking.boothId === boothId)
                expect(overlaps).toBe(false);
            }
            if (input.location.kind === 'branch')
              expect(input.location.boothIds).toContain(boothId);
            else expect(boothId).toBeUndefined();
          }
          // Grid starts that are not offered are refused by checkSlot too.
          const offered = new Set(day.slots.map((slot) => slot.start));
          const { durationMinutes, slotIntervalMinutes = 30 } = input.service;
          const date = {
            year: +day.date.slice(0, 4),
            month: +day.date.slice(5, 7),
            day: +day.date.slice(8),
          };
          for (let at = 0; at + durationMinutes <= 24 * 60; at += slotIntervalMinutes * 4) {
            const start = new Date(midnight(date) + at * minute);
            const iso = `${new Date(start.getTime() + hours9).toISOString().slice(0, 19)}+09:00`;
            if (!offered.has(iso)) expect(checkSlot(input, start).ok).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('give identical results whatever the host time zone', () => {
    fc.assert(
      fc.property(slotCaseArbitrary, ({ input, from, to }: SlotCase) => {
        const results = hostTimeZoneNames.map((zone) =>
          inHostTimeZone(zone, () => JSON.stringify(computeAvailability(input, { from, to }))),
        );
        expect(results[1]).toBe(results[0]);
        expect(results[2]).toBe(results[0]);
      }),
      { numRuns: 60 },
    );
  });
});
