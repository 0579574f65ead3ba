// @vitest-environment node
import { createBusinessCalendar, type PlainDate, parsePlainDate } from '@machi-dx/ui/core';
import { computeAvailability, isServiceOfferedAt } from './availability';
import { cancellationCutoff, checkChangeAllowed } from './cutoff';
import { assignResources, checkSlot, findAlternatives, isOnSlotBoundary } from './resources';
import type { BookedTime, SlotRulesInput } from './types';

const d = (text: string): PlainDate => parsePlainDate(text)!;
const at = (text: string) => new Date(text);
const times = (input: SlotRulesInput, date: string) =>
  computeAvailability(input, { from: d(date), to: d(date) })[0]!.slots.map((slot) =>
    slot.start.slice(11, 16),
  );
const dayOf = (input: SlotRulesInput, date: string) =>
  computeAvailability(input, { from: d(date), to: d(date) })[0]!;

const calendar = createBusinessCalendar();
// Wednesday 25 November 2026, 10:00 in Tokyo.
const now = at('2026-11-25T10:00:00+09:00');

function booked(start: string, end: string, extra: Partial<BookedTime> = {}): BookedTime {
  return {
    specialistId: 'sato',
    start: at(start),
    end: at(end),
    status: 'confirmed',
    ...extra,
  };
}

const base: SlotRulesInput = {
  service: {
    id: 'migration',
    durationMinutes: 30,
    modes: ['branch', 'home'],
    specialistIds: ['sato'],
  },
  location: { id: 'home', kind: 'home' },
  specialists: [{ id: 'sato' }],
  bookings: [],
  calendar,
  now,
};

const branch: SlotRulesInput['location'] = {
  id: 'branch-yoshida',
  kind: 'branch',
  boothIds: ['yoshida-1'],
};

describe('computeAvailability', () => {
  it('offers 30-minute slots within the default 08:30–17:15 on a weekday', () => {
    const slots = times(base, '2026-12-01');
    expect(slots[0]).toBe('08:30');
    expect(slots.at(-1)).toBe('16:30');
    expect(slots).toHaveLength(17);
    expect(dayOf(base, '2026-12-01').slots[0]).toEqual({
      start: '2026-12-01T08:30:00+09:00',
      end: '2026-12-01T09:00:00+09:00',
    });
  });

  it('says why a day is closed: weekend, holiday with its name, the year-end closure', () => {
    const input = { ...base, now: at('2026-12-20T10:00:00+09:00') };
    const days = computeAvailability(input, { from: d('2026-12-26'), to: d('2027-01-11') });
    const byDate = Object.fromEntries(days.map((day) => [day.date, day]));
    expect(byDate['2026-12-26']).toEqual({
      date: '2026-12-26',
      closed: { reason: 'weekend' },
      slots: [],
    });
    expect(byDate['2026-12-29']?.closed).toEqual({
      reason: 'closure',
      label: { ja: '年末年始', en: 'Year-end and New Year holidays' },
    });
    expect(byDate['2027-01-11']?.closed).toMatchObject({
      reason: 'holiday',
      label: { ja: '成人の日' },
    });
    expect(byDate['2027-01-04']?.slots.length).toBeGreaterThan(0);
  });

  it('closes bookings at the close of the previous business day (1 business day of notice)', () => {
    const friday = { ...base, now: at('2026-11-27T17:14:00+09:00') };
    expect(times(friday, '2026-11-30')).toHaveLength(17); // Monday
    const fridayClosed = { ...base, now: at('2026-11-27T17:15:00+09:00') };
    expect(dayOf(fridayClosed, '2026-11-30').closed).toEqual({ reason: 'before_notice' });
    expect(dayOf(fridayClosed, '2026-11-27').closed).toEqual({ reason: 'before_notice' });
    expect(dayOf(fridayClosed, '2026-11-26').closed).toEqual({ reason: 'past' });
    // Two business days of notice skip the weekend too.
    const twoDays = { ...friday, service: { ...base.service, minNoticeBusinessDays: 2 } };
    expect(dayOf(twoDays, '2026-11-30').closed).toEqual({ reason: 'before_notice' });
    expect(dayOf(twoDays, '2026-12-01').slots).toHaveLength(17);
  });

  it('with no notice offers only the rest of today', () => {
    const input = { ...base, service: { ...base.service, minNoticeBusinessDays: 0 } };
    expect(times(input, '2026-11-25')[0]).toBe('10:30');
    const evening = { ...input, now: at('2026-11-25T16:30:00+09:00') };
    expect(dayOf(evening, '2026-11-25').closed).toEqual({ reason: 'before_notice' });
  });

  it('opens the horizon day by day (default 30 days)', () => {
    expect(times(base, '2026-12-25')).toHaveLength(17); // 30 days after 25 November
    expect(dayOf(base, '2026-12-26').closed?.reason).toBe('weekend');
    const short = { ...base, service: { ...base.service, horizonDays: 6 } };
    expect(times(short, '2026-12-01')).toHaveLength(17);
    expect(dayOf(short, '2026-12-02').closed).toEqual({ reason: 'outside_horizon' });
  });

  it('keeps buffers around existing bookings and ignores cancelled ones', () => {
    const input: SlotRulesInput = {
      ...base,
      bufferMinutes: 10,
      bookings: [
        booked('2026-12-01T10:00:00+09:00', '2026-12-01T10:30:00+09:00'),
        booked('2026-12-01T14:00:00+09:00', '2026-12-01T15:00:00+09:00', { status: 'cancelled' }),
      ],
    };
    const slots = times(input, '2026-12-01');
    expect(slots).toContain('09:00');
    expect(slots).not.toContain('09:30');
    expect(slots).not.toContain('10:00');
    expect(slots).not.toContain('10:30');
    expect(slots).toContain('11:00');
    expect(slots).toContain('14:00');
  });

  it('blocks a slot only when every specialist for the service is busy', () => {
    const input: SlotRulesInput = {
      ...base,
      service: { ...base.service, specialistIds: ['sato', 'suzuki'] },
      specialists: [{ id: 'sato' }, { id: 'suzuki' }],
      bookings: [booked('2026-12-01T10:00:00+09:00', '2026-12-01T10:30:00+09:00')],
    };
    expect(times(input, '2026-12-01')).toContain('10:00');
    expect(assignResources(input, '2026-12-01T10:00:00+09:00')).toEqual({ specialistId: 'suzuki' });
    // Elsewhere, the less busy specialist that day is chosen first.
    expect(assignResources(input, '2026-12-01T11:00:00+09:00')).toEqual({ specialistId: 'suzuki' });
    expect(assignResources(input, '2026-12-02T11:00:00+09:00')).toEqual({ specialistId: 'sato' });
    const both = {
      ...input,
      bookings: [
        ...input.bookings,
        booked('2026-12-01T09:45:00+09:00', '2026-12-01T10:15:00+09:00', {
          specialistId: 'suzuki',
        }),
      ],
    };
    expect(times(both, '2026-12-01')).not.toContain('10:00');
  });

  it('needs a free booth at the branch as well as a free specialist', () => {
    const input: SlotRulesInput = {
      ...base,
      location: branch,
      // Another service's session with another specialist occupies the only booth.
      bookings: [
        booked('2026-12-01T10:00:00+09:00', '2026-12-01T11:00:00+09:00', {
          specialistId: 'tanaka',
          boothId: 'yoshida-1',
        }),
      ],
    };
    expect(times(input, '2026-12-01')).not.toContain('10:30');
    expect(times({ ...input, location: { id: 'home', kind: 'home' } }, '2026-12-01')).toContain(
      '10:30',
    );
    const twoBooths = { ...input, location: { ...branch, boothIds: ['yoshida-1', 'yoshida-2'] } };
    expect(assignResources(twoBooths, '2026-12-01T10:30:00+09:00')).toEqual({
      specialistId: 'sato',
      boothId: 'yoshida-2',
    });
  });

  it('follows weekly hours with a lunch break and date exceptions', () => {
    const input: SlotRulesInput = {
      ...base,
      specialists: [
        {
          id: 'sato',
          weeklyHours: [
            { day: 2, start: '09:00', end: '12:00' },
            { day: 2, start: '13:00', end: '15:00' },
          ],
          exceptions: [
            { date: '2026-12-08', hours: [] },
            { date: '2026-12-09', hours: [{ start: '10:00', end: '11:00' }] },
          ],
        },
      ],
    };
    expect(times(input, '2026-12-01')).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '13:00',
      '13:30',
      '14:00',
      '14:30',
    ]);
    expect(dayOf(input, '2026-12-08').closed).toEqual({ reason: 'no_hours' });
    expect(times(input, '2026-12-09')).toEqual(['10:00', '10:30']);
    expect(dayOf(input, '2026-12-02').closed).toEqual({ reason: 'no_hours' });
  });

  it('says fully booked when the hours are all taken', () => {
    const input = {
      ...base,
      bookings: [booked('2026-12-01T08:30:00+09:00', '2026-12-01T17:15:00+09:00')],
    };
    expect(dayOf(input, '2026-12-01')).toEqual({
      date: '2026-12-01',
      closed: { reason: 'fully_booked' },
      slots: [],
    });
  });

  it('applies a branch closure to that branch only, and the host office closure everywhere', () => {
    const closure = {
      from: d('2026-12-02'),
      to: d('2026-12-02'),
      label: { ja: '施設点検', en: 'Maintenance' },
    };
    const input: SlotRulesInput = {
      ...base,
      location: branch,
      calendar: createBusinessCalendar({
        siteClosures: {
          'branch-yoshida': [closure],
          'main-office': [{ ...closure, from: d('2026-12-03'), to: d('2026-12-03') }],
        },
      }),
      hostSiteId: 'main-office',
    };
    expect(dayOf(input, '2026-12-02').closed).toEqual({ reason: 'closure', label: closure.label });
    expect(dayOf({ ...input, location: base.location }, '2026-12-02').slots).toHaveLength(17);
    expect(dayOf({ ...input, location: base.location }, '2026-12-03').closed?.reason).toBe(
      'closure',
    );
  });

  it('refuses a service at a kind of place it is not offered at', () => {
    const input = { ...base, service: { ...base.service, modes: ['branch'] as const } };
    expect(isServiceOfferedAt(input.service, input.location)).toBe(false);
    expect(() =>
      computeAvailability(input, { from: d('2026-12-01'), to: d('2026-12-01') }),
    ).toThrow(RangeError);
  });
});

describe('checkSlot', () => {
  const taken = {
    ...base,
    bookings: [booked('2026-12-01T10:00:00+09:00', '2026-12-01T10:30:00+09:00')],
  };

  it('accepts an offered slot and names its resources', () => {
    expect(checkSlot(base, '2026-12-01T10:00:00+09:00')).toEqual({
      ok: true,
      slot: { start: '2026-12-01T10:00:00+09:00', end: '2026-12-01T10:30:00+09:00' },
      assignment: { specialistId: 'sato' },
    });
    // Any offset names the same instant.
    expect(checkSlot(base, '2026-12-01T01:00:00Z').ok).toBe(true);
  });

  it.each<[string, string | undefined]>([
    ['2026-12-01T10:15:00+09:00', 'not_on_boundary'],
    ['2026-12-01T10:00:30+09:00', 'not_on_boundary'],
    ['nonsense', 'not_on_boundary'],
    ['2026-11-24T10:00:00+09:00', 'past'],
    ['2026-11-25T15:00:00+09:00', 'before_notice'],
    ['2026-11-26T10:00:00+09:00', undefined],
    ['2026-12-28T10:00:00+09:00', 'outside_horizon'],
    ['2026-12-01T17:00:00+09:00', 'outside_hours'],
    ['2026-12-01T08:00:00+09:00', 'outside_hours'],
  ])('answers %s with %s', (start, reason) => {
    const check = checkSlot(base, start);
    expect(check.ok ? undefined : check.reason).toBe(reason);
  });

  it('refuses a closed day with its reason, and a taken slot as taken', () => {
    expect(checkSlot(base, '2026-12-05T10:00:00+09:00')).toEqual({
      ok: false,
      reason: 'closed',
      closed: { reason: 'weekend' },
    });
    expect(checkSlot(taken, '2026-12-01T10:00:00+09:00')).toEqual({ ok: false, reason: 'taken' });
    expect(assignResources(taken, '2026-12-01T10:00:00+09:00')).toBeUndefined();
    // Rescheduling a booking may overlap its own old time.
    const own = { ...taken, bookings: [{ ...taken.bookings[0]!, reference: 'UWJ-7K4P-M2' }] };
    expect(
      checkSlot({ ...own, ignoreReference: 'UWJ-7K4P-M2' }, '2026-12-01T10:00:00+09:00').ok,
    ).toBe(true);
  });

  it('checks the grid on its own', () => {
    expect(isOnSlotBoundary('2026-12-01T10:30:00+09:00', {})).toBe(true);
    expect(isOnSlotBoundary('2026-12-01T10:15:00+09:00', {})).toBe(false);
    expect(isOnSlotBoundary('2026-12-01T10:15:00+09:00', { slotIntervalMinutes: 15 })).toBe(true);
  });
});

describe('findAlternatives', () => {
  it('offers the nearest free slots in time order, never the taken one', () => {
    const input = {
      ...base,
      bookings: [booked('2026-12-01T10:00:00+09:00', '2026-12-01T10:30:00+09:00')],
    };
    // 09:30 and 10:30 are 30 minutes away; of 09:00 and 11:00 (60 minutes) the earlier wins.
    expect(findAlternatives(input, '2026-12-01T10:00:00+09:00').map((slot) => slot.start)).toEqual([
      '2026-12-01T09:00:00+09:00',
      '2026-12-01T09:30:00+09:00',
      '2026-12-01T10:30:00+09:00',
    ]);
  });

  it('looks at other days when the day is full, within notice and horizon', () => {
    const input = {
      ...base,
      bookings: [booked('2026-11-30T08:30:00+09:00', '2026-11-30T17:15:00+09:00')],
    };
    const alternatives = findAlternatives(input, '2026-11-30T16:00:00+09:00', { count: 2 });
    expect(alternatives.map((slot) => slot.start)).toEqual([
      '2026-12-01T08:30:00+09:00',
      '2026-12-01T09:00:00+09:00',
    ]);
  });
});

describe('cancellation cut-off', () => {
  it('is the close of the previous business day', () => {
    expect(cancellationCutoff({ start: '2026-12-01T10:00:00+09:00' }, calendar)).toEqual(
      at('2026-11-30T17:15:00+09:00'),
    );
    // Monday → Friday; after a Monday holiday (2027-01-11) → the Friday before.
    expect(cancellationCutoff({ start: at('2026-11-30T09:00:00+09:00') }, calendar)).toEqual(
      at('2026-11-27T17:15:00+09:00'),
    );
    expect(cancellationCutoff({ start: '2027-01-12T09:00:00+09:00' }, calendar)).toEqual(
      at('2027-01-08T17:15:00+09:00'),
    );
    // After the year-end closure → the last business day of the year.
    expect(
      cancellationCutoff({ start: '2027-01-04T09:00:00+09:00' }, calendar, {
        officeCloseTime: '17:00',
      }),
    ).toEqual(at('2026-12-28T17:00:00+09:00'));
  });

  it('allows a change only for a confirmed booking before the cut-off', () => {
    const booking = { start: '2026-12-01T10:00:00+09:00', status: 'confirmed' as const };
    expect(checkChangeAllowed(booking, calendar, at('2026-11-30T17:14:59+09:00'))).toEqual({
      ok: true,
    });
    expect(checkChangeAllowed(booking, calendar, at('2026-11-30T17:15:00+09:00'))).toEqual({
      ok: false,
      code: 'cutoff_passed',
    });
    expect(checkChangeAllowed({ ...booking, status: 'cancelled' }, calendar, now)).toEqual({
      ok: false,
      code: 'booking_cancelled',
    });
  });
});
