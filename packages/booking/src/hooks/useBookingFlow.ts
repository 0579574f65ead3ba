import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { type BookingFlow, type BookingFlowOptions, createBookingFlow } from '../core/flow/store';
import type { BookingFlowState } from '../core/flow/types';

/** What {@link useBookingFlow} returns: the store (to act on) and its current snapshot (to render). */
export interface UseBookingFlowResult {
  /** The store: call its methods from event handlers (`flow.next()`, `flow.selectSlot(slot)` …). */
  flow: BookingFlow;
  /** The current immutable snapshot; the component re-renders when it changes. */
  state: BookingFlowState;
}

/** Reads a booking flow store with `useSyncExternalStore` (safe under concurrent rendering and SSR). */
export function useBookingFlowState(flow: BookingFlow): BookingFlowState {
  return useSyncExternalStore(flow.subscribe, flow.getSnapshot, flow.getSnapshot);
}

// Flows this hook disposed. React's StrictMode unmounts and remounts every effect once in
// development; a disposed flow ignores everything, so the remount creates a fresh one.
const disposedFlows = new WeakSet<BookingFlow>();

/**
 * Creates a {@link BookingFlow} for the lifetime of the component, loads services and locations on
 * mount, aborts its requests on unmount, and returns it with its snapshot. The options are read once.
 */
export function useBookingFlow(options: BookingFlowOptions): UseBookingFlowResult {
  const [flow, setFlow] = useState(() => createBookingFlow(options));
  const firstOptions = useRef(options);
  useEffect(() => {
    if (disposedFlows.has(flow)) {
      setFlow(createBookingFlow(firstOptions.current));
      return;
    }
    void flow.load();
    return () => {
      flow.dispose();
      disposedFlows.add(flow);
    };
  }, [flow]);
  return { flow, state: useBookingFlowState(flow) };
}
