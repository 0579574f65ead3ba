// Test support only: fast-check generators for the slot rules' inputs.
import {
  addDays,
  type BusinessCalendarOptions,
  createBusinessCalendar,
  formatPlainDate,
  type PlainDate,
  todayInTokyo,
  tokyoInstant,
} from '@machi-dx/ui/core';
import fc from 'fast-check';
import type { BookedTime, SlotRulesInput } from '../slots/types';
import type { DateException, WeeklyHours } from '../types';

const specialistIds = ['a', 'b', 'c', 'd'];
const boothIds = ['booth-1', 'booth-2'];
const branchId = 'branch-1';
const hostId = 'main';

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A working range: starts on a quarter hour between 06:00 and 20:00, 30 minutes to 10 hours long. */
const rangeArbitrary = fc
  .tuple(fc.integer({ min: 24, max: 80 }), fc.integer({ min: 2, max: 40 }))
  .map(([start, length]) => {
    const from = start * 15;
    const to = Math.min(from + length * 15, 23 * 60 + 45);
    return { start: hhmm(from), end: hhmm(to) };
  });

const weeklyArbitrary: fc.Arbitrary<WeeklyHours[] | undefined> = fc.option(
  fc.array(
    fc.tuple(fc.integer({ min: 0, max: 6 }), rangeArbitrary).map(([day, range]) => ({
      day: day as WeeklyHours['day'],
      ...range,
    })),
    { minLength: 2, maxLength: 10 },
  ),
  // Default hours (undefined) a third of the time.
  { nil: undefined, freq: 2 },
);

/** A generated case: the rules' input plus the date range asked for. */
export interface SlotCase {
  readonly input: SlotRulesInput;
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly calendarOptions: BusinessCalendarOptions;
}

/** Random services, places, hours, exceptions, bookings, buffers, closures and clocks. */
export const slotCaseArbitrary: fc.Arbitrary<SlotCase> = fc
  .record({
    now: fc.date({
      min: new Date('2026-01-01T00:00:00Z'),
      max: new Date('2027-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    startOffset: fc.integer({ min: -3, max: 25 }),
    length: fc.integer({ min: 1, max: 12 }),
    duration: fc.constantFrom(15, 20, 30, 45, 60, 90),
    interval: fc.constantFrom(10, 15, 30, 60),
    notice: fc.integer({ min: 0, max: 3 }),
    horizon: fc.integer({ min: 3, max: 45 }),
    serviceSpecialists: fc.subarray(specialistIds, { minLength: 1 }),
    kind: fc.constantFrom('home' as const, 'branch' as const),
    // Occasionally no booth at all: then a branch offers nothing.
    booths: fc.oneof(
      { arbitrary: fc.subarray(boothIds, { minLength: 1 }), weight: 5 },
      { arbitrary: fc.constant([]), weight: 1 },
    ),
    weekly: fc.array(weeklyArbitrary, { minLength: 4, maxLength: 4 }),
    exceptionSeeds: fc.array(
      fc.tuple(
        fc.constantFrom(...specialistIds),
        fc.integer({ min: -1, max: 13 }),
        fc.array(rangeArbitrary, { maxLength: 2 }),
      ),
      { maxLength: 6 },
    ),
    bookingSeeds: fc.array(
      fc.record({
        specialist: fc.constantFrom(...specialistIds),
        booth: fc.constantFrom(undefined, ...boothIds),
        dayOffset: fc.integer({ min: -1, max: 13 }),
        minute: fc.integer({ min: 6 * 12, max: 20 * 12 }).map((step) => step * 5),
        length: fc.integer({ min: 3, max: 24 }).map((step) => step * 5),
        status: fc.constantFrom(
          'confirmed',
          'confirmed',
          'cancelled',
          'done',
          'no_show',
        ) as fc.Arbitrary<BookedTime['status']>,
      }),
      { maxLength: 40 },
    ),
    buffer: fc.constantFrom(0, 0, 5, 10, 15, 30),
    weekendsClosed: fc.boolean(),
    closureSeeds: fc.array(
      fc.tuple(
        fc.constantFrom('all', branchId, hostId),
        fc.integer({ min: -5, max: 13 }),
        fc.integer({ min: 0, max: 3 }),
      ),
      { maxLength: 2 },
    ),
  })
  .map((seed) => {
    const today = todayInTokyo(seed.now);
    const from = addDays(today, seed.startOffset);
    const to = addDays(from, seed.length - 1);
    const closures = seed.closureSeeds.map(([site, offset, span]) => ({
      site,
      closure: { from: addDays(from, offset), to: addDays(from, offset + span) },
    }));
    const calendarOptions: BusinessCalendarOptions = {
      weekendsClosed: seed.weekendsClosed,
      closures: closures.filter(({ site }) => site === 'all').map(({ closure }) => closure),
      siteClosures: {
        [branchId]: closures.filter(({ site }) => site === branchId).map(({ closure }) => closure),
        [hostId]: closures.filter(({ site }) => site === hostId).map(({ closure }) => closure),
      },
    };
    const exceptions = (id: string): DateException[] => {
      const byDate = new Map<string, DateException>();
      for (const [specialist, offset, hours] of seed.exceptionSeeds) {
        if (specialist !== id) continue;
        const date = formatPlainDate(addDays(from, offset));
        byDate.set(date, { date, hours });
      }
      return [...byDate.values()];
    };
    // Bookings, exceptions and closures fall around the asked range, where they matter.
    const bookings: BookedTime[] = seed.bookingSeeds.map((booking, index) => {
      const start = new Date(
        tokyoInstant(addDays(from, booking.dayOffset), '00:00').getTime() + booking.minute * 60_000,
      );
      return {
        specialistId: booking.specialist,
        boothId: booking.booth,
        start,
        end: new Date(start.getTime() + booking.length * 60_000),
        status: booking.status,
        reference: `R${index}`,
      };
    });
    const input: SlotRulesInput = {
      service: {
        id: 'service',
        durationMinutes: seed.duration,
        modes: ['branch', 'home'],
        specialistIds: seed.serviceSpecialists,
        minNoticeBusinessDays: seed.notice,
        horizonDays: seed.horizon,
        slotIntervalMinutes: seed.interval,
      },
      location:
        seed.kind === 'home'
          ? { id: 'home', kind: 'home' }
          : { id: branchId, kind: 'branch', boothIds: seed.booths },
      specialists: specialistIds.map((id, index) => {
        const weeklyHours = seed.weekly[index];
        return weeklyHours
          ? { id, weeklyHours, exceptions: exceptions(id) }
          : { id, exceptions: exceptions(id) };
      }),
      bookings,
      calendar: createBusinessCalendar(calendarOptions),
      now: seed.now,
      bufferMinutes: seed.buffer,
      hostSiteId: hostId,
    };
    return { input, from, to, calendarOptions };
  });
