// Pure helpers of the flow store: what each step requires, where a field is asked, and the
// request body — all functions of a snapshot, so they are testable without a store.
import { daysInMonth } from '@machi-dx/ui/core';
import { BookingApiError, isBookingApiError } from '../api/error';
import { flowFieldError as fieldError } from '../flow-messages';
import type { AvailabilityQuery, CreateBookingBody } from '../types';
import { detailsToBody, type FlowFieldError, validateDetails } from './details';
import type { BookingFlowState, BookingStep, YearMonth } from './types';

/** The steps with questions, in order. */
export const formSteps = ['service', 'place', 'datetime', 'details'] as const;

/** What is missing or wrong on `step` for this snapshot (empty when it is complete). */
export function stepErrors(state: BookingFlowState, step: BookingStep): FlowFieldError[] {
  const services = state.services.status === 'success' ? state.services.data : [];
  const locations = state.locations.status === 'success' ? state.locations.data : [];
  const service = services.find((entry) => entry.id === state.serviceId);
  const location = locations.find((entry) => entry.id === state.locationId);
  switch (step) {
    case 'service':
      return service ? [] : [{ ...fieldError('serviceId', 'required'), field: 'serviceId' }];
    case 'place':
      if (!location) return [{ ...fieldError('locationId', 'required'), field: 'locationId' }];
      return service && !service.modes.includes(location.kind)
        ? [{ ...fieldError('locationId', 'mode_not_allowed'), field: 'locationId' }]
        : [];
    case 'datetime':
      return state.slot ? [] : [{ ...fieldError('start', 'required'), field: 'start' }];
    case 'details':
      return validateDetails(state.details);
    default:
      return [];
  }
}

/** The first question step that is not complete, or "check" when all are. */
export function firstIncompleteStep(state: BookingFlowState): BookingStep {
  return formSteps.find((step) => stepErrors(state, step).length > 0) ?? 'check';
}

/** Which step asks for a field. */
export function stepOfField(field: FlowFieldError['field']): BookingStep {
  if (field === 'serviceId') return 'service';
  if (field === 'locationId') return 'place';
  if (field === 'start') return 'datetime';
  return 'details';
}

/** The request body for this snapshot, normalised as the server stores it; undefined while incomplete. */
export function bookingBodyOf(state: BookingFlowState): CreateBookingBody | undefined {
  const details = detailsToBody(state.details);
  if (!state.serviceId || !state.locationId || !state.slot || !details) return undefined;
  return {
    serviceId: state.serviceId,
    locationId: state.locationId,
    start: state.slot.start,
    ...details,
    consent: true,
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The availability query of a whole month. */
export function monthQuery(
  serviceId: string,
  locationId: string,
  { year, month }: YearMonth,
): AvailabilityQuery {
  return {
    serviceId,
    locationId,
    from: `${year}-${pad(month)}-01`,
    to: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`,
  };
}

/** Any rejection as a BookingApiError (a city's adapter may throw something else). */
export function asApiError(error: unknown): BookingApiError {
  if (isBookingApiError(error)) return error;
  return new BookingApiError({ status: 0, code: 'unknown', cause: error });
}

/** A failure worth retrying with the same Idempotency-Key: nothing definitive came back. */
export function isRetryable(error: BookingApiError): boolean {
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}
