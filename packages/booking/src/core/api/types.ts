// The adapter interface between the widgets and a back end. The default talks to our HTTP API;
// a city with its own back end implements this instead, and every widget keeps working.
import type {
  Availability,
  AvailabilityQuery,
  Booking,
  CreateBookingBody,
  CreatedBooking,
  Location,
  LoginBody,
  RescheduleBody,
  Service,
  StaffAvailability,
  StaffBooking,
  StaffScheduleQuery,
  StaffStatusBody,
  StaffUser,
} from '../types';

/** Options every call accepts. */
export interface RequestOptions {
  /** Aborts the request; the promise then rejects with the AbortError itself. */
  readonly signal?: AbortSignal | undefined;
}

/** Options of {@link BookingApi.createBooking}. */
export interface CreateBookingOptions extends RequestOptions {
  /** Sent as `Idempotency-Key`: reuse it when retrying the same submission. */
  readonly idempotencyKey: string;
}

/** Signed-in staff operations (session cookie). Every call rejects with 401 when signed out. */
export interface StaffApi {
  /** Signs in; rejects 401 for wrong credentials, 429 after too many attempts. */
  login(body: LoginBody, options?: RequestOptions): Promise<StaffUser>;
  /** Signs out (succeeds when already signed out). */
  logout(options?: RequestOptions): Promise<void>;
  /** The signed-in staff member. */
  me(options?: RequestOptions): Promise<StaffUser>;
  /** The signed-in specialist's bookings between two dates, in time order, all statuses. */
  schedule(query: StaffScheduleQuery, options?: RequestOptions): Promise<StaffBooking[]>;
  /** The signed-in specialist's weekly hours and exceptions. */
  availability(options?: RequestOptions): Promise<StaffAvailability>;
  /** Replaces the weekly hours and exceptions; rejects 422 with field errors. */
  saveAvailability(body: StaffAvailability, options?: RequestOptions): Promise<StaffAvailability>;
  /** Marks a past session done or no-show; 403 for another specialist's booking. */
  setStatus(
    reference: string,
    body: StaffStatusBody,
    options?: RequestOptions,
  ): Promise<StaffBooking>;
}

/**
 * Everything the booking widgets ask of a back end. Implementations reject with a
 * `BookingApiError` (status, code, field errors, alternatives), never with a bare Response.
 */
export interface BookingApi {
  /** The services residents can book. */
  listServices(options?: RequestOptions): Promise<Service[]>;
  /** Branch offices (with booths) and "from home". */
  listLocations(options?: RequestOptions): Promise<Location[]>;
  /** Free slots per day; closed days say why. */
  getAvailability(query: AvailabilityQuery, options?: RequestOptions): Promise<Availability>;
  /** Books a slot; 409 `slot_unavailable` carries alternatives, 422 carries field errors. */
  createBooking(body: CreateBookingBody, options: CreateBookingOptions): Promise<CreatedBooking>;
  /** A booking, with its manage token. */
  getBooking(reference: string, token: string, options?: RequestOptions): Promise<Booking>;
  /** Cancels; the slot is offered again at once. */
  cancel(reference: string, token: string, options?: RequestOptions): Promise<Booking>;
  /** Moves the booking to another slot (same service and place). */
  reschedule(
    reference: string,
    token: string,
    body: RescheduleBody,
    options?: RequestOptions,
  ): Promise<Booking>;
  /** A URL of the booking's .ics (carries the token in its query: prefer {@link getCalendar}). */
  calendarUrl(reference: string, token: string): string;
  /** The booking's .ics text, fetched with the token in a header (make a Blob to download it). */
  getCalendar(reference: string, token: string, options?: RequestOptions): Promise<string>;
  /** Staff operations. */
  readonly staff: StaffApi;
}
