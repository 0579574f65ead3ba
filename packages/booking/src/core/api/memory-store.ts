// State and shared helpers of the in-memory back end. It runs the same schemas and slot rules a
// server runs, so stories and tests see real 409s, 422s and closed days, not canned answers.
import { createBusinessCalendar, formatTokyoIso, parseIsoInstant } from '@machi-dx/ui/core';
import { errorCodeKey, fieldError, localizedMessage } from '../messages';
import {
  constantTimeEqual,
  generateManageToken,
  generateReference,
  normalizeReference,
} from '../reference';
import { cancellationCutoff } from '../slots/cutoff';
import { findAlternatives, type SlotCheck } from '../slots/resources';
import type { SlotRulesInput } from '../slots/types';
import type { Booking, FieldError, Location, StaffBooking } from '../types';
import { BookingApiError } from './error';
import type {
  MemoryBookingApiOptions,
  MemoryBookingSeed,
  MemoryOperation,
  MemoryService,
  MemoryStaffMember,
} from './memory-types';
import type { RequestOptions } from './types';

/** A stored booking with its secret and revision (for .ics SEQUENCE). */
export interface StoredBooking {
  booking: StaffBooking;
  readonly token: string;
  sequence: number;
}

/** An API error with the catalog's bilingual message for its code. */
export function apiError(
  status: number,
  code: string,
  init: Partial<{
    fieldErrors: FieldError[];
    alternatives: BookingApiError['alternatives'];
    retryAfterSeconds: number;
  }> = {},
) {
  return new BookingApiError({
    status,
    code,
    message: localizedMessage(errorCodeKey(code)),
    ...init,
  });
}

/** A 422 `validation_failed` with field errors. */
export function validationError(fieldErrors: FieldError[]): BookingApiError {
  return apiError(422, 'validation_failed', { fieldErrors });
}

function abortError(): Error {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Builds the store from a seed. */
export function createMemoryStore(seed: MemoryBookingSeed, options: MemoryBookingApiOptions) {
  const now = options.now ?? (() => new Date());
  const calendar = createBusinessCalendar(seed.calendar);
  const services = new Map<string, MemoryService>(
    seed.services.map((s) => [s.id, structuredClone(s)]),
  );
  const locations = new Map<string, Location>(
    seed.locations.map((l) => [l.id, structuredClone(l)]),
  );
  const staff: MemoryStaffMember[] = seed.staff.map((member) => structuredClone(member));
  const records = new Map<string, StoredBooking>();
  const cutoffOptions = {
    ...(seed.officeCloseTime ? { officeCloseTime: seed.officeCloseTime } : {}),
    ...(seed.hostSiteId ? { siteId: seed.hostSiteId } : {}),
  };

  const cutoffOf = (start: string) =>
    formatTokyoIso(cancellationCutoff({ start }, calendar, cutoffOptions));

  for (const { manageToken, ...entry } of seed.bookings ?? []) {
    const service = services.get(entry.serviceId);
    const start = parseIsoInstant(entry.start);
    if (!service || !start) throw new RangeError(`Seed booking ${entry.reference} is invalid`);
    const end =
      entry.end ?? formatTokyoIso(new Date(start.getTime() + service.durationMinutes * 60_000));
    records.set(entry.reference, {
      booking: {
        ...structuredClone(entry),
        end,
        cancellableUntil: cutoffOf(entry.start),
        createdAt: entry.createdAt ?? formatTokyoIso(now()),
      },
      token: manageToken ?? generateManageToken(),
      sequence: 0,
    });
  }

  /** The slot rules' input for a service at a location, from the current state. */
  function rules(
    service: MemoryService,
    location: Location,
    ignoreReference?: string,
  ): SlotRulesInput {
    return {
      service,
      location:
        location.kind === 'branch'
          ? {
              id: location.id,
              kind: 'branch',
              boothIds: (location.booths ?? []).map((booth) => booth.id),
            }
          : { id: location.id, kind: 'home' },
      specialists: staff,
      bookings: [...records.values()].map(({ booking }) => ({
        specialistId: booking.specialistId,
        boothId: booking.boothId,
        start: parseIsoInstant(booking.start)!,
        end: parseIsoInstant(booking.end)!,
        status: booking.status,
        reference: booking.reference,
      })),
      calendar,
      now: now(),
      ...(seed.bufferMinutes !== undefined ? { bufferMinutes: seed.bufferMinutes } : {}),
      ...(seed.officeCloseTime ? { officeCloseTime: seed.officeCloseTime } : {}),
      ...(seed.hostSiteId ? { hostSiteId: seed.hostSiteId } : {}),
      ...(ignoreReference ? { ignoreReference } : {}),
    };
  }

  /** The service and location of a request, or a 422 naming the field. */
  function resolve(serviceId: string, locationId: string) {
    const service = services.get(serviceId);
    const location = locations.get(locationId);
    const errors: FieldError[] = [];
    if (!service) errors.push(fieldError('serviceId', 'unknown'));
    if (!location) errors.push(fieldError('locationId', 'unknown'));
    else if (service && !service.modes.includes(location.kind)) {
      errors.push(fieldError('locationId', 'mode_not_allowed'));
    }
    if (!service || !location || errors.length > 0) throw validationError(errors);
    return { service, location };
  }

  /** The error for a refused slot: 409 with alternatives when taken, else 422 on `start`. */
  function slotError(
    check: Extract<SlotCheck, { ok: false }>,
    input: SlotRulesInput,
    start: string,
  ) {
    if (check.reason === 'taken') {
      return apiError(409, 'slot_unavailable', { alternatives: findAlternatives(input, start) });
    }
    return validationError([fieldError('start', check.reason)]);
  }

  /** A reference no stored booking has. */
  function newReference(): string {
    let reference = generateReference();
    while (records.has(reference)) reference = generateReference();
    return reference;
  }

  /** A booking by reference and manage token: 401 without a token, 404 for a wrong one. */
  function find(reference: string, token: string): StoredBooking {
    if (!token) throw apiError(401, 'unauthorized');
    const record = records.get(normalizeReference(reference) ?? reference);
    // Same answer for an unknown reference and a wrong token: never confirm a reference exists.
    if (!record || !constantTimeEqual(token, record.token)) throw apiError(404, 'not_found');
    return record;
  }

  /** The resident's view: no specialist, booth or summary. */
  function residentView(booking: StaffBooking): Booking {
    const { specialistId: _specialist, boothId: _booth, summary: _summary, ...view } = booking;
    return structuredClone(view);
  }

  /** Runs an operation as a network call would: latency, abort, injected failure, copied result. */
  async function run<T>(
    operation: MemoryOperation,
    request: RequestOptions | undefined,
    work: () => T,
  ): Promise<T> {
    if (options.latencyMs) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, options.latencyMs);
        request?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(abortError());
        });
      });
    }
    if (request?.signal?.aborted) throw abortError();
    const failure = options.failWith?.(operation);
    if (failure) throw failure;
    return structuredClone(work());
  }

  return {
    now,
    calendar,
    services,
    locations,
    staff,
    records,
    cutoffOf,
    cutoffOptions,
    rules,
    resolve,
    slotError,
    newReference,
    find,
    residentView,
    run,
    uidDomain: seed.uidDomain ?? 'machi-dx.example',
  };
}

/** The store built by {@link createMemoryStore}. */
export type MemoryStore = ReturnType<typeof createMemoryStore>;
