import {
  type ConsultationMode,
  fieldError,
  type LocalizedText,
  type Location,
  type Service,
  type SlotLocation,
  type SlotService,
} from '@machi-dx/booking/core';
import type { DbExecutor } from '../db/types.ts';
import { apiError, type FieldError } from '../errors.ts';

/** The id of the from-home location on the wire (no site may use it: see 0003_booking.sql). */
export const HOME_LOCATION_ID = 'home';

/** The name of the from-home location. */
export const homeLocationName: LocalizedText = {
  ja: '自宅から（ビデオ通話）',
  en: 'From home (video call)',
  'ja-easy': 'いえ から（ビデオ）',
};

/** A service as stored, with the rules the wire shape does not show. */
export type StoredService = Service &
  SlotService & {
    /** Minutes kept free after each session (stored in the booking's `blocked` range). */
    readonly bufferMinutes: number;
  };

/** A location as on the wire plus what the slot rules need. */
export type StoredLocation = Location & { readonly slot: SlotLocation };

interface ServiceRow {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  duration_minutes: number;
  modes: ConsultationMode[];
  documents: LocalizedText[];
  min_notice_business_days: number;
  horizon_days: number;
  buffer_minutes: number;
  slot_interval_minutes: number;
  specialist_ids: string[];
}

const SERVICE_COLUMNS = `
  s.id, s.name, s.description, s.duration_minutes, s.modes, s.documents,
  s.min_notice_business_days, s.horizon_days, s.buffer_minutes, s.slot_interval_minutes,
  coalesce((select jsonb_agg(ss.specialist_id order by ss.sort_order, ss.specialist_id)
            from service_specialists ss join specialists sp on sp.id = ss.specialist_id
            where ss.service_id = s.id and sp.active), '[]'::jsonb) as specialist_ids`;

function toService(row: ServiceRow): StoredService {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    durationMinutes: row.duration_minutes,
    modes: row.modes,
    documents: row.documents,
    minNoticeBusinessDays: row.min_notice_business_days,
    horizonDays: row.horizon_days,
    bufferMinutes: row.buffer_minutes,
    slotIntervalMinutes: row.slot_interval_minutes,
    specialistIds: row.specialist_ids,
  };
}

/** The wire shape of a service (no specialists, notice or buffers). */
export function publicService(service: StoredService): Service {
  const { id, name, description, durationMinutes, modes, documents } = service;
  return { id, name, description, durationMinutes, modes: [...modes], documents };
}

/** Active services in display order. */
export async function listServices(db: DbExecutor): Promise<StoredService[]> {
  const rows = await db.query<ServiceRow>(
    `select ${SERVICE_COLUMNS} from services s where s.active order by s.sort_order, s.id`,
  );
  return rows.map(toService);
}

/** One active service, or undefined. */
export async function findService(db: DbExecutor, id: string): Promise<StoredService | undefined> {
  const [row] = await db.query<ServiceRow>(
    `select ${SERVICE_COLUMNS} from services s where s.id = $1 and s.active`,
    [id],
  );
  return row && toService(row);
}

/** A service even when inactive (an existing booking's .ics and views still need its name). */
export async function findAnyService(
  db: DbExecutor,
  id: string,
): Promise<StoredService | undefined> {
  const [row] = await db.query<ServiceRow>(
    `select ${SERVICE_COLUMNS} from services s where s.id = $1`,
    [id],
  );
  return row && toService(row);
}

interface BranchRow {
  id: string;
  name: LocalizedText;
  address: Location['address'] | null;
  booths: { id: string; name: LocalizedText }[];
}

/** Branch offices with at least one active booth (a branch without one cannot host a session). */
async function branches(db: DbExecutor, id?: string): Promise<StoredLocation[]> {
  const rows = await db.query<BranchRow>(
    `select s.id, s.name, s.address,
            jsonb_agg(jsonb_build_object('id', b.id, 'name', b.name) order by b.sort_order, b.id)
              as booths
     from sites s join booths b on b.site_id = s.id and b.active
     where s.kind = 'branch' and ($1::text is null or s.id = $1)
     group by s.id
     order by s.sort_order, s.id`,
    [id ?? null],
  );
  return rows.map((row) => ({
    id: row.id,
    kind: 'branch',
    name: row.name,
    ...(row.address ? { address: row.address } : {}),
    booths: row.booths,
    slot: { id: row.id, kind: 'branch', boothIds: row.booths.map((booth) => booth.id) },
  }));
}

const home: StoredLocation = {
  id: HOME_LOCATION_ID,
  kind: 'home',
  name: homeLocationName,
  slot: { id: HOME_LOCATION_ID, kind: 'home' },
};

/** Branches (with booths) in display order, then "from home". */
export async function listLocations(db: DbExecutor): Promise<StoredLocation[]> {
  return [...(await branches(db)), home];
}

/** One location by its wire id, or undefined. */
export async function findLocation(
  db: DbExecutor,
  id: string,
): Promise<StoredLocation | undefined> {
  if (id === HOME_LOCATION_ID) return home;
  const [branch] = await branches(db, id);
  return branch;
}

/** The wire shape of a location. */
export function publicLocation(location: StoredLocation): Location {
  const { slot: _slot, ...rest } = location;
  return rest;
}

/**
 * The service and location a request names, or a 422 on the field that is wrong: an unknown
 * (or inactive) service or location, or a service that is not offered at that kind of place.
 */
export async function resolveServiceAt(
  db: DbExecutor,
  serviceId: string,
  locationId: string,
  paths: { service: string; location: string } = { service: 'serviceId', location: 'locationId' },
): Promise<{ service: StoredService; location: StoredLocation }> {
  const [service, location] = [
    await findService(db, serviceId),
    await findLocation(db, locationId),
  ];
  const errors: FieldError[] = [];
  if (!service) errors.push(fieldError(paths.service, 'unknown'));
  if (!location) errors.push(fieldError(paths.location, 'unknown'));
  else if (service && !service.modes.includes(location.kind)) {
    errors.push(fieldError(paths.location, 'mode_not_allowed'));
  }
  if (!service || !location || errors.length > 0) {
    throw apiError('validation_failed', { errors });
  }
  return { service, location };
}

/**
 * Where an existing booking takes place, for its views and calendar file: the branch as stored
 * (even if it has no active booth any more) or home.
 */
export async function bookingPlace(
  db: DbExecutor,
  siteId: string | null,
): Promise<Pick<Location, 'kind' | 'name' | 'address'>> {
  if (siteId === null) return { kind: 'home', name: homeLocationName };
  const [site] = await db.query<{ name: LocalizedText; address: Location['address'] | null }>(
    'select name, address from sites where id = $1',
    [siteId],
  );
  if (!site) throw new Error(`site ${siteId} of a booking is missing`);
  return { kind: 'branch', name: site.name, ...(site.address ? { address: site.address } : {}) };
}
