import { useDeferredValue, useMemo, useRef, useState } from 'react';
import {
  type BoardFilter,
  type BoardRow,
  type BoardSort,
  boardRow,
  DEFAULT_STALE_AFTER_MINUTES,
  filterRows,
  minutesSince,
  noFilter,
  sortRows,
} from '../components/hq/board';
import type { HqShelter } from '../components/hq/types';

/** Options of {@link useShelterBoard}. */
export interface UseShelterBoardOptions {
  /** The time the board is drawn at (ms since the epoch). */
  now: number;
  staleAfterMinutes?: number | undefined;
  /** The first sort; default: longest silence first. */
  defaultSort?: BoardSort | undefined;
  /** The first filter; default: every shelter. */
  defaultFilter?: Partial<BoardFilter> | undefined;
}

/** The board's state: what it shows, in which order, and how to change that. */
export interface ShelterBoardState {
  /** Rows after filtering and sorting. */
  rows: readonly BoardRow[];
  /** Every shelter's row. */
  all: readonly BoardRow[];
  filter: BoardFilter;
  setFilter(update: Partial<BoardFilter>): void;
  sort: BoardSort;
  /** Sorts by a column: the same column again reverses the order. */
  sortBy(key: BoardSort['key'], direction?: BoardSort['direction']): void;
}

/**
 * Filter and sort state over the shelters, built to stay fast with hundreds of them: a shelter's
 * row object is reused while the shelter object and its minutes are unchanged, so a memoised row
 * re-renders only when its own shelter changed; typing in the search box is deferred.
 */
export function useShelterBoard(
  shelters: readonly HqShelter[],
  options: UseShelterBoardOptions,
): ShelterBoardState {
  const { now, staleAfterMinutes = DEFAULT_STALE_AFTER_MINUTES } = options;
  const [filter, setFilterState] = useState<BoardFilter>({ ...noFilter, ...options.defaultFilter });
  const [sort, setSort] = useState<BoardSort>(
    options.defaultSort ?? { key: 'lastReport', direction: 'descending' },
  );
  const text = useDeferredValue(filter.text);
  const cache = useRef({ staleAfterMinutes, rows: new WeakMap<HqShelter, BoardRow>() });
  if (cache.current.staleAfterMinutes !== staleAfterMinutes) {
    cache.current = { staleAfterMinutes, rows: new WeakMap() };
  }

  const all = useMemo(
    () =>
      shelters.map((shelter) => {
        const cached = cache.current.rows.get(shelter);
        if (cached && cached.minutes === minutesSince(shelter, now)) return cached;
        const row = boardRow(shelter, now, staleAfterMinutes);
        cache.current.rows.set(shelter, row);
        return row;
      }),
    [shelters, now, staleAfterMinutes],
  );
  const { status, staleOnly, suppliesOnly } = filter;
  // The search text is deferred: typing stays responsive while the list follows a moment later.
  const rows = useMemo(
    () => sortRows(filterRows(all, { status, staleOnly, suppliesOnly, text }), sort),
    [all, status, staleOnly, suppliesOnly, text, sort],
  );

  return {
    rows,
    all,
    filter,
    setFilter: (update) => setFilterState((current) => ({ ...current, ...update })),
    sort,
    sortBy: (key, direction) =>
      setSort((current) => ({
        key,
        direction:
          direction ??
          (current.key === key
            ? current.direction === 'ascending'
              ? 'descending'
              : 'ascending'
            : key === 'name' || key === 'status'
              ? 'ascending'
              : 'descending'),
      })),
  };
}
