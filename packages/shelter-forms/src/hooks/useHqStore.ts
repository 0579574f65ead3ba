import { useEffect, useState, useSyncExternalStore } from 'react';
import type { HqClient } from '../core/hq/client';
import { type HqSnapshot, HqStore, type HqStoreOptions } from '../core/hq/store';

/** The HQ store's snapshot, re-rendering on every change (shelters, totals, queue, connection). */
export function useHqStore(store: HqStore): HqSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** Options of {@link useHqBoardData}. */
export interface UseHqBoardDataOptions extends Omit<HqStoreOptions, 'client'> {
  /** Start loading and following events; false while signed out. Default true. */
  enabled?: boolean | undefined;
}

/**
 * One {@link HqStore} for the component's lifetime over `client`, started while `enabled` and
 * stopped on unmount: the HQ page's data, live. Returns the store (for `select`,
 * `advanceSupplyRequest`, `refresh`) and its snapshot.
 */
export function useHqBoardData(
  client: HqClient,
  options: UseHqBoardDataOptions = {},
): { store: HqStore; snapshot: HqSnapshot } {
  const { enabled = true, ...storeOptions } = options;
  // Created once: options after the first render are ignored, like useState's initial value.
  const [store] = useState(() => new HqStore({ ...storeOptions, client }));
  useEffect(() => {
    if (!enabled) return;
    store.start();
    return () => store.stop();
  }, [store, enabled]);
  return { store, snapshot: useHqStore(store) };
}
