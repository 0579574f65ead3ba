// @vitest-environment node
import type { CreateBookingBody } from '../types';
import { BookingApiError } from './error';
import { createMemoryBookingApi } from './memory';
import { sampleBookingSeed } from './sample';

let clock = new Date('2026-11-25T10:00:00+09:00');
const now = () => clock;

const body: CreateBookingBody = {
  serviceId: 'migration',
  locationId: 'home',
  start: '2026-12-01T10:00:00+09:00',
  resident: { name: '宇和島 太郎', nameKana: 'うわじま たろう', phone: '0895241111' },
  summary: '移住の相談です',
  accommodations: [{ type: 'sign_language' }],
  consent: true,
};

async function rejection(promise: Promise<unknown>): Promise<BookingApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BookingApiError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

beforeEach(() => {
  clock = new Date('2026-11-25T10:00:00+09:00');
});

describe('createMemoryBookingApi (resident side)', () => {
  it('lists services without their internal rules, and locations', async () => {
    const api = createMemoryBookingApi(sampleBookingSeed(), { now });
    const services = await api.listServices();
    expect(services.map((service) => service.id)).toEqual([
      'migration',
      'family-register',
      'welfare',
    ]);
    expect(services[0]).not.toHaveProperty('specialistIds');
    expect((await api.listLocations()).map((location) => location.kind)).toEqual([
      'branch',
      'branch',
      'branch',
      'branch',
      'home',
    ]);
  });

  it('books a slot, normalises the details and hides staff-only fields', async () => {
    const api = createMemoryBookingApi(sampleBookingSeed(), { now });
    const created = await api.createBooking(body, { idempotencyKey: 'k1' });
    expect(created.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.booking).toMatchObject({
      status: 'confirmed',
      start: '2026-12-01T10:00:00+09:00',
      end: '2026-12-01T10:30:00+09:00',
      resident: { nameKana: 'ウワジマ　タロウ', phone: '0895-24-1111' },
      accommodations: [{ type: 'sign_language' }],
      cancellableUntil: '2026-11-30T17:15:00+09:00',
      createdAt: '2026-11-25T10:00:00+09:00',
    });
    expect(created.booking).not.toHaveProperty('summary');
    expect(created.booking).not.toHaveProperty('specialistId');
    const reference = created.booking.reference;
    expect(await api.getBooking(reference.toLowerCase(), created.manageToken)).toEqual(
      created.booking,
    );
    expect((await rejection(api.getBooking(reference, 'wrong'))).status).toBe(404);
    expect((await rejection(api.getBooking('UWJ-7K4P-M2', created.manageToken))).status).toBe(404);
    expect((await rejection(api.getBooking(reference, ''))).status).toBe(401);
    expect(api.bookings()[0]).toMatchObject({
      summary: '移住の相談です',
      specialistId: 'specialist-migration',
    });
  });

  it('replays a retried POST with the same Idempotency-Key and refuses the key with another body', async () => {
    const api = createMemoryBookingApi(sampleBookingSeed(), { now });
    const first = await api.createBooking(body, { idempotencyKey: 'k1' });
    const again = await api.createBooking(
      { ...body, resident: { ...body.resident } },
      { idempotencyKey: 'k1' },
    );
    expect(again).toEqual(first);
    expect(api.bookings()).toHaveLength(1);
    const reused = await rejection(
      api.createBooking({ ...body, summary: 'other' }, { idempotencyKey: 'k1' }),
    );
    expect([reused.status, reused.code]).toEqual([422, 'idempotency_key_reused']);
  });

  it('answers 409 with nearby alternatives when the slot is taken, and frees it on cancel', async () => {
    const api = createMemoryBookingApi(sampleBookingSeed(), { now });
    const first = await api.createBooking(body, { idempotencyKey: 'k1' });
    const taken = await rejection(api.createBooking(body, { idempotencyKey: 'k2' }));
    expect([taken.status, taken.code]).toEqual([409, 'slot_unavailable']);
    expect(taken.alternatives.length).toBe(3);
    expect(taken.alternatives.map((slot) => slot.start)).not.toContain(body.start);
    const day = async () =>
      (
        await api.getAvailability({
          serviceId: 'migration',
          locationId: 'home',
          from: '2026-12-01',
          to: '2026-12-01',
        })
      ).days[0]!.slots.map((slot) => slot.start);
    expect(await day()).not.toContain(body.start);
    for (const alternative of taken.alternatives) expect(await day()).toContain(alternative.start);
    const cancelled = await api.cancel(first.booking.reference, first.manageToken);
    expect(cancelled.status).toBe('cancelled');
    expect(await day()).toContain(body.start);
    // A second cancel (double click) answers the same.
    expect((await api.cancel(first.booking.reference, first.manageToken)).status).toBe('cancelled');
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const api = createMemoryBookingApi(sampleBookingSeed(), { now });
    const cases: [unknown, string[]][] = [
      [
        { ...body, resident: { ...body.resident, nameKana: 'Taro' } },
        ['resident.nameKana:invalid_characters'],
      ],
      [{ ...body, consent: false }, ['consent:required']],
      [{ ...body, extra: 1 }, ['extra:unrecognized_key']],
      [{ ...body, serviceId: 'tax' }, ['serviceId:unknown']],
      [{ ...body, serviceId: 'family-register' }, ['locationId:mode_not_allowed']],
      [{ ...body, start: '2026-12-01T10:15:00+09:00' }, ['start:not_on_boundary']],
      [{ ...body, start: '2026-11-20T10:00:00+09:00' }, ['start:past']],
      [{ ...body, start: '2026-12-05T10:00:00+09:00' }, ['start:closed']],
      [{ ...body, start: '2026-12-01T18:00:00+09:00' }, ['start:outside_hours']],
    ];
    for (const [input, expected] of cases) {
      const error = await rejection(
        api.createBooking(input as CreateBookingBody, { idempotencyKey: crypto.randomUUID() }),
      );
      expect([error.status, error.code]).toEqual([422, 'validation_failed']);
      expect(error.fieldErrors.map((field) => `${field.path}:${field.code}`)).toEqual(expected);
    }
    expect(api.bookings()).toEqual([]);
    const range = await rejection(
      api.getAvailability({
        serviceId: 'migration',
        locationId: 'home',
        from: '2026-12-01',
        to: '2027-02-15',
      }),
    );
    expect(range.fieldErrors.map((field) => field.code)).toEqual(['range_too_long']);
  });

  it('reschedules until the cut-off, never a cancelled booking', async () => {
    const api = createMemoryBookingApi(sampleBookingSeed(), { now });
    const { booking, manageToken } = await api.createBooking(body, { idempotencyKey: 'k1' });
    // Moving by half an hour overlaps the booking's own old time: allowed.
    const moved = await api.reschedule(booking.reference, manageToken, {
      start: '2026-12-01T10:30:00+09:00',
    });
    expect(moved).toMatchObject({
      start: '2026-12-01T10:30:00+09:00',
      reference: booking.reference,
    });
    const other = await api.createBooking(
      { ...body, start: '2026-12-02T10:00:00+09:00' },
      { idempotencyKey: 'k2' },
    );
    const clash = await rejection(
      api.reschedule(booking.reference, manageToken, { start: other.booking.start }),
    );
    expect(clash.code).toBe('slot_unavailable');
    clock = new Date('2026-11-30T17:15:00+09:00');
    const late = await rejection(
      api.reschedule(booking.reference, manageToken, { start: '2026-12-03T10:00:00+09:00' }),
    );
    expect([late.status, late.code]).toEqual([409, 'cutoff_passed']);
    expect((await rejection(api.cancel(booking.reference, manageToken))).code).toBe(
      'cutoff_passed',
    );
    await api.cancel(other.booking.reference, other.manageToken);
    const cancelled = await rejection(
      api.reschedule(other.booking.reference, other.manageToken, {
        start: '2026-12-03T10:00:00+09:00',
      }),
    );
    expect([cancelled.status, cancelled.code]).toEqual([409, 'booking_cancelled']);
  });

  it('gives the booking as .ics with the token, and a data URL', async () => {
    const api = createMemoryBookingApi(sampleBookingSeed(), { now });
    const { booking, manageToken } = await api.createBooking(
      { ...body, locationId: 'kitaura-branch' },
      { idempotencyKey: 'k1' },
    );
    const ics = await api.getCalendar(booking.reference, manageToken);
    expect(ics).toContain('DTSTART;TZID=Asia/Tokyo:20261201T100000\r\n');
    expect(ics).toContain(`UID:${booking.reference}@uwajima.example`);
    expect(ics).toContain('LOCATION:北浦支所');
    expect(api.calendarUrl(booking.reference, manageToken)).toMatch(
      /^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/,
    );
    expect(api.calendarUrl(booking.reference, 'wrong')).toBe('about:blank');
  });

  it('lets a story take a slot, add latency and inject failures', async () => {
    const failing = new BookingApiError({ status: 0, code: 'network_error' });
    const api = createMemoryBookingApi(sampleBookingSeed(), {
      now,
      latencyMs: 20,
      failWith: (operation) => (operation === 'listLocations' ? failing : undefined),
    });
    api.takeSlot({ serviceId: 'migration', locationId: 'home', start: body.start });
    expect((await rejection(api.createBooking(body, { idempotencyKey: 'k' }))).code).toBe(
      'slot_unavailable',
    );
    await expect(api.listLocations()).rejects.toBe(failing);
    const controller = new AbortController();
    const pending = api.listServices({ signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('createMemoryBookingApi (staff side)', () => {
  it('signs in, throttles guessing, and signs out', async () => {
    const api = createMemoryBookingApi(sampleBookingSeed(), { now });
    expect((await rejection(api.staff.me())).status).toBe(401);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        (await rejection(api.staff.login({ username: 'ijuu', password: 'guess' }))).status,
      ).toBe(401);
    }
    const throttled = await rejection(
      api.staff.login({ username: 'ijuu', password: 'sample-password' }),
    );
    expect([throttled.status, throttled.retryAfterSeconds]).toEqual([429, 900]);
    clock = new Date(clock.getTime() + 15 * 60_000);
    expect(await api.staff.login({ username: 'ijuu', password: 'sample-password' })).toEqual({
      id: 'specialist-migration',
      username: 'ijuu',
      name: '移住 花子',
    });
    expect((await api.staff.me()).id).toBe('specialist-migration');
    await api.staff.logout();
    expect((await rejection(api.staff.me())).status).toBe(401);
  });

  it('shows the specialist their schedule with summaries and lets them mark a past session', async () => {
    const api = createMemoryBookingApi(sampleBookingSeed(), { now });
    const { booking } = await api.createBooking(body, { idempotencyKey: 'k1' });
    const welfare = await api.createBooking(
      { ...body, serviceId: 'welfare', start: '2026-12-02T10:00:00+09:00' },
      { idempotencyKey: 'k2' },
    );
    await api.staff.login({ username: 'ijuu', password: 'sample-password' });
    const schedule = await api.staff.schedule({ from: '2026-12-01', to: '2026-12-07' });
    expect(schedule.map((entry) => entry.reference)).toEqual([booking.reference]);
    expect(schedule[0]).toMatchObject({
      summary: '移住の相談です',
      accommodations: [{ type: 'sign_language' }],
    });
    expect((await rejection(api.staff.setStatus(booking.reference, { status: 'done' }))).code).toBe(
      'booking_not_started',
    );
    expect(
      (await rejection(api.staff.setStatus(welfare.booking.reference, { status: 'done' }))).status,
    ).toBe(403);
    clock = new Date('2026-12-01T10:40:00+09:00');
    expect((await api.staff.setStatus(booking.reference, { status: 'no_show' })).status).toBe(
      'no_show',
    );
  });

  it('edits weekly hours and exceptions, which change the slots at once', async () => {
    const api = createMemoryBookingApi(sampleBookingSeed(), { now });
    await api.staff.login({ username: 'ijuu', password: 'sample-password' });
    expect((await api.staff.availability()).weeklyHours).toHaveLength(5);
    const invalid = await rejection(
      api.staff.saveAvailability({
        weeklyHours: [{ day: 1, start: '17:00', end: '09:00' }],
        exceptions: [],
      }),
    );
    expect(invalid.fieldErrors.map((field) => `${field.path}:${field.code}`)).toEqual([
      'weeklyHours.0.end:before_start',
    ]);
    await api.staff.saveAvailability({
      weeklyHours: [{ day: 2, start: '09:00', end: '10:00' }],
      exceptions: [{ date: '2026-12-08', hours: [] }],
    });
    const availability = await api.getAvailability({
      serviceId: 'migration',
      locationId: 'home',
      from: '2026-12-01',
      to: '2026-12-08',
    });
    expect(availability.days[0]?.slots.map((slot) => slot.start.slice(11, 16))).toEqual([
      '09:00',
      '09:30',
    ]);
    expect(availability.days[7]?.closed).toEqual({ reason: 'no_hours' });
  });
});
