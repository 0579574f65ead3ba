import type { CutoffOptions } from '@machi-dx/booking/core';
import {
  type BusinessCalendar,
  createBusinessCalendar,
  type DateRangeClosure,
  parsePlainDate,
  type RecurringClosure,
  type TimeOfDay,
  yearEndClosure,
} from '@machi-dx/ui/core';
import type { DbExecutor } from '../db/types.ts';

/** The municipality's booking settings (`booking_settings`, or the defaults without a row). */
export interface BookingSettings {
  /** Closures every year (default: 12/29–1/3). */
  recurringClosures: RecurringClosure[];
  /** Close of the business day, `HH:MM` (default 17:15): notice and cut-offs end here. */
  officeCloseTime: TimeOfDay;
  /** Domain of .ics UIDs; undefined = the request's host name. */
  calendarUidDomain: string | undefined;
}

/** The business calendar with the closures from the database, and where the specialists work. */
export interface BookingCalendar {
  calendar: BusinessCalendar;
  settings: BookingSettings;
  /** The main office: its closures close every location (the specialists are there). */
  hostSiteId: string | undefined;
  /** Options for `cancellationCutoff` / `checkChangeAllowed`. */
  cutoffOptions: CutoffOptions;
}

interface SettingsRow {
  recurring_closures: { from: string; to: string; label?: { ja: string; en: string } }[];
  office_close_time: string;
  calendar_uid_domain: string | null;
}

interface ClosureRow {
  site_id: string | null;
  from_date: string;
  to_date: string;
  label: { ja: string; en: string } | null;
}

function monthDay(text: string) {
  const [month, day] = text.split('-').map(Number);
  return { month: month ?? 0, day: day ?? 0 };
}

/** Reads `booking_settings` (defaults when the row is absent). */
export async function loadSettings(db: DbExecutor): Promise<BookingSettings> {
  const [row] = await db.query<SettingsRow>(
    `select recurring_closures, to_char(office_close_time, 'HH24:MI') as office_close_time,
            calendar_uid_domain
     from booking_settings`,
  );
  if (!row) {
    return {
      recurringClosures: [yearEndClosure],
      officeCloseTime: '17:15',
      calendarUidDomain: undefined,
    };
  }
  return {
    recurringClosures: row.recurring_closures.map((closure) => ({
      from: monthDay(closure.from),
      to: monthDay(closure.to),
      ...(closure.label ? { label: closure.label } : {}),
    })),
    officeCloseTime: row.office_close_time as TimeOfDay,
    calendarUidDomain: row.calendar_uid_domain ?? undefined,
  };
}

/**
 * Builds the business calendar: weekends and national holidays (from `@machi-dx/ui/core`), the
 * recurring closures of the settings, and every one-off closure (city-wide or per site) that has
 * not ended more than a month ago — old closures cannot affect notice or cut-offs any more.
 */
export async function loadCalendar(db: DbExecutor): Promise<BookingCalendar> {
  const settings = await loadSettings(db);
  const closures = await db.query<ClosureRow>(
    `select site_id, from_date, to_date, label from site_closures
     where to_date >= current_date - 31 order by from_date`,
  );
  const [main] = await db.query<{ id: string }>(`select id from sites where kind = 'main'`);
  const cityWide: DateRangeClosure[] = [];
  const perSite: Record<string, DateRangeClosure[]> = {};
  for (const row of closures) {
    const from = parsePlainDate(row.from_date);
    const to = parsePlainDate(row.to_date);
    if (!from || !to) continue;
    const closure: DateRangeClosure = row.label ? { from, to, label: row.label } : { from, to };
    if (row.site_id === null) cityWide.push(closure);
    else perSite[row.site_id] = [...(perSite[row.site_id] ?? []), closure];
  }
  const calendar = createBusinessCalendar({
    municipalClosures: settings.recurringClosures,
    closures: cityWide,
    siteClosures: perSite,
  });
  const hostSiteId = main?.id;
  return {
    calendar,
    settings,
    hostSiteId,
    cutoffOptions: {
      officeCloseTime: settings.officeCloseTime,
      ...(hostSiteId ? { siteId: hostSiteId } : {}),
    },
  };
}
