import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { asApiError } from '../core/flow/steps';
import type { Loadable } from '../core/flow/types';

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/** What {@link useLoadable} returns. */
export interface LoadableResult<T> {
  /** Idle, loading, success or error. */
  state: Loadable<T>;
  /** Loads again (after an error, or to refresh after a change). */
  reload: () => void;
  /** Replaces the loaded data (after a mutation answered with the new value), or updates it. */
  setData: (data: T | ((previous: T) => T)) => void;
}

/**
 * Loads something from the API when `deps` change (`load` returning undefined skips loading),
 * aborting the previous request; errors become `BookingApiError`s. Internal building block of the
 * manage and staff hooks, which have no store in the core.
 */
export function useLoadable<T>(
  load: (signal: AbortSignal) => Promise<T> | undefined,
  deps: DependencyList,
): LoadableResult<T> {
  const [state, setState] = useState<Loadable<T>>({ status: 'idle' });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide; generation forces a reload
  useEffect(() => {
    const controller = new AbortController();
    const pending = loadRef.current(controller.signal);
    if (!pending) {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'loading' });
    pending.then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbort(error)) {
          setState({ status: 'error', error: asApiError(error) });
        }
      },
    );
    return () => controller.abort();
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((count) => count + 1), []);
  const setData = useCallback(
    (data: T | ((previous: T) => T)) =>
      setState((previous) => {
        if (typeof data !== 'function') return { status: 'success', data };
        return previous.status === 'success'
          ? { status: 'success', data: (data as (previous: T) => T)(previous.data) }
          : previous;
      }),
    [],
  );
  return { state, reload, setData };
}
