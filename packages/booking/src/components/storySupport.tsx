// Shared by the stories (and so by the tests that reuse them); not part of the package's API.
import { createBusinessCalendar, formatTokyoIso, parseIsoInstant } from '@machi-dx/ui/core';
import { type ReactNode, useEffect, useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { createBookingFlow } from '../core/flow/store';
import {
  type Booking,
  type BookingApi,
  BookingApiError,
  type CreatedBooking,
  createMemoryBookingApi,
  type MemoryBookingApi,
  type MemoryBookingApiOptions,
  type MemoryBookingSeed,
  type MemoryOperation,
  type MemorySeedBooking,
  sampleBookingSeed,
} from '../core/index';
import { cancellationCutoff } from '../core/slots/cutoff';

/** The stories' clock: Tuesday 24 November 2026, 09:00 in Tokyo (the day after 勤労感謝の日). */
export const storyNow = () => new Date('2026-11-24T09:00:00+09:00');

/** Today in the stories. */
export const storyToday = { year: 2026, month: 11, day: 24 } as const;

/** An in-memory back end on the sample city, at the stories' clock. */
export function storyApi(
  options: MemoryBookingApiOptions = {},
  seed: Partial<MemoryBookingSeed> = {},
) {
  return createMemoryBookingApi({ ...sampleBookingSeed(), ...seed }, { now: storyNow, ...options });
}

/** A network failure as the fetch adapter reports it. */
export const networkError = () => new BookingApiError({ status: 0, code: 'network_error' });

/** A 401: nobody signed in, or the server ended the session. */
export const unauthorized = () => new BookingApiError({ status: 401, code: 'unauthorized' });

/** Back-end options under which one operation fails with `error()`. */
export function failOn(
  operation: MemoryOperation,
  error: () => BookingApiError,
): MemoryBookingApiOptions {
  return { failWith: (called) => (called === operation ? error() : undefined) };
}

/** A booking that exists from the start, with a known manage token (manage and staff stories). */
export function seedBooking(overrides: Partial<MemorySeedBooking> = {}): MemorySeedBooking {
  return {
    reference: 'UWJ-7K4P-M2',
    manageToken: 'story-token',
    status: 'confirmed',
    serviceId: 'welfare',
    locationId: 'kitaura-branch',
    start: '2026-12-02T10:00:00+09:00',
    specialistId: 'specialist-welfare',
    boothId: 'kitaura-branch-booth-1',
    resident: { name: '宇和島 花子', nameKana: 'ウワジマ ハナコ', phone: '0895-24-1111' },
    accommodations: [{ type: 'sign_language' }],
    summary: '家賃が払えず、生活費の相談をしたいです。',
    ...overrides,
  };
}

/** Books the sample's first free welfare slot at Kitaura through a flow, for confirmation stories. */
export async function bookedExample(api = storyApi()): Promise<CreatedBooking> {
  const flow = createBookingFlow({ api, now: storyNow });
  await flow.load();
  flow.selectService('welfare');
  flow.next();
  flow.selectLocation('kitaura-branch');
  flow.next();
  await flow.showMonth({ year: 2026, month: 12 });
  const days = flow.getSnapshot().availability;
  const slot =
    days.status === 'success' ? days.data.find((day) => day.slots.length)?.slots[0] : undefined;
  if (!slot) throw new Error('no free slot in the sample');
  flow.selectSlot(slot);
  flow.next();
  flow.updateDetails({
    name: '宇和島 太郎',
    nameKana: 'ウワジマ タロウ',
    phone: '0895-24-1111',
    email: 'taro@example.jp',
    consent: true,
  });
  flow.next();
  await flow.submit();
  const { result } = flow.getSnapshot();
  flow.dispose();
  if (!result) throw new Error('sample booking failed');
  return result;
}

/** One in-memory back end per mount of a story (a remount starts from the seed again). */
export function useStoryApi(
  options: MemoryBookingApiOptions = {},
  seed: Partial<MemoryBookingSeed> = {},
) {
  const [api] = useState(() => storyApi(options, seed));
  return api;
}

/** The resident's view of {@link seedBooking} (what `getBooking` answers), for confirmation stories. */
export function seededResult(overrides: Partial<MemorySeedBooking> = {}): CreatedBooking {
  const seed = seedBooking(overrides);
  const { manageToken, specialistId: _s, boothId: _b, summary: _m, ...booking } = seed;
  const start = parseIsoInstant(booking.start)!;
  const minutes = booking.serviceId === 'welfare' ? 60 : 30;
  const full: Booking = {
    ...booking,
    end: booking.end ?? formatTokyoIso(new Date(start.getTime() + minutes * 60_000)),
    cancellableUntil: formatTokyoIso(
      cancellationCutoff(booking, createBusinessCalendar(), { siteId: 'main-office' }),
    ),
    createdAt: '2026-11-24T09:00:00+09:00',
  };
  return { booking: full, manageToken: manageToken ?? 'story-token' };
}

/** Signs a sample specialist in before rendering a staff component (as the portal's sign-in would). */
export function SignedIn({
  api,
  username = 'fukushi',
  children,
}: {
  api: BookingApi;
  username?: string | null;
  children: ReactNode;
}) {
  const [ready, setReady] = useState(username === null);
  useEffect(() => {
    if (username === null) return;
    let live = true;
    void api.staff
      .login({ username, password: 'sample-password' })
      .then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [api, username]);
  return ready ? children : null;
}

/** A back end where someone else books the very slot being sent, once (the 409 story). */
export function racingApi(api: MemoryBookingApi): BookingApi {
  let raced = false;
  return {
    ...api,
    createBooking(body, options) {
      if (!raced) {
        raced = true;
        api.takeSlot(body);
      }
      return api.createBooking(body, options);
    },
  };
}

/** A back end where someone else takes the requested new time of a reschedule, once. */
export function racingRescheduleApi(api: MemoryBookingApi): BookingApi {
  let raced = false;
  return {
    ...api,
    async reschedule(reference, token, body, options) {
      if (!raced) {
        raced = true;
        const { serviceId, locationId } = await api.getBooking(reference, token);
        api.takeSlot({ serviceId, locationId, start: body.start });
      }
      return api.reschedule(reference, token, body, options);
    },
  };
}

/**
 * A play function that waits until something is shown and nothing is loading (no spinner left),
 * so the accessibility checks of a story see the loaded content rather than the spinner.
 */
export async function settled({ canvasElement }: { canvasElement: HTMLElement }) {
  // Something must be shown: a staff story renders nothing until its sign-in resolves.
  await waitFor(() => {
    expect(canvasElement.textContent?.trim()).not.toBe('');
    expect(canvasElement.querySelector('.machi-spinner')).toBeNull();
  });
}

/** A play function for loading stories: the spinner is there. */
export async function stillLoading({ canvasElement }: { canvasElement: HTMLElement }) {
  await expect(canvasElement.querySelector('.machi-spinner')).not.toBeNull();
}

/** Sessions of the sample welfare specialist (`fukushi`) around the stories' today, and one of a colleague. */
export function staffSeedBookings(): MemorySeedBooking[] {
  const base = { serviceId: 'welfare', specialistId: 'specialist-welfare' } as const;
  return [
    seedBooking({
      ...base,
      reference: 'UWJ-AB3C-D4',
      start: '2026-11-24T08:30:00+09:00',
      locationId: 'kitaura-branch',
      boothId: 'kitaura-branch-booth-1',
      accommodations: [{ type: 'sign_language' }, { type: 'wheelchair' }],
    }),
    seedBooking({
      ...base,
      reference: 'UWJ-EF5G-H6',
      start: '2026-11-24T10:00:00+09:00',
      status: 'cancelled',
      resident: { name: '北浦 次郎', nameKana: 'キタウラ ジロウ', phone: '090-1111-2222' },
      accommodations: [],
      summary: undefined,
    }),
    seedBooking({
      ...base,
      reference: 'UWJ-JK7M-N8',
      start: '2026-11-24T13:00:00+09:00',
      locationId: 'home',
      boothId: undefined,
      resident: { name: 'Nguyen Van An', nameKana: 'グエン ヴァン アン', phone: '080-3333-4444' },
      accommodations: [{ type: 'interpreter', language: 'ベトナム語' }],
      summary: '在留資格の更新と、生活費の相談です。',
    }),
    seedBooking({
      ...base,
      reference: 'UWJ-PQ9R-S2',
      start: '2026-11-26T10:00:00+09:00',
      locationId: 'minamiyama-branch',
      boothId: 'minamiyama-branch-booth-1',
      resident: { name: '南山 三郎', nameKana: 'ミナミヤマ サブロウ', phone: '0895-22-3333' },
      accommodations: [{ type: 'other', text: '耳が遠いので、ゆっくり話してください' }],
    }),
    seedBooking({
      ...base,
      reference: 'UWJ-TU3V-W4',
      start: '2026-11-24T11:00:00+09:00',
      specialistId: 'specialist-welfare-2',
      resident: { name: '別の 担当', nameKana: 'ベツノ タントウ', phone: '0895-00-1111' },
    }),
  ];
}
