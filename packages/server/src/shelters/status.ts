import {
  type CareNeedCategory,
  careNeedCategories,
  type OpeningStatus,
  openingStatuses,
} from '@machi-dx/shelter-forms/core';
import { formatTokyoIso } from '@machi-dx/ui/core';
import type { DbExecutor } from '../db/types.ts';

/** A `shelters` row with what its reports say now (one row of {@link loadShelterStates}). */
export interface ShelterStateRow {
  id: string;
  local_government_code: string;
  name: string;
  name_kana: string | null;
  address: string;
  kind: 'shelter' | 'emergency_site';
  shelter_type: 'general' | 'welfare' | null;
  latitude: number | null;
  longitude: number | null;
  capacity: number | null;
  sample: boolean;
  /** Latest opening or closing report. */
  opening_kind: 'opening' | 'closing' | null;
  opening_data: Record<string, unknown> | null;
  /** Latest report with a head count (opening, status or closing). */
  count_kind: 'opening' | 'status' | 'closing' | null;
  count_data: Record<string, unknown> | null;
  /** Latest status report. */
  status_data: Record<string, unknown> | null;
  last_reported_at: Date | null;
  last_received_at: Date | null;
  report_count: number;
  open_supply_requests: number;
}

// "Reported at" is the device's createdAt, but never later than receipt: a phone whose clock runs
// ahead must not look fresh for ever. Superseded reports (corrected by a later one) do not count.
const STATE_SQL = `
with live as (
  select r.id, r.shelter_id, r.kind, r.data, r.received_at,
         least(r.created_at, r.received_at) as reported_at
  from shelter_reports r
  where ($1::text is null or r.shelter_id = $1)
    and not exists (select 1 from shelter_reports c
                    where c.supersedes = r.id and c.shelter_id = r.shelter_id)
), opening as (
  select distinct on (shelter_id) shelter_id, kind, data from live
  where kind in ('opening', 'closing')
  order by shelter_id, reported_at desc, received_at desc
), counted as (
  select distinct on (shelter_id) shelter_id, kind, data from live
  where kind in ('opening', 'status', 'closing')
  order by shelter_id, reported_at desc, received_at desc
), latest_status as (
  select distinct on (shelter_id) shelter_id, data from live
  where kind = 'status'
  order by shelter_id, reported_at desc, received_at desc
), totals as (
  select shelter_id, max(reported_at) as last_reported_at, max(received_at) as last_received_at,
         count(*) as report_count
  from live group by shelter_id
), supplies as (
  select shelter_id, count(*) as open_supply_requests from supply_requests
  where status <> 'arrived' and superseded_by is null and ($1::text is null or shelter_id = $1)
  group by shelter_id
)
select s.id, s.local_government_code, s.name, s.name_kana, s.address, s.kind, s.shelter_type,
       s.latitude, s.longitude, s.capacity, s.sample,
       opening.kind as opening_kind, opening.data as opening_data,
       counted.kind as count_kind, counted.data as count_data,
       latest_status.data as status_data,
       totals.last_reported_at, totals.last_received_at,
       coalesce(totals.report_count, 0) as report_count,
       coalesce(supplies.open_supply_requests, 0) as open_supply_requests
from shelters s
left join opening on opening.shelter_id = s.id
left join counted on counted.shelter_id = s.id
left join latest_status on latest_status.shelter_id = s.id
left join totals on totals.shelter_id = s.id
left join supplies on supplies.shelter_id = s.id
where ($1::text is null or s.id = $1)
order by s.id`;

/** Every shelter (or one) with its current state, ordered by id. */
export function loadShelterStates(db: DbExecutor, shelterId?: string): Promise<ShelterStateRow[]> {
  return db.query<ShelterStateRow>(STATE_SQL, [shelterId ?? null]);
}

/** What a shelter's reports say now, as the board shows it. */
export interface ShelterStatus {
  openingStatus: OpeningStatus | null;
  evacueeTotal: number | null;
  evacueeTotalUnconfirmed: boolean;
  careNeeds: Partial<Record<CareNeedCategory, number>>;
  careNeedsTotal: number;
  occupancyStatus: string | null;
  lifelines: Record<string, string>;
  openSupplyRequests: number;
  reportCount: number;
  lastReportAt: string | null;
  lastReceivedAt: string | null;
  minutesSinceLastReport: number | null;
  stale: boolean;
}

/** Whether a status counts as open on the board (開設 or 常設). */
export function isOpenStatus(status: OpeningStatus | null): boolean {
  return status === 'open' || status === 'permanent';
}

function unconfirmed(data: Record<string, unknown> | null, field: string): boolean {
  const list = data?.unconfirmedFields;
  return Array.isArray(list) && list.includes(field);
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Derives the board's status: the opening status of the latest opening/closing report; the head
 * count of the latest opening, status or closing report (0 once closed); care needs, occupancy
 * and lifelines of the latest status report while not closed. Stale: open, and the last report is
 * older than `staleAfterMinutes`.
 */
export function shelterStatus(
  row: ShelterStateRow,
  now: Date,
  staleAfterMinutes: number,
): ShelterStatus {
  let openingStatus: OpeningStatus | null = null;
  if (row.opening_kind === 'closing') openingStatus = 'closed';
  else {
    const value = row.opening_data?.openingStatus;
    if (openingStatuses.includes(value as OpeningStatus)) openingStatus = value as OpeningStatus;
  }
  const closed = openingStatus === 'closed';

  let evacueeTotal: number | null = null;
  let evacueeTotalUnconfirmed = false;
  if (closed || row.count_kind === 'closing') evacueeTotal = 0;
  else if (row.count_data) {
    evacueeTotal = count(row.count_data.evacueeTotal) ?? null;
    evacueeTotalUnconfirmed = unconfirmed(row.count_data, 'evacueeTotal');
  }

  const careNeeds: Partial<Record<CareNeedCategory, number>> = {};
  let careNeedsTotal = 0;
  const status = closed ? null : row.status_data;
  const reportedCare = (status?.careNeeds ?? {}) as Record<string, unknown>;
  for (const category of careNeedCategories) {
    const value = count(reportedCare[category]);
    if (value === undefined) continue;
    careNeeds[category] = value;
    careNeedsTotal += value;
  }

  const last = row.last_reported_at;
  const minutes = last ? Math.max(0, Math.floor((now.getTime() - last.getTime()) / 60_000)) : null;
  return {
    openingStatus,
    evacueeTotal,
    evacueeTotalUnconfirmed,
    careNeeds,
    careNeedsTotal,
    occupancyStatus: typeof status?.occupancyStatus === 'string' ? status.occupancyStatus : null,
    lifelines: { ...((status?.lifelines as Record<string, string> | undefined) ?? {}) },
    openSupplyRequests: Number(row.open_supply_requests),
    reportCount: Number(row.report_count),
    lastReportAt: last ? formatTokyoIso(last) : null,
    lastReceivedAt: row.last_received_at ? formatTokyoIso(row.last_received_at) : null,
    minutesSinceLastReport: minutes,
    stale: isOpenStatus(openingStatus) && (minutes === null || minutes > staleAfterMinutes),
  };
}

/** A shelter as `GET /shelters` lists it. */
export interface ShelterSummary {
  nationalShelterId: string;
  localGovernmentCode: string;
  name: string;
  nameKana?: string;
  address: string;
  designation: 'shelter' | 'emergency_site';
  shelterType?: 'general' | 'welfare';
  location?: { type: 'Point'; coordinates: [number, number] };
  maxCapacity?: number;
  sample: boolean;
  status: ShelterStatus;
}

/** The master data of a row and its {@link shelterStatus}. */
export function shelterSummary(
  row: ShelterStateRow,
  now: Date,
  staleAfterMinutes: number,
): ShelterSummary {
  return {
    nationalShelterId: row.id,
    localGovernmentCode: row.local_government_code,
    name: row.name,
    ...(row.name_kana ? { nameKana: row.name_kana } : {}),
    address: row.address,
    designation: row.kind,
    ...(row.shelter_type ? { shelterType: row.shelter_type } : {}),
    ...(row.latitude !== null && row.longitude !== null
      ? {
          location: {
            type: 'Point' as const,
            coordinates: [row.longitude, row.latitude] as [number, number],
          },
        }
      : {}),
    ...(row.capacity !== null ? { maxCapacity: row.capacity } : {}),
    sample: row.sample,
    status: shelterStatus(row, now, staleAfterMinutes),
  };
}
