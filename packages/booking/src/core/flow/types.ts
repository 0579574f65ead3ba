// The BookingFlow store's state: everything a widget renders, as one immutable snapshot.
import type { BookingApiError } from '../api/error';
import type { AvailabilityDay, CreatedBooking, Location, Service, Slot } from '../types';
import type { DetailsDraft, FlowFieldError } from './details';

/** The steps of the resident's booking flow, in order. */
export const bookingSteps = [
  'service',
  'place',
  'datetime',
  'details',
  'check',
  'confirmation',
] as const;

/** One of {@link bookingSteps}. */
export type BookingStep = (typeof bookingSteps)[number];

/** Something loaded from the API: idle until asked, then loading, success or error. */
export type Loadable<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'success'; readonly data: T }
  | { readonly status: 'error'; readonly error: BookingApiError };

/** A calendar month (month 1–12). */
export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

/** Where the final submission stands. */
export type SubmissionState =
  | { readonly status: 'idle' }
  | { readonly status: 'submitting' }
  | { readonly status: 'failed'; readonly error: BookingApiError };

/** Shown on the date-and-time step after the chosen slot was taken by someone else (409). */
export interface SlotTakenNotice {
  readonly kind: 'slot_unavailable';
  /** Catalog key of the message to show. */
  readonly messageKey: string;
  /** The taken slot. */
  readonly taken: Slot;
  /** Nearby free slots the server offered; choosing one is a `selectSlot`. */
  readonly alternatives: readonly Slot[];
}

/** A snapshot of the flow. Never mutated: every change makes a new object. */
export interface BookingFlowState {
  readonly step: BookingStep;
  readonly services: Loadable<Service[]>;
  readonly locations: Loadable<Location[]>;
  readonly serviceId: string | undefined;
  readonly locationId: string | undefined;
  readonly slot: Slot | undefined;
  /** The month the date-and-time step shows. */
  readonly month: YearMonth;
  /** Availability of that month for the chosen service and place. */
  readonly availability: Loadable<AvailabilityDay[]>;
  /** The details form, kept as typed. */
  readonly details: DetailsDraft;
  /** Errors of the current step after a "continue" or a submission (GOV.UK: validate on submit). */
  readonly errors: readonly FlowFieldError[];
  readonly submission: SubmissionState;
  readonly notice: SlotTakenNotice | undefined;
  /** True after "change" on the check-answers step: continuing goes back there. */
  readonly returnToCheck: boolean;
  /** The booking and its manage token, on the confirmation step. */
  readonly result: CreatedBooking | undefined;
}
