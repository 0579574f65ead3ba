// Pure rules of the HQ board: staleness, the row each shelter shows, filtering, sorting, totals.
import { parseIsoInstant } from '@machi-dx/ui/core';
import { type CareNeedCategory, careNeedCategories } from '../../core/validation/codes';
import type { HqOverview, HqShelter } from './types';

/** Default of the stale threshold: three hours without a report, as the reference server. */
export const DEFAULT_STALE_AFTER_MINUTES = 180;

/** Whether a shelter counts as open (開設 or 常設): the ones that must keep reporting. */
export function isOpen(shelter: HqShelter): boolean {
  const status = shelter.status.openingStatus;
  return status === 'open' || status === 'permanent';
}

/** Whole minutes since the last report at `now`; null before any report. */
export function minutesSince(shelter: HqShelter, now: number): number | null {
  const at = shelter.status.lastReportAt
    ? parseIsoInstant(shelter.status.lastReportAt)?.getTime()
    : undefined;
  if (at === undefined) return shelter.status.minutesSinceLastReport ?? null;
  return Math.max(0, Math.floor((now - at) / 60_000));
}

/** One shelter as the board shows it, with the values it sorts and filters by. */
export interface BoardRow {
  shelter: HqShelter;
  minutes: number | null;
  /** Open and silent for longer than the threshold. */
  stale: boolean;
  careTotal: number;
  /** Text a search matches: name, kana, id, address (lower case). */
  search: string;
}

/** The board row of a shelter at `now`. */
export function boardRow(shelter: HqShelter, now: number, staleAfterMinutes: number): BoardRow {
  const minutes = minutesSince(shelter, now);
  const careTotal =
    shelter.status.careNeedsTotal ??
    Object.values(shelter.status.careNeeds ?? {}).reduce((sum, count) => sum + (count ?? 0), 0);
  return {
    shelter,
    minutes,
    stale: isOpen(shelter) && minutes !== null && minutes > staleAfterMinutes,
    careTotal,
    search: [shelter.name, shelter.nameKana, shelter.nationalShelterId, shelter.address]
      .filter(Boolean)
      .join(' ')
      .toLowerCase(),
  };
}

/** The columns the board sorts by. */
export const boardSortKeys = [
  'name',
  'status',
  'evacuees',
  'careNeeds',
  'supplies',
  'lastReport',
] as const;
/** One of {@link boardSortKeys}. */
export type BoardSortKey = (typeof boardSortKeys)[number];
/** A sort: column and direction. */
export interface BoardSort {
  key: BoardSortKey;
  direction: 'ascending' | 'descending';
}

/** What the board shows: opening status (`open` covers 常設 too; `not_reported`), silent, needing supplies, text. */
export interface BoardFilter {
  status: 'all' | 'open' | 'not_opened' | 'closed' | 'unknown' | 'not_reported';
  staleOnly: boolean;
  suppliesOnly: boolean;
  text: string;
}

/** Shows every shelter. */
export const noFilter: BoardFilter = {
  status: 'all',
  staleOnly: false,
  suppliesOnly: false,
  text: '',
};

function matchesStatus(row: BoardRow, status: BoardFilter['status']): boolean {
  const value = row.shelter.status.openingStatus;
  if (status === 'all') return true;
  if (status === 'open') return isOpen(row.shelter);
  if (status === 'not_reported') return value === null;
  return value === status;
}

/** The rows a filter keeps. */
export function filterRows(rows: readonly BoardRow[], filter: BoardFilter): BoardRow[] {
  const text = filter.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      matchesStatus(row, filter.status) &&
      (!filter.staleOnly || row.stale) &&
      (!filter.suppliesOnly || row.shelter.status.openSupplyRequests > 0) &&
      (text === '' || row.search.includes(text)),
  );
}

const statusOrder = ['open', 'permanent', 'unknown', 'not_opened', 'closed'];
const collator = /* @__PURE__ */ new Intl.Collator('ja');

function sortValue(row: BoardRow, key: BoardSortKey): number | string | null {
  switch (key) {
    case 'name':
      return row.shelter.nameKana ?? row.shelter.name;
    case 'status': {
      const at = statusOrder.indexOf(row.shelter.status.openingStatus ?? '');
      return at < 0 ? statusOrder.length : at;
    }
    case 'evacuees':
      return row.shelter.status.evacueeTotal;
    case 'careNeeds':
      return row.careTotal;
    case 'supplies':
      return row.shelter.status.openSupplyRequests;
    case 'lastReport':
      return row.minutes;
  }
}

/** Rows in the sort's order; rows without a value go last either way, ties by name. */
export function sortRows(rows: readonly BoardRow[], sort: BoardSort): BoardRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      const order = typeof x === 'string' ? collator.compare(x, String(y)) : x - (y as number);
      if (order !== 0) return order * sign;
    }
    return collator.compare(a.shelter.name, b.shelter.name);
  });
}

/**
 * The HQ totals from the board's shelters, when no `/hq/overview` is at hand: open shelters,
 * evacuees (and how many shelters' counts are 未確認), care needs, open supply requests, and the
 * silent shelters.
 */
export function summarizeShelters(
  shelters: readonly HqShelter[],
  options: { now?: number; staleAfterMinutes?: number } = {},
): HqOverview {
  const now = options.now ?? Date.now();
  const staleAfter = options.staleAfterMinutes ?? DEFAULT_STALE_AFTER_MINUTES;
  const byCategory: Partial<Record<CareNeedCategory, number>> = {};
  const overview: HqOverview = {
    shelters: { total: shelters.length, open: 0 },
    evacuees: { total: 0, unconfirmedShelters: 0 },
    careNeeds: { total: 0, byCategory },
    supplyRequests: { open: 0 },
    staleShelters: [],
  };
  const stale: HqOverview['staleShelters'][number][] = [];
  for (const shelter of shelters) {
    const row = boardRow(shelter, now, staleAfter);
    const { status } = shelter;
    if (isOpen(shelter)) overview.shelters.open += 1;
    overview.evacuees.total += status.evacueeTotal ?? 0;
    if (status.evacueeTotalUnconfirmed) overview.evacuees.unconfirmedShelters += 1;
    overview.careNeeds.total += row.careTotal;
    for (const category of careNeedCategories) {
      const count = status.careNeeds?.[category];
      if (count) byCategory[category] = (byCategory[category] ?? 0) + count;
    }
    overview.supplyRequests.open += status.openSupplyRequests;
    if (row.stale) {
      stale.push({
        nationalShelterId: shelter.nationalShelterId,
        name: shelter.name,
        lastReportAt: status.lastReportAt,
        minutesSinceLastReport: row.minutes,
      });
    }
  }
  overview.staleShelters = stale.sort(
    (a, b) => (b.minutesSinceLastReport ?? 0) - (a.minutesSinceLastReport ?? 0),
  );
  return overview;
}
