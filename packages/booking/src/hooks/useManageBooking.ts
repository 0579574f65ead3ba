import { useCallback, useEffect, useRef, useState } from 'react';
import type { BookingApiError } from '../core/api/error';
import type { BookingApi } from '../core/api/types';
import { asApiError } from '../core/flow/steps';
import type { Loadable } from '../core/flow/types';
import type { Booking, Slot } from '../core/types';
import { useLoadable } from './useLoadable';

/** What the last cancel or reschedule did. */
export type ManageActionState =
  | { readonly status: 'idle' }
  | { readonly status: 'cancelling' | 'rescheduling' }
  | { readonly status: 'done'; readonly change: 'cancelled' | 'rescheduled' }
  | {
      readonly status: 'failed';
      readonly operation: 'cancel' | 'reschedule';
      readonly error: BookingApiError;
      /** The slot that could not be had (409 on a reschedule). */
      readonly slot?: Slot;
    };

/** Options of {@link useManageBooking}. */
export interface UseManageBookingOptions {
  api: BookingApi;
  /** The booking's reference, e.g. `UWJ-7K4P-M2`. */
  reference: string;
  /** The secret manage token (from the confirmation, or the manage link's `#token=`). */
  token: string;
}

/** What {@link useManageBooking} returns. */
export interface ManageBookingState {
  booking: Loadable<Booking>;
  action: ManageActionState;
  /** Loads the booking again. */
  reload: () => void;
  /** Cancels; resolves with the cancelled booking, or undefined after a failure (see `action`). */
  cancel: () => Promise<Booking | undefined>;
  /** Moves the booking; resolves with it, or undefined after a failure (see `action`). */
  reschedule: (slot: Slot) => Promise<Booking | undefined>;
  /** Forgets the last action's outcome (e.g. when the resident opens the form again). */
  resetAction: () => void;
}

/**
 * A booking seen through its manage token, with cancel and reschedule. The server decides what is
 * allowed (cut-off, cancelled bookings); a refusal is kept in `action` and the booking reloaded.
 */
export function useManageBooking({
  api,
  reference,
  token,
}: UseManageBookingOptions): ManageBookingState {
  const {
    state: booking,
    reload,
    setData,
  } = useLoadable(
    (signal) => api.getBooking(reference, token, { signal }),
    [api, reference, token],
  );
  const [action, setAction] = useState<ManageActionState>({ status: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (
      operation: 'cancel' | 'reschedule',
      call: () => Promise<Booking>,
      slot?: Slot,
    ): Promise<Booking | undefined> => {
      setAction({ status: operation === 'cancel' ? 'cancelling' : 'rescheduling' });
      try {
        const updated = await call();
        if (!mounted.current) return updated;
        setData(updated);
        setAction({
          status: 'done',
          change: operation === 'cancel' ? 'cancelled' : 'rescheduled',
        });
        return updated;
      } catch (raw) {
        const error = asApiError(raw);
        if (!mounted.current) return undefined;
        setAction({ status: 'failed', operation, error, ...(slot ? { slot } : {}) });
        // A cut-off or a cancellation elsewhere changed what is allowed: show the booking as it is.
        if (error.code === 'cutoff_passed' || error.code === 'booking_cancelled') reload();
        return undefined;
      }
    },
    [setData, reload],
  );

  const cancel = useCallback(
    () => run('cancel', () => api.cancel(reference, token)),
    [run, api, reference, token],
  );
  const reschedule = useCallback(
    (slot: Slot) =>
      run('reschedule', () => api.reschedule(reference, token, { start: slot.start }), slot),
    [run, api, reference, token],
  );
  const resetAction = useCallback(() => setAction({ status: 'idle' }), []);

  return { booking, action, reload, cancel, reschedule, resetAction };
}
