// Staff operations of the in-memory back end: a single session (one browser tab's worth),
// login throttling like the server's, and the same schema checks.
import { formatPlainDate, parseIsoInstant, tokyoDate } from '@machi-dx/ui/core';
import { constantTimeEqual } from '../reference';
import { dateRangeQuerySchema } from '../schemas/catalog';
import { toFieldErrors } from '../schemas/field-errors';
import { loginBodySchema, staffAvailabilitySchema, staffStatusBodySchema } from '../schemas/staff';
import { defaultWeeklyHours } from '../slots/hours';
import type { StaffAvailability, StaffUser } from '../types';
import { apiError, type MemoryStore, validationError } from './memory-store';
import type { MemoryStaffMember } from './memory-types';
import type { StaffApi } from './types';

/** Failed sign-ins allowed per username before 429, and the window they count in. */
const maxFailedLogins = 5;
const failureWindowMs = 15 * 60_000;

function user(member: MemoryStaffMember): StaffUser {
  return { id: member.id, username: member.username, name: member.name };
}

/** The staff half of the in-memory BookingApi. */
export function createMemoryStaffApi(store: MemoryStore): StaffApi {
  const { run } = store;
  let session: string | undefined;
  const failures = new Map<string, { count: number; since: number }>();

  function signedIn(): MemoryStaffMember {
    const member = store.staff.find((entry) => entry.id === session);
    if (!member) throw apiError(401, 'unauthorized');
    return member;
  }

  function availabilityOf(member: MemoryStaffMember): StaffAvailability {
    return {
      weeklyHours: [...(member.weeklyHours ?? defaultWeeklyHours)],
      exceptions: [...(member.exceptions ?? [])],
    };
  }

  return {
    login: (body, request) =>
      run('staff.login', request, () => {
        const parsed = loginBodySchema.safeParse(body);
        if (!parsed.success) throw validationError(toFieldErrors(parsed.error, body));
        const { username, password } = parsed.data;
        const nowMs = store.now().getTime();
        const failure = failures.get(username);
        if (
          failure &&
          nowMs - failure.since < failureWindowMs &&
          failure.count >= maxFailedLogins
        ) {
          const retryAfterSeconds = Math.ceil((failure.since + failureWindowMs - nowMs) / 1000);
          throw apiError(429, 'too_many_requests', { retryAfterSeconds });
        }
        const member = store.staff.find((entry) => entry.username === username);
        // Compare the password even for an unknown user, so timing does not reveal usernames.
        const matches = constantTimeEqual(password, member?.password ?? '\u0000');
        if (!member || !matches) {
          const fresh = !failure || nowMs - failure.since >= failureWindowMs;
          failures.set(
            username,
            fresh ? { count: 1, since: nowMs } : { ...failure, count: failure.count + 1 },
          );
          throw apiError(401, 'unauthorized');
        }
        failures.delete(username);
        session = member.id;
        return user(member);
      }),

    logout: (request) =>
      run('staff.logout', request, () => {
        session = undefined;
      }),

    me: (request) => run('staff.me', request, () => user(signedIn())),

    schedule: (query, request) =>
      run('staff.schedule', request, () => {
        const member = signedIn();
        const parsed = dateRangeQuerySchema.safeParse(query);
        if (!parsed.success) throw validationError(toFieldErrors(parsed.error, query));
        const { from, to } = parsed.data;
        return [...store.records.values()]
          .map(({ booking }) => booking)
          .filter((booking) => {
            if (booking.specialistId !== member.id) return false;
            const date = formatPlainDate(tokyoDate(parseIsoInstant(booking.start)!));
            return date >= from && date <= to;
          })
          .sort(
            (a, b) => parseIsoInstant(a.start)!.getTime() - parseIsoInstant(b.start)!.getTime(),
          );
      }),

    availability: (request) => run('staff.availability', request, () => availabilityOf(signedIn())),

    saveAvailability: (body, request) =>
      run('staff.saveAvailability', request, () => {
        const member = signedIn();
        const parsed = staffAvailabilitySchema.safeParse(body);
        if (!parsed.success) throw validationError(toFieldErrors(parsed.error, body));
        const index = store.staff.indexOf(member);
        store.staff[index] = { ...member, ...parsed.data };
        return availabilityOf(store.staff[index]!);
      }),

    setStatus: (reference, body, request) =>
      run('staff.setStatus', request, () => {
        const member = signedIn();
        const parsed = staffStatusBodySchema.safeParse(body);
        if (!parsed.success) throw validationError(toFieldErrors(parsed.error, body));
        const record = store.records.get(reference);
        if (!record) throw apiError(404, 'not_found');
        if (record.booking.specialistId !== member.id) throw apiError(403, 'forbidden');
        if (record.booking.status === 'cancelled') throw apiError(409, 'booking_cancelled');
        if (parseIsoInstant(record.booking.start)!.getTime() > store.now().getTime()) {
          throw apiError(409, 'booking_not_started');
        }
        record.booking = { ...record.booking, status: parsed.data.status };
        return record.booking;
      }),
  };
}
