import {
  type Booking,
  checkChangeAllowed,
  checkSlot,
  constantTimeEqual,
  findAlternatives,
  hashManageToken,
  normalizeReference,
} from '@machi-dx/booking/core';
import { parseIsoInstant } from '@machi-dx/ui/core';
import { SqlState, sqlErrorInfo } from '../db/sql-errors.ts';
import type { Db, DbExecutor } from '../db/types.ts';
import { apiError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { type BookingCalendar, loadCalendar } from './calendar.ts';
import { findAnyService, findLocation, HOME_LOCATION_ID } from './catalog.ts';
import { bookingError, slotUnavailable, startRefused } from './errors.ts';
import {
  BOOKING_COLUMNS,
  type BookingRecord,
  findByReference,
  residentView,
  toRecord,
} from './records.ts';
import { loadRulesInput, windowAround } from './rules-input.ts';

const MAX_ATTEMPTS = 4;

/** The token of `Authorization: Bearer <token>`, or undefined (absent or another scheme). */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header && /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(header);
  return match ? match[1] : undefined;
}

/**
 * The booking a manage token opens. No token: 401. An unknown reference and a wrong token get
 * the same 404, so a reference (printed on paper, read over the phone) never confirms a booking
 * exists, and the token's hash is computed first so both take the same time.
 */
export async function authorizeManage(
  db: DbExecutor,
  reference: string,
  token: string | undefined,
  options: { forUpdate?: boolean } = {},
): Promise<BookingRecord> {
  if (!token) {
    throw apiError('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer realm="booking"' } });
  }
  const hash = await hashManageToken(token);
  const canonical = normalizeReference(reference);
  const record = canonical ? await findByReference(db, canonical, options) : undefined;
  if (!record || !constantTimeEqual(hash, record.manageTokenHash)) throw apiError('not_found');
  return record;
}

/** `GET …/{reference}`: the resident's view. */
export async function viewBooking(db: Db, reference: string, token: string | undefined) {
  return db.transaction(async (tx) => {
    const record = await authorizeManage(tx, reference, token);
    return residentView(record, await loadCalendar(tx));
  });
}

/**
 * `POST …/cancel`: frees the slot at once (the constraints ignore cancelled rows). Cancelling a
 * cancelled booking answers like the first time (a double click, a retry); after the cut-off,
 * 409 `cutoff_passed`.
 */
export async function cancelBooking(
  db: Db,
  reference: string,
  token: string | undefined,
  now: Date,
): Promise<Booking> {
  return db.transaction(async (tx) => {
    const record = await authorizeManage(tx, reference, token, { forUpdate: true });
    const calendar = await loadCalendar(tx);
    if (record.status === 'cancelled') return residentView(record, calendar);
    const allowed = checkChangeAllowed(record, calendar.calendar, now, calendar.cutoffOptions);
    if (!allowed.ok) throw bookingError(allowed.code);
    const [row] = await tx.query<Parameters<typeof toRecord>[0]>(
      `update bookings set status = 'cancelled', revision = revision + 1, updated_at = $2
       where id = $1 returning ${BOOKING_COLUMNS}`,
      [record.id, now.toISOString()],
    );
    return residentView(toRecord(row!), calendar);
  });
}

type RescheduleAttempt =
  | { kind: 'moved'; booking: Booking }
  | { kind: 'taken'; record: BookingRecord };

/**
 * `POST …/reschedule`: moves a confirmed booking to another free slot of the same service and
 * place, before the cut-off; the specialist and booth may change. A cancelled booking is 409
 * `booking_cancelled`; a taken slot 409 `slot_unavailable` with alternatives; a start the rules
 * refuse 422 on `start`.
 */
export async function rescheduleBooking(
  db: Db,
  request: {
    reference: string;
    token: string | undefined;
    start: string;
    now: Date;
    logger: Logger;
  },
): Promise<Booking> {
  for (let attempt = 1; ; attempt++) {
    let outcome: RescheduleAttempt;
    try {
      outcome = await db.transaction((tx) => attemptReschedule(tx, request));
    } catch (error) {
      const { code, constraint } = sqlErrorInfo(error);
      if (code !== SqlState.exclusionViolation) throw error;
      if (attempt < MAX_ATTEMPTS) continue;
      request.logger.info({ constraint, attempt }, 'reschedule race lost to the database');
      const record = await db.transaction((tx) =>
        authorizeManage(tx, request.reference, request.token),
      );
      throw await takenError(db, record, request);
    }
    if (outcome.kind === 'moved') return outcome.booking;
    throw await takenError(db, outcome.record, request);
  }
}

async function placeOf(
  tx: DbExecutor,
  record: BookingRecord,
  now: Date,
  calendar: BookingCalendar,
) {
  const service = await findAnyService(tx, record.serviceId);
  const location = await findLocation(tx, record.siteId ?? HOME_LOCATION_ID);
  return { service, location, now, calendar };
}

async function attemptReschedule(
  tx: DbExecutor,
  request: { reference: string; token: string | undefined; start: string; now: Date },
): Promise<RescheduleAttempt> {
  const record = await authorizeManage(tx, request.reference, request.token, { forUpdate: true });
  const calendar = await loadCalendar(tx);
  const allowed = checkChangeAllowed(
    record,
    calendar.calendar,
    request.now,
    calendar.cutoffOptions,
  );
  if (!allowed.ok) throw bookingError(allowed.code);
  const { service, location } = await placeOf(tx, record, request.now, calendar);
  // The branch closed its last booth meanwhile: nothing can be offered there.
  if (!service || !location) throw slotUnavailable([]);
  const start = parseIsoInstant(request.start)!;
  const input = await loadRulesInput(tx, {
    service,
    location,
    calendar,
    now: request.now,
    window: windowAround(start, 1, 2),
    ignoreReference: record.reference,
  });
  const check = checkSlot(input, start);
  if (!check.ok) {
    if (check.reason === 'taken') return { kind: 'taken', record };
    throw startRefused(check.reason);
  }
  const [row] = await tx.query<Parameters<typeof toRecord>[0]>(
    `update bookings set
       during = tstzrange($2::timestamptz, $3::timestamptz),
       blocked = tstzrange($2::timestamptz, $3::timestamptz + make_interval(mins => $4::int)),
       specialist_id = $5, booth_id = $6, revision = revision + 1, updated_at = $7
     where id = $1 returning ${BOOKING_COLUMNS}`,
    [
      record.id,
      check.slot.start,
      check.slot.end,
      service.bufferMinutes,
      check.assignment.specialistId,
      check.assignment.boothId ?? null,
      request.now.toISOString(),
    ],
  );
  return { kind: 'moved', booking: residentView(toRecord(row!), calendar) };
}

async function takenError(db: Db, record: BookingRecord, request: { start: string; now: Date }) {
  const start = parseIsoInstant(request.start)!;
  const alternatives = await db.transaction(async (tx) => {
    const calendar = await loadCalendar(tx);
    const { service, location } = await placeOf(tx, record, request.now, calendar);
    if (!service || !location) return [];
    const input = await loadRulesInput(tx, {
      service,
      location,
      calendar,
      now: request.now,
      window: windowAround(start, 15, 16),
      ignoreReference: record.reference,
    });
    return findAlternatives(input, start);
  });
  return slotUnavailable(alternatives);
}
