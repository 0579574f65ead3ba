import { useCallback, useEffect, useRef } from 'react';
import type { BookingApiError } from '../core/api/error';
import type { Loadable } from '../core/flow/types';

/**
 * Calls the latest `onError` when `loadable` fails, and returns a stable function that reports
 * any other failure (a save, a status change) to it. The callback may change on every render.
 */
export function useErrorReporter(
  loadable: Loadable<unknown>,
  onError: ((error: BookingApiError) => void) | undefined,
): (error: BookingApiError) => void {
  const latest = useRef(onError);
  latest.current = onError;
  useEffect(() => {
    if (loadable.status === 'error') latest.current?.(loadable.error);
  }, [loadable]);
  return useCallback((error: BookingApiError) => latest.current?.(error), []);
}
