import {
  type Accommodation,
  type Booking,
  type BookingStatus,
  cancellationCutoff,
  type StaffBooking,
} from '@machi-dx/booking/core';
import { formatTokyoIso } from '@machi-dx/ui/core';
import type { DbExecutor } from '../db/types.ts';
import type { BookingCalendar } from './calendar.ts';
import { HOME_LOCATION_ID } from './catalog.ts';

/** A row of `bookings` as the routes read it. */
export interface BookingRecord {
  id: string;
  reference: string;
  manageTokenHash: string;
  serviceId: string;
  mode: 'branch' | 'home';
  siteId: string | null;
  boothId: string | null;
  specialistId: string;
  start: Date;
  end: Date;
  status: BookingStatus;
  resident: Booking['resident'];
  summary: string | null;
  accommodations: Accommodation[];
  revision: number;
  createdAt: Date;
  requestHash: string | null;
  manageTokenSealed: string | null;
}

interface BookingRow {
  id: string;
  reference: string;
  manage_token_hash: string;
  service_id: string;
  mode: 'branch' | 'home';
  site_id: string | null;
  booth_id: string | null;
  specialist_id: string;
  start_at: Date;
  end_at: Date;
  status: BookingStatus;
  resident_name: string;
  resident_name_kana: string;
  resident_phone: string;
  resident_email: string | null;
  summary: string | null;
  accommodations: Accommodation[];
  revision: number;
  created_at: Date;
  request_hash: string | null;
  manage_token_sealed: string | null;
}

/** The select list that {@link toRecord} reads. */
export const BOOKING_COLUMNS = `
  id, reference, manage_token_hash, service_id, mode, site_id, booth_id, specialist_id,
  lower(during) as start_at, upper(during) as end_at, status, resident_name, resident_name_kana,
  resident_phone, resident_email, summary, accommodations, revision, created_at, request_hash,
  manage_token_sealed`;

/** Maps a row selected with {@link BOOKING_COLUMNS}. */
export function toRecord(row: BookingRow): BookingRecord {
  return {
    id: row.id,
    reference: row.reference,
    manageTokenHash: row.manage_token_hash,
    serviceId: row.service_id,
    mode: row.mode,
    siteId: row.site_id,
    boothId: row.booth_id,
    specialistId: row.specialist_id,
    start: row.start_at,
    end: row.end_at,
    status: row.status,
    resident: {
      name: row.resident_name,
      nameKana: row.resident_name_kana,
      phone: row.resident_phone,
      ...(row.resident_email === null ? {} : { email: row.resident_email }),
    },
    summary: row.summary,
    accommodations: row.accommodations,
    revision: row.revision,
    createdAt: row.created_at,
    requestHash: row.request_hash,
    manageTokenSealed: row.manage_token_sealed,
  };
}

/** One booking by its canonical reference; `forUpdate` locks the row until the transaction ends. */
export async function findByReference(
  db: DbExecutor,
  reference: string,
  options: { forUpdate?: boolean } = {},
): Promise<BookingRecord | undefined> {
  const [row] = await db.query<BookingRow>(
    `select ${BOOKING_COLUMNS} from bookings where reference = $1${options.forUpdate ? ' for update' : ''}`,
    [reference],
  );
  return row && toRecord(row);
}

/** One booking by the SHA-256 of its Idempotency-Key. */
export async function findByIdempotencyKey(
  db: DbExecutor,
  keyHash: string,
): Promise<BookingRecord | undefined> {
  const [row] = await db.query<BookingRow>(
    `select ${BOOKING_COLUMNS} from bookings where idempotency_key_hash = $1`,
    [keyHash],
  );
  return row && toRecord(row);
}

/** The booking as its resident sees it: no specialist, booth or summary (a manage link can leak). */
export function residentView(record: BookingRecord, calendar: BookingCalendar): Booking {
  return {
    reference: record.reference,
    status: record.status,
    serviceId: record.serviceId,
    locationId: record.siteId ?? HOME_LOCATION_ID,
    start: formatTokyoIso(record.start),
    end: formatTokyoIso(record.end),
    resident: { ...record.resident },
    accommodations: record.accommodations,
    cancellableUntil: formatTokyoIso(
      cancellationCutoff({ start: record.start }, calendar.calendar, calendar.cutoffOptions),
    ),
    createdAt: formatTokyoIso(record.createdAt),
  };
}

/** The booking as its specialist sees it: with the summary, specialist and booth. */
export function staffView(record: BookingRecord, calendar: BookingCalendar): StaffBooking {
  return {
    ...residentView(record, calendar),
    specialistId: record.specialistId,
    ...(record.boothId === null ? {} : { boothId: record.boothId }),
    ...(record.summary === null ? {} : { summary: record.summary }),
  };
}
