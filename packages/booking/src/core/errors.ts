// Error codes the booking API adds to the standard ones of the server (validation_failed,
// unauthorized, not_found, too_many_requests …), with the status each is sent with.
import { localizedMessage } from './messages';
import type { ErrorBody, Slot, SlotUnavailableBody } from './types';

/** Booking-specific error codes and their HTTP status; other back ends must use the same. */
export const bookingErrorStatuses = {
  /** The slot was taken (or became unavailable) meanwhile; the body carries `alternatives`. */
  slot_unavailable: 409,
  /** Rescheduling or cancelling a booking that is already cancelled. */
  booking_cancelled: 409,
  /** Cancelling or rescheduling after the cut-off (close of the previous business day). */
  cutoff_passed: 409,
  /** Staff marked a session done or no-show before it started. */
  booking_not_started: 409,
  /** An Idempotency-Key was reused with a different body (IETF httpapi-idempotency-key draft: 422). */
  idempotency_key_reused: 422,
} as const;

/** One of the {@link bookingErrorStatuses} codes. */
export type BookingErrorCode = keyof typeof bookingErrorStatuses;

/** The error body for a booking-specific code, with its bilingual message from the catalogs. */
export function bookingErrorBody(code: BookingErrorCode): ErrorBody {
  return { code, message: localizedMessage(`booking.error.${code}`) };
}

/** The 409 body for a taken slot, offering `alternatives` (see `findAlternatives`). */
export function slotUnavailableBody(alternatives: readonly Slot[]): SlotUnavailableBody {
  return {
    code: 'slot_unavailable',
    message: localizedMessage('booking.error.slot_unavailable'),
    alternatives: alternatives.map(({ start, end }) => ({ start, end })),
  };
}
