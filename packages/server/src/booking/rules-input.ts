import type {
  BookedTime,
  DateException,
  SlotRulesInput,
  SpecialistHours,
  WeeklyHours,
} from '@machi-dx/booking/core';
import { formatPlainDate, tokyoDate } from '@machi-dx/ui/core';
import type { DbExecutor } from '../db/types.ts';
import type { BookingCalendar } from './calendar.ts';
import type { StoredLocation, StoredService } from './catalog.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** The stretch of time whose bookings and hours the slot rules will look at. */
export interface RulesWindow {
  from: Date;
  to: Date;
}

/** A window around one instant: `before` and `after` whole days either side. */
export function windowAround(instant: Date, before: number, after: number): RulesWindow {
  return {
    from: new Date(instant.getTime() - before * DAY_MS),
    to: new Date(instant.getTime() + after * DAY_MS),
  };
}

interface HoursRow {
  specialist_id: string;
  day: number;
  start: string;
  end: string;
}

interface ExceptionRow {
  specialist_id: string;
  date: string;
  hours: { start: string; end: string }[];
  note: string | null;
}

interface BusyRow {
  specialist_id: string;
  booth_id: string | null;
  blocked_from: Date;
  blocked_to: Date;
  status: BookedTime['status'];
  reference: string;
}

/** Weekly hours and exceptions (optionally only those dated within `dates`) of some specialists. */
export async function loadSpecialistHours(
  db: DbExecutor,
  specialistIds: readonly string[],
  dates?: { from: string; to: string },
): Promise<SpecialistHours[]> {
  const ids = [...specialistIds];
  const weekly = await db.query<HoursRow>(
    `select specialist_id, day, to_char(start_time, 'HH24:MI') as start,
            to_char(end_time, 'HH24:MI') as "end"
     from specialist_weekly_hours where specialist_id = any($1::text[])
     order by specialist_id, day, start_time`,
    [ids],
  );
  const exceptions = await db.query<ExceptionRow>(
    `select specialist_id, date, hours, note from specialist_exceptions
     where specialist_id = any($1::text[])
       and ($2::date is null or date between $2::date and $3::date)
     order by specialist_id, date`,
    [ids, dates?.from ?? null, dates?.to ?? null],
  );
  return ids.map((id) => ({
    id,
    // Rows are the whole truth: a specialist without weekly rows works no regular hours.
    weeklyHours: weekly
      .filter((row) => row.specialist_id === id)
      .map(({ day, start, end }) => ({ day: day as WeeklyHours['day'], start, end })),
    exceptions: exceptions
      .filter((row) => row.specialist_id === id)
      .map(
        ({ date, hours, note }): DateException =>
          note === null ? { date, hours } : { date, hours, note },
      ),
  }));
}

/**
 * Everything the core slot rules need for one service at one location, read from the database
 * within `window`. Buffers: each stored booking occupies its `blocked` range [start, end + its own
 * service's buffer), and the exclusion constraints compare those ranges. To let the core rules
 * decide exactly what the constraints will accept, a booking is handed to them as
 * [blocked start − this service's buffer, blocked end) with `bufferMinutes: 0`: a candidate
 * [s, e) overlaps that iff its own blocked range [s, e + buffer) overlaps the stored one.
 */
export async function loadRulesInput(
  db: DbExecutor,
  options: {
    service: StoredService;
    location: StoredLocation;
    calendar: BookingCalendar;
    now: Date;
    window: RulesWindow;
    ignoreReference?: string;
  },
): Promise<SlotRulesInput> {
  const { service, location, calendar, now, window } = options;
  const boothIds = location.slot.kind === 'branch' ? [...location.slot.boothIds] : [];
  const dates = {
    from: formatPlainDate(tokyoDate(window.from)),
    to: formatPlainDate(tokyoDate(window.to)),
  };
  const specialists = await loadSpecialistHours(db, service.specialistIds, dates);
  const busy = await db.query<BusyRow>(
    `select specialist_id, booth_id, lower(blocked) as blocked_from, upper(blocked) as blocked_to,
            status, reference
     from bookings
     where status <> 'cancelled'
       and blocked && tstzrange($3::timestamptz, $4::timestamptz)
       and (specialist_id = any($1::text[]) or booth_id = any($2::text[]))`,
    [[...service.specialistIds], boothIds, window.from.toISOString(), window.to.toISOString()],
  );
  const bufferMs = service.bufferMinutes * MINUTE_MS;
  const bookings: BookedTime[] = busy.map((row) => ({
    specialistId: row.specialist_id,
    boothId: row.booth_id ?? undefined,
    start: new Date(row.blocked_from.getTime() - bufferMs),
    end: row.blocked_to,
    status: row.status,
    reference: row.reference,
  }));
  return {
    service,
    location: location.slot,
    specialists,
    bookings,
    calendar: calendar.calendar,
    now,
    bufferMinutes: 0,
    officeCloseTime: calendar.settings.officeCloseTime,
    ...(calendar.hostSiteId ? { hostSiteId: calendar.hostSiteId } : {}),
    ...(options.ignoreReference ? { ignoreReference: options.ignoreReference } : {}),
  };
}
