import {
  type BookingErrorCode,
  bookingErrorBody,
  bookingErrorStatuses,
  fieldError,
  type Slot,
  type SlotRefusal,
  slotUnavailableBody,
  toFieldErrors,
} from '@machi-dx/booking/core';
import type { z } from 'zod';
import { ApiError, apiError } from '../errors.ts';

/** A booking-specific error (`booking_cancelled`, `cutoff_passed` …) with the core's status and wording. */
export function bookingError(code: BookingErrorCode): ApiError {
  const body = bookingErrorBody(code);
  return new ApiError(bookingErrorStatuses[code], code, body.message);
}

/** 409 `slot_unavailable` offering the nearest free slots instead. */
export function slotUnavailable(alternatives: readonly Slot[]): ApiError {
  const body = slotUnavailableBody(alternatives);
  return new ApiError(409, body.code, body.message, {
    details: { alternatives: body.alternatives },
  });
}

/** 422 on `start` for a start the slot rules refuse (past, closed, off the grid …), not `taken`. */
export function startRefused(reason: Exclude<SlotRefusal, 'taken'>): ApiError {
  return apiError('validation_failed', { errors: [fieldError('start', reason)] });
}

/**
 * The request-validation hook of the booking routes: 422 with the booking core's field errors,
 * whose messages speak to residents ("Select a date and time") rather than about types. Generic,
 * so each route keeps its inferred input types.
 */
export function bookingValidationHook<T>(
  result: { success: true; data: T } | { success: false; error: z.ZodError },
  _c: unknown,
): undefined {
  if (!result.success) {
    // The validator passes the input beside the error: it tells a missing field from a wrong type.
    const input = (result as { data?: unknown }).data;
    throw apiError('validation_failed', { errors: toFieldErrors(result.error, input) });
  }
  return undefined;
}
