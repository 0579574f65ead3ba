// The HTTP API v1 wire shapes as plain types. The zod schemas in ./schemas are checked against
// these at compile time, so a widget can use the types without bundling zod.
import type { DayOfWeek } from '@machi-dx/ui/core';
import type { ConsultationMode } from './modes';

/** A text in Japanese, English and やさしい日本語 (names and descriptions shown to residents). */
export interface LocalizedText {
  ja: string;
  en: string;
  'ja-easy': string;
}

/** A message in Japanese and English, as every error and closure label carries. */
export interface LocalizedMessage {
  ja: string;
  en: string;
}

/** A consultation service (移住・定住支援, 戸籍の届出, 生活保護の相談 …). */
export interface Service {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  /** Length of one session. */
  durationMinutes: number;
  /** Where the service may happen. */
  modes: ConsultationMode[];
  /** Documents the resident should bring or have at hand. */
  documents: LocalizedText[];
}

/** A postal address, as the city API returns it. */
export interface Address {
  postalCode?: string;
  ja?: string;
  en?: string;
}

/** A consultation booth at a branch; it hosts one session at a time. */
export interface Booth {
  id: string;
  name: LocalizedText;
}

/** Where the resident joins from: a branch office (with booths) or home. */
export interface Location {
  id: string;
  kind: ConsultationMode;
  name: LocalizedText;
  address?: Address;
  booths?: Booth[];
}

/** `GET /booking/services` response. */
export interface ServicesResponse {
  services: Service[];
}

/** `GET /booking/locations` response. */
export interface LocationsResponse {
  locations: Location[];
}

/** `GET /booking/availability` query: dates are `YYYY-MM-DD` in Tokyo, both included, ≤ 62 days. */
export interface AvailabilityQuery {
  serviceId: string;
  locationId: string;
  from: string;
  to: string;
}

/** Why a day offers no slot. */
export type ClosedDayReason =
  | 'weekend'
  | 'holiday'
  | 'closure'
  | 'past'
  | 'before_notice'
  | 'outside_horizon'
  | 'no_hours'
  | 'fully_booked';

/** A closed day's reason, with the holiday's or closure's name when there is one. */
export interface ClosedDay {
  reason: ClosedDayReason;
  label?: LocalizedMessage;
}

/** A bookable time: ISO 8601 with the +09:00 offset. */
export interface Slot {
  start: string;
  end: string;
}

/** One day of availability; `slots` is empty when `closed` is present. */
export interface AvailabilityDay {
  /** `YYYY-MM-DD` in Tokyo. */
  date: string;
  closed?: ClosedDay;
  slots: Slot[];
}

/** `GET /booking/availability` response. */
export interface Availability {
  timeZone: 'Asia/Tokyo';
  days: AvailabilityDay[];
}

/** An accommodation the resident needs: 手話通訳, 筆談, 車椅子, an interpreter, or something else. */
export type Accommodation =
  | { type: 'sign_language' }
  | { type: 'written_communication' }
  | { type: 'wheelchair' }
  | { type: 'interpreter'; language: string }
  | { type: 'other'; text: string };

/** The `type` of an {@link Accommodation}. */
export type AccommodationType = Accommodation['type'];

/** The resident's contact details; `nameKana` is full-width katakana once accepted. */
export interface ResidentDetails {
  name: string;
  nameKana: string;
  phone: string;
  email?: string;
}

/** `POST /booking/bookings` body. */
export interface CreateBookingBody {
  serviceId: string;
  locationId: string;
  /** A slot start from the availability response. */
  start: string;
  resident: ResidentDetails;
  /** What the consultation is about; sensitive (welfare), shown to the specialist only. */
  summary?: string;
  accommodations?: Accommodation[];
  consent: true;
}

/** A booking's lifecycle: confirmed until cancelled, or marked done / no-show by staff. */
export type BookingStatus = 'confirmed' | 'cancelled' | 'done' | 'no_show';

/** A booking as its resident sees it (with the manage token). */
export interface Booking {
  /** Short human-friendly reference such as `UWJ-7K4P-M2`. */
  reference: string;
  status: BookingStatus;
  serviceId: string;
  locationId: string;
  start: string;
  end: string;
  resident: ResidentDetails;
  accommodations: Accommodation[];
  /** Until when the resident may cancel or reschedule (close of the previous business day). */
  cancellableUntil: string;
  createdAt: string;
}

/** `POST /booking/bookings` 201 response: the manage token is shown once and stored only hashed. */
export interface CreatedBooking {
  booking: Booking;
  manageToken: string;
}

/** `GET|POST /booking/bookings/{reference}[/cancel|/reschedule]` 200 response. */
export interface BookingResponse {
  booking: Booking;
}

/** `POST /booking/bookings/{reference}/reschedule` body. */
export interface RescheduleBody {
  start: string;
}

/** One field's problem: `path` is dotted (`resident.nameKana`); `params` fill the message's placeholders. */
export interface FieldError {
  path: string;
  code: string;
  message: LocalizedMessage;
  params?: Record<string, string | number>;
}

/** The body of every error response. */
export interface ErrorBody {
  code: string;
  message: LocalizedMessage;
  errors?: FieldError[];
}

/** The 409 body when the slot was taken: nearby free slots to offer instead. */
export interface SlotUnavailableBody extends ErrorBody {
  code: 'slot_unavailable';
  alternatives: Slot[];
}

/** Working hours on a day of the week, `HH:MM`–`HH:MM` in Tokyo; several per day allow a lunch break. */
export interface WeeklyHours {
  day: DayOfWeek;
  start: string;
  end: string;
}

/** A wall-clock range `HH:MM`–`HH:MM` in Tokyo. */
export interface TimeRange {
  start: string;
  end: string;
}

/** Hours that replace the weekly hours on one date; no hours means not available that day. */
export interface DateException {
  date: string;
  hours: TimeRange[];
  note?: string;
}

/** A specialist's availability: `PUT /staff/availability` body and the inside of its responses. */
export interface StaffAvailability {
  weeklyHours: WeeklyHours[];
  exceptions: DateException[];
}

/** `GET|PUT /staff/availability` response. */
export interface StaffAvailabilityResponse {
  availability: StaffAvailability;
}

/** Statuses staff may set after a session. */
export type StaffBookingStatus = 'done' | 'no_show';

/** `POST /staff/bookings/{reference}/status` body. */
export interface StaffStatusBody {
  status: StaffBookingStatus;
}

/** A booking as its specialist sees it: with the summary and resources. */
export interface StaffBooking extends Booking {
  specialistId: string;
  boothId?: string;
  summary?: string;
}

/** `GET /staff/bookings?from&to` query (`YYYY-MM-DD`, ≤ 62 days). */
export interface StaffScheduleQuery {
  from: string;
  to: string;
}

/** `GET /staff/bookings` response. */
export interface StaffScheduleResponse {
  bookings: StaffBooking[];
}

/** `POST /auth/login` body. */
export interface LoginBody {
  username: string;
  password: string;
}

/** The signed-in staff member; `id` is their specialist id. */
export interface StaffUser {
  id: string;
  username: string;
  name: string;
}

/**
 * `POST /auth/login` and `GET /auth/me` response: the server's shared account shape (staff, HQ
 * and shelter accounts alike). The fetch client maps it to a {@link StaffUser}.
 */
export interface StaffSessionResponse {
  account: { id: string; username: string; displayName: string; role: 'staff' | 'hq' | 'shelter' };
}
