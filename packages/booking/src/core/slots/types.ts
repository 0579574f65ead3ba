// Inputs of the slot rules: what a back end loads from its storage before asking for slots.
import type { BusinessCalendar, TimeOfDay } from '@machi-dx/ui/core';
import type { ConsultationMode } from '../modes';
import type { BookingStatus, DateException, WeeklyHours } from '../types';

/** The parts of a service the slot rules need. */
export interface SlotService {
  readonly id: string;
  /** Length of one session in minutes. */
  readonly durationMinutes: number;
  /** Where the service may happen. */
  readonly modes: readonly ConsultationMode[];
  /** Specialists who handle this service. */
  readonly specialistIds: readonly string[];
  /** Business days of notice before a session; default 1 (book by the close of the previous business day). */
  readonly minNoticeBusinessDays?: number;
  /** How many calendar days ahead residents may book; default 30. */
  readonly horizonDays?: number;
  /** Slots start on this grid, in minutes from Tokyo midnight; default 30 (08:30, 09:00 …). */
  readonly slotIntervalMinutes?: number;
}

/** A branch office with its booths, or "from home" (no booth needed). */
export type SlotLocation =
  | { readonly id: string; readonly kind: 'branch'; readonly boothIds: readonly string[] }
  | { readonly id: string; readonly kind: 'home' };

/** A specialist's working hours; without `weeklyHours`, 08:30–17:15 on weekdays. */
export interface SpecialistHours {
  readonly id: string;
  readonly weeklyHours?: readonly WeeklyHours[];
  /** Per-date replacements of the weekly hours (`hours: []` = away that day). */
  readonly exceptions?: readonly DateException[];
}

/** An existing booking as it occupies a specialist and, at a branch, a booth. */
export interface BookedTime {
  readonly specialistId: string;
  readonly boothId?: string | undefined;
  readonly start: Date;
  readonly end: Date;
  readonly status: BookingStatus;
  /** Its reference, so a reschedule can ignore the booking being moved. */
  readonly reference?: string | undefined;
}

/** Everything the slot rules read; all of it plain data, so the rules are pure and testable. */
export interface SlotRulesInput {
  readonly service: SlotService;
  readonly location: SlotLocation;
  /** Working hours of (at least) the service's specialists; unknown ids have no hours. */
  readonly specialists: readonly SpecialistHours[];
  /** Existing bookings of those specialists and of the location's booths (others are ignored). */
  readonly bookings: readonly BookedTime[];
  /** Weekends, national holidays, municipal and per-site closures. */
  readonly calendar: BusinessCalendar;
  /** The current instant (pass it in: the rules never read the clock). */
  readonly now: Date;
  /** Minutes kept free before and after every session, for the specialist and the booth; default 0. */
  readonly bufferMinutes?: number;
  /** When the office closes, for "by the close of the previous business day"; default 17:15. */
  readonly officeCloseTime?: TimeOfDay;
  /** Site id of the office the specialists work from: its own closures close every location. */
  readonly hostSiteId?: string;
  /** A booking that does not count as taken (the one being rescheduled). */
  readonly ignoreReference?: string;
}

/** Which specialist (and booth) to book for a slot. */
export interface ResourceAssignment {
  readonly specialistId: string;
  readonly boothId?: string;
}
