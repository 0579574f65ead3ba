import {
  type CreateBookingBody,
  type CreatedBooking,
  checkSlot,
  findAlternatives,
  generateManageToken,
  generateReference,
  hashManageToken,
  type Slot,
} from '@machi-dx/booking/core';
import { parseIsoInstant } from '@machi-dx/ui/core';
import { SqlState, sqlErrorInfo } from '../db/sql-errors.ts';
import type { Db, DbExecutor } from '../db/types.ts';
import type { Logger } from '../logger.ts';
import { type BookingCalendar, loadCalendar } from './calendar.ts';
import { resolveServiceAt, type StoredLocation, type StoredService } from './catalog.ts';
import { bookingError, slotUnavailable, startRefused } from './errors.ts';
import {
  hashIdempotencyKey,
  requestHash,
  sameHash,
  sealManageToken,
  unsealManageToken,
} from './idempotency.ts';
import { BOOKING_COLUMNS, findByIdempotencyKey, residentView, toRecord } from './records.ts';
import { loadRulesInput, windowAround } from './rules-input.ts';

/**
 * How often one request re-reads and tries again after losing a race in the database (an
 * exclusion violation: another request took the specialist or booth first). With two specialists
 * for a service the second may still be free, so the loser re-checks instead of giving up at once.
 */
const MAX_ATTEMPTS = 4;

/** What a booking request produced: the 201 body, and whether it replays an earlier request. */
export interface CreateResult {
  body: CreatedBooking;
  replayed: boolean;
}

/** Inputs of {@link createBooking}. */
export interface CreateRequest {
  body: CreateBookingBody;
  /** The request body as sent (hashed for the Idempotency-Key check). */
  rawBody: unknown;
  idempotencyKey: string | undefined;
  now: Date;
  logger: Logger;
}

type Attempt =
  | { kind: 'created'; result: CreateResult }
  | { kind: 'taken'; service: StoredService; location: StoredLocation };

/**
 * Books a slot: validates the service, place and start against the slot rules inside one
 * transaction, picks the specialist and booth, and inserts. The database's exclusion constraints
 * decide every race (SQLSTATE 23P01 → re-check, then 409 with alternatives). Any 4xx leaves the
 * database as it was: errors are thrown inside the transaction, which rolls back.
 */
export async function createBooking(db: Db, request: CreateRequest): Promise<CreateResult> {
  const key = request.idempotencyKey;
  const keyHash = key === undefined ? undefined : hashIdempotencyKey(key);
  const bodyHash = key === undefined ? undefined : requestHash(request.rawBody);
  for (let attempt = 1; ; attempt++) {
    let outcome: Attempt;
    try {
      outcome = await db.transaction((tx) => attemptCreate(tx, request, keyHash, bodyHash));
    } catch (error) {
      const { code, constraint } = sqlErrorInfo(error);
      if (code === SqlState.uniqueViolation && constraint === 'bookings_idempotency_key_hash_key') {
        // The same key committed meanwhile (a concurrent retry): answer as that request did.
        return db.transaction((tx) =>
          attemptCreate(tx, request, keyHash, bodyHash).then((again) => {
            if (again.kind === 'created') return again.result;
            throw new Error('idempotent replay found no booking');
          }),
        );
      }
      const retryable =
        code === SqlState.exclusionViolation ||
        (code === SqlState.uniqueViolation && constraint === 'bookings_reference_key');
      if (!retryable || attempt >= MAX_ATTEMPTS) {
        if (code === SqlState.exclusionViolation) {
          request.logger.info({ constraint, attempt }, 'booking race lost to the database');
          throw await takenError(db, request);
        }
        throw error;
      }
      request.logger.debug({ constraint, attempt }, 'booking attempt retried');
      continue;
    }
    if (outcome.kind === 'created') return outcome.result;
    throw await takenError(db, request, outcome);
  }
}

async function attemptCreate(
  tx: DbExecutor,
  request: CreateRequest,
  keyHash: string | undefined,
  bodyHash: string | undefined,
): Promise<Attempt> {
  const { body, now } = request;
  if (keyHash && bodyHash && request.idempotencyKey) {
    // Requests with one key run one at a time, so a retry waits for the first and replays it.
    await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 7340))', [keyHash]);
    const previous = await findByIdempotencyKey(tx, keyHash);
    if (previous) {
      if (!previous.requestHash || !sameHash(previous.requestHash, bodyHash)) {
        throw bookingError('idempotency_key_reused');
      }
      const token =
        previous.manageTokenSealed &&
        unsealManageToken(previous.manageTokenSealed, request.idempotencyKey, previous.reference);
      if (!token) throw new Error('the sealed manage token of a replayed booking did not open');
      const calendar = await loadCalendar(tx);
      return {
        kind: 'created',
        result: {
          body: { booking: residentView(previous, calendar), manageToken: token },
          replayed: true,
        },
      };
    }
  }
  const { service, location } = await resolveServiceAt(tx, body.serviceId, body.locationId);
  const calendar = await loadCalendar(tx);
  const start = parseIsoInstant(body.start)!; // the schema proved it parses
  const input = await loadRulesInput(tx, {
    service,
    location,
    calendar,
    now,
    window: windowAround(start, 1, 2),
  });
  const check = checkSlot(input, start);
  if (!check.ok) {
    if (check.reason === 'taken') return { kind: 'taken', service, location };
    throw startRefused(check.reason);
  }
  const token = generateManageToken();
  const reference = generateReference();
  const record = await insertBooking(tx, {
    reference,
    tokenHash: await hashManageToken(token),
    service,
    location,
    slot: check.slot,
    specialistId: check.assignment.specialistId,
    boothId: check.assignment.boothId,
    body,
    now,
    idempotency:
      keyHash && bodyHash && request.idempotencyKey
        ? {
            keyHash,
            bodyHash,
            sealed: sealManageToken(token, request.idempotencyKey, reference),
          }
        : undefined,
  });
  return {
    kind: 'created',
    result: {
      body: { booking: residentView(record, calendar), manageToken: token },
      replayed: false,
    },
  };
}

async function insertBooking(
  tx: DbExecutor,
  values: {
    reference: string;
    tokenHash: string;
    service: StoredService;
    location: StoredLocation;
    slot: Slot;
    specialistId: string;
    boothId: string | undefined;
    body: CreateBookingBody;
    now: Date;
    idempotency: { keyHash: string; bodyHash: string; sealed: string } | undefined;
  },
) {
  const { body, slot, service, location } = values;
  const [row] = await tx.query<Parameters<typeof toRecord>[0]>(
    `insert into bookings (
       reference, manage_token_hash, service_id, mode, site_id, booth_id, specialist_id,
       during, blocked,
       resident_name, resident_name_kana, resident_phone, resident_email, summary, accommodations,
       consented_at, created_at, updated_at, idempotency_key_hash, request_hash, manage_token_sealed)
     values ($1, $2, $3, $4, $5, $6, $7,
       tstzrange($8::timestamptz, $9::timestamptz),
       tstzrange($8::timestamptz, $9::timestamptz + make_interval(mins => $10::int)),
       $11, $12, $13, $14, $15, $16, $17, $17, $17, $18, $19, $20)
     returning ${BOOKING_COLUMNS}`,
    [
      values.reference,
      values.tokenHash,
      service.id,
      location.kind,
      location.kind === 'branch' ? location.id : null,
      values.boothId ?? null,
      values.specialistId,
      slot.start,
      slot.end,
      service.bufferMinutes,
      body.resident.name,
      body.resident.nameKana,
      body.resident.phone,
      body.resident.email ?? null,
      body.summary ?? null,
      body.accommodations ?? [],
      values.now.toISOString(),
      values.idempotency?.keyHash ?? null,
      values.idempotency?.bodyHash ?? null,
      values.idempotency?.sealed ?? null,
    ],
  );
  if (!row) throw new Error('insert into bookings returned no row');
  return toRecord(row);
}

/** 409 `slot_unavailable` with the free slots nearest the requested start, read afresh. */
async function takenError(
  db: Db,
  request: CreateRequest,
  resolved?: { service: StoredService; location: StoredLocation },
) {
  const start = parseIsoInstant(request.body.start)!;
  const alternatives = await db.transaction(async (tx) => {
    const { service, location } =
      resolved ?? (await resolveServiceAt(tx, request.body.serviceId, request.body.locationId));
    const calendar: BookingCalendar = await loadCalendar(tx);
    const input = await loadRulesInput(tx, {
      service,
      location,
      calendar,
      now: request.now,
      window: windowAround(start, 15, 16),
    });
    return findAlternatives(input, start);
  });
  return slotUnavailable(alternatives);
}
