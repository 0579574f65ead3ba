// Cancellation and reschedule cut-off: the close of the previous business day, the same moment
// the minimum notice of one business day closes bookings, so the office always has a working
// day to prepare (an interpreter, documents) and never prepares for nothing.
import {
  type BusinessCalendar,
  parseIsoInstant,
  type TimeOfDay,
  tokyoDate,
  tokyoInstant,
} from '@machi-dx/ui/core';
import type { BookingStatus } from '../types';
import { defaultOfficeCloseTime } from './engine';

/** Options for {@link cancellationCutoff}. */
export interface CutoffOptions {
  /** When the office closes; default 17:15. */
  readonly officeCloseTime?: TimeOfDay;
  /** Site whose own closures count (the specialists' office). */
  readonly siteId?: string;
}

function instantOf(value: Date | string): Date {
  const date = typeof value === 'string' ? parseIsoInstant(value) : value;
  if (!date || Number.isNaN(date.getTime())) throw new RangeError(`Invalid start ${String(value)}`);
  return date;
}

/** Until when a booking may be cancelled or rescheduled online: close of the previous business day. */
export function cancellationCutoff(
  booking: { readonly start: Date | string },
  calendar: BusinessCalendar,
  options: CutoffOptions = {},
): Date {
  const day = calendar.previousBusinessDay(tokyoDate(instantOf(booking.start)), options.siteId);
  return tokyoInstant(day, options.officeCloseTime ?? defaultOfficeCloseTime);
}

/** Whether the resident may still cancel or reschedule, or the error code to answer with. */
export type ChangeCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: 'booking_cancelled' | 'cutoff_passed' };

/**
 * The state and cut-off check for cancel and reschedule: a cancelled booking cannot be changed,
 * and nothing changes online after the cut-off (nor after a session was done or missed).
 */
export function checkChangeAllowed(
  booking: { readonly start: Date | string; readonly status: BookingStatus },
  calendar: BusinessCalendar,
  now: Date,
  options: CutoffOptions = {},
): ChangeCheck {
  if (booking.status === 'cancelled') return { ok: false, code: 'booking_cancelled' };
  if (booking.status !== 'confirmed') return { ok: false, code: 'cutoff_passed' };
  const cutoff = cancellationCutoff(booking, calendar, options);
  return now.getTime() < cutoff.getTime() ? { ok: true } : { ok: false, code: 'cutoff_passed' };
}
