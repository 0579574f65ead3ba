// An in-memory BookingApi: a real implementation of the adapter (same schemas, slot rules,
// cut-offs, idempotency) without a server, for Storybook, tests and offline demos.
import { formatTokyoIso, parseIsoInstant } from '@machi-dx/ui/core';
import { bookingToIcs } from '../ics';
import { generateManageToken } from '../reference';
import { createBookingBodySchema, rescheduleBodySchema } from '../schemas/booking';
import { availabilityQuerySchema } from '../schemas/catalog';
import { toFieldErrors } from '../schemas/field-errors';
import { availabilityResponse } from '../slots/availability';
import { checkChangeAllowed } from '../slots/cutoff';
import { checkSlot } from '../slots/resources';
import type { CreatedBooking, StaffBooking } from '../types';
import { createMemoryStaffApi } from './memory-staff';
import { apiError, createMemoryStore, validationError } from './memory-store';
import type { MemoryBookingApi, MemoryBookingApiOptions, MemoryBookingSeed } from './memory-types';
import { sampleBookingSeed } from './sample';

/** JSON with object keys sorted, so two equal bodies have one fingerprint whatever their key order. */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

function parseDate(text: string) {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * Creates an in-memory {@link MemoryBookingApi} from a seed (default: the sample city). Bookings
 * live as long as the object; `now`, `latencyMs` and `failWith` make stories deterministic and
 * let them show loading and error states.
 */
export function createMemoryBookingApi(
  seed: MemoryBookingSeed = sampleBookingSeed(),
  options: MemoryBookingApiOptions = {},
): MemoryBookingApi {
  const store = createMemoryStore(seed, options);
  const { run, records } = store;
  const idempotency = new Map<string, { fingerprint: string; result: CreatedBooking }>();

  /** Books a validated slot; throws 409/422 when the slot cannot be booked. */
  function book(body: ReturnType<typeof createBookingBodySchema.parse>): StaffBooking {
    const { service, location } = store.resolve(body.serviceId, body.locationId);
    const input = store.rules(service, location);
    const check = checkSlot(input, body.start);
    if (!check.ok) throw store.slotError(check, input, body.start);
    const booking: StaffBooking = {
      reference: store.newReference(),
      status: 'confirmed',
      serviceId: service.id,
      locationId: location.id,
      start: check.slot.start,
      end: check.slot.end,
      resident: body.resident,
      accommodations: body.accommodations ?? [],
      cancellableUntil: store.cutoffOf(check.slot.start),
      createdAt: formatTokyoIso(store.now()),
      specialistId: check.assignment.specialistId,
      ...(check.assignment.boothId ? { boothId: check.assignment.boothId } : {}),
      ...(body.summary ? { summary: body.summary } : {}),
    };
    return booking;
  }

  const api: MemoryBookingApi = {
    listServices: (request) =>
      run('listServices', request, () =>
        [...store.services.values()].map(
          ({
            specialistIds: _s,
            minNoticeBusinessDays: _n,
            horizonDays: _h,
            slotIntervalMinutes: _i,
            ...service
          }) => service,
        ),
      ),

    listLocations: (request) => run('listLocations', request, () => [...store.locations.values()]),

    getAvailability: (query, request) =>
      run('getAvailability', request, () => {
        const parsed = availabilityQuerySchema.safeParse(query);
        if (!parsed.success) throw validationError(toFieldErrors(parsed.error, query));
        const { service, location } = store.resolve(parsed.data.serviceId, parsed.data.locationId);
        return availabilityResponse(store.rules(service, location), {
          from: parseDate(parsed.data.from),
          to: parseDate(parsed.data.to),
        });
      }),

    createBooking: (body, request) =>
      run('createBooking', request, () => {
        const key = request.idempotencyKey;
        const print = fingerprint(body);
        const previous = idempotency.get(key);
        if (previous) {
          if (previous.fingerprint !== print) throw apiError(422, 'idempotency_key_reused');
          return previous.result;
        }
        const parsed = createBookingBodySchema.safeParse(body);
        if (!parsed.success) throw validationError(toFieldErrors(parsed.error, body));
        const booking = book(parsed.data);
        const manageToken = generateManageToken();
        records.set(booking.reference, { booking, token: manageToken, sequence: 0 });
        const created: CreatedBooking = { booking: store.residentView(booking), manageToken };
        idempotency.set(key, { fingerprint: print, result: created });
        return created;
      }),

    getBooking: (reference, token, request) =>
      run('getBooking', request, () => store.residentView(store.find(reference, token).booking)),

    cancel: (reference, token, request) =>
      run('cancel', request, () => {
        const record = store.find(reference, token);
        // Cancelling twice (a double click, a retry) answers like the first time.
        if (record.booking.status === 'cancelled') return store.residentView(record.booking);
        const allowed = checkChangeAllowed(
          record.booking,
          store.calendar,
          store.now(),
          store.cutoffOptions,
        );
        if (!allowed.ok) throw apiError(409, allowed.code);
        record.booking = { ...record.booking, status: 'cancelled' };
        record.sequence++;
        return store.residentView(record.booking);
      }),

    reschedule: (reference, token, change, request) =>
      run('reschedule', request, () => {
        const record = store.find(reference, token);
        const allowed = checkChangeAllowed(
          record.booking,
          store.calendar,
          store.now(),
          store.cutoffOptions,
        );
        if (!allowed.ok) throw apiError(409, allowed.code);
        const parsed = rescheduleBodySchema.safeParse(change);
        if (!parsed.success) throw validationError(toFieldErrors(parsed.error, change));
        const { service, location } = store.resolve(
          record.booking.serviceId,
          record.booking.locationId,
        );
        const input = store.rules(service, location, record.booking.reference);
        const check = checkSlot(input, parsed.data.start);
        if (!check.ok) throw store.slotError(check, input, parsed.data.start);
        const { boothId: _booth, ...rest } = record.booking;
        record.booking = {
          ...rest,
          start: check.slot.start,
          end: check.slot.end,
          specialistId: check.assignment.specialistId,
          ...(check.assignment.boothId ? { boothId: check.assignment.boothId } : {}),
          cancellableUntil: store.cutoffOf(check.slot.start),
        };
        record.sequence++;
        return store.residentView(record.booking);
      }),

    calendarUrl(reference, token) {
      try {
        return `data:text/calendar;charset=utf-8,${encodeURIComponent(calendar(reference, token))}`;
      } catch {
        return 'about:blank';
      }
    },

    getCalendar: (reference, token, request) =>
      run('getCalendar', request, () => calendar(reference, token)),

    staff: createMemoryStaffApi(store),

    takeSlot(slot) {
      const booking = book({
        ...slot,
        resident: { name: '別の相談者', nameKana: 'ベツノソウダンシャ', phone: '0895-00-0000' },
        consent: true,
      });
      records.set(booking.reference, { booking, token: generateManageToken(), sequence: 0 });
      return structuredClone(booking);
    },

    bookings() {
      return [...records.values()]
        .map(({ booking }) => structuredClone(booking))
        .sort((a, b) => parseIsoInstant(a.start)!.getTime() - parseIsoInstant(b.start)!.getTime());
    },
  };

  function calendar(reference: string, token: string): string {
    const record = store.find(reference, token);
    const service = store.services.get(record.booking.serviceId)!;
    const location = store.locations.get(record.booking.locationId)!;
    return bookingToIcs(store.residentView(record.booking), {
      service,
      location,
      uidDomain: store.uidDomain,
      now: store.now(),
      sequence: record.sequence,
    });
  }

  return api;
}
