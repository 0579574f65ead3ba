// The seed and options of the in-memory BookingApi.
import type { BusinessCalendarOptions, TimeOfDay } from '@machi-dx/ui/core';
import type { DateException, Location, Service, StaffBooking, WeeklyHours } from '../types';
import type { BookingApiError } from './error';
import type { BookingApi } from './types';

/** A service with the rules the wire shape does not show. */
export interface MemoryService extends Service {
  readonly specialistIds: readonly string[];
  readonly minNoticeBusinessDays?: number;
  readonly horizonDays?: number;
  readonly slotIntervalMinutes?: number;
}

/** A specialist with a staff account (sample credentials only). */
export interface MemoryStaffMember {
  readonly id: string;
  readonly username: string;
  readonly password: string;
  readonly name: string;
  readonly weeklyHours?: readonly WeeklyHours[];
  readonly exceptions?: readonly DateException[];
}

/** An existing booking in the seed; give `manageToken` to open it in a manage story. */
export interface MemorySeedBooking
  extends Omit<StaffBooking, 'cancellableUntil' | 'createdAt' | 'end'> {
  readonly end?: string;
  readonly manageToken?: string;
  readonly createdAt?: string;
}

/** What the in-memory back end starts with. */
export interface MemoryBookingSeed {
  readonly services: readonly MemoryService[];
  readonly locations: readonly Location[];
  readonly staff: readonly MemoryStaffMember[];
  readonly bookings?: readonly MemorySeedBooking[];
  /** Closures beyond weekends and national holidays (default: 12/29–1/3). */
  readonly calendar?: BusinessCalendarOptions;
  readonly bufferMinutes?: number;
  readonly officeCloseTime?: TimeOfDay;
  /** The specialists' office; its closures close every location. */
  readonly hostSiteId?: string;
  /** Domain of .ics UIDs. */
  readonly uidDomain?: string;
}

/** Names of the operations, for {@link MemoryBookingApiOptions.failWith}. */
export type MemoryOperation =
  | Exclude<keyof BookingApi, 'staff' | 'calendarUrl'>
  | `staff.${keyof BookingApi['staff']}`;

/** Behaviour of the in-memory back end beyond its data. */
export interface MemoryBookingApiOptions {
  /** The clock; default the real one. Fix it for deterministic stories and tests. */
  readonly now?: () => Date;
  /** Delay of every call, to show loading states; default 0. */
  readonly latencyMs?: number;
  /** Return an error to make an operation fail (network error stories); undefined to proceed. */
  readonly failWith?: (operation: MemoryOperation) => BookingApiError | undefined;
}

/** The in-memory BookingApi plus helpers for stories and tests. */
export interface MemoryBookingApi extends BookingApi {
  /** Books a slot as another resident would (the "slot taken while booking" story). */
  takeSlot(slot: { serviceId: string; locationId: string; start: string }): StaffBooking;
  /** Every stored booking as staff see it, in time order. */
  bookings(): StaffBooking[];
}
