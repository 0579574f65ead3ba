// A municipality's business calendar: weekends, national holidays, the year-end closure and any
// one-off or per-site closures. Bookings use it for minimum notice (1 business day) and the
// cancellation cut-off (close of the previous business day), so it works on Tokyo PlainDates only.
import {
  addDays,
  compareDates,
  daysInMonth,
  eachDate,
  formatPlainDate,
  isValidPlainDate,
  isWeekend,
  type PlainDate,
} from './dates';
import { type BilingualLabel, nationalHoliday } from './holidays';

/** A day of the year with no year: `{ month: 12, day: 29 }`. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/** A closure that repeats every year, `from`–`to` inclusive; `from` after `to` spans New Year (12/29–1/3). */
export interface RecurringClosure {
  readonly from: MonthDay;
  readonly to: MonthDay;
  readonly label?: BilingualLabel;
}

/** A one-off closure, `from`–`to` inclusive (a system change, a branch refurbishment). */
export interface DateRangeClosure {
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly label?: BilingualLabel;
}

/** Why a day is closed; `label` is the holiday's name or the closure's label when there is one. */
export interface ClosedReason {
  readonly reason: 'weekend' | 'holiday' | 'closure';
  readonly label?: BilingualLabel;
}

/** How a municipality's calendar is configured; every field is optional. */
export interface BusinessCalendarOptions {
  /** Closures every year for every site; defaults to `[yearEndClosure]`. Pass `[]` for none. */
  readonly municipalClosures?: readonly RecurringClosure[];
  /** One-off closures for every site. */
  readonly closures?: readonly DateRangeClosure[];
  /** One-off closures of a single site (office, branch), keyed by its id. */
  readonly siteClosures?: Readonly<Record<string, readonly DateRangeClosure[]>>;
  /** Whether Saturdays and Sundays are closed; default true. */
  readonly weekendsClosed?: boolean;
}

/** Business-day questions for one configuration; `siteId` adds that site's own closures. */
export interface BusinessCalendar {
  /** Why `date` is closed, or undefined when it is a business day. */
  closedReason(date: PlainDate, siteId?: string): ClosedReason | undefined;
  /** Whether `date` is a business day. */
  isBusinessDay(date: PlainDate, siteId?: string): boolean;
  /** The `n`th business day after `date` (before it when `n` < 0); `n` = 0 gives `date` or the next business day. */
  addBusinessDays(date: PlainDate, n: number, siteId?: string): PlainDate;
  /** The first business day strictly after `date`. */
  nextBusinessDay(date: PlainDate, siteId?: string): PlainDate;
  /** The last business day strictly before `date`. */
  previousBusinessDay(date: PlainDate, siteId?: string): PlainDate;
  /** Business days after `from` up to and including `to`; negative when `to` is before `from`. */
  businessDaysBetween(from: PlainDate, to: PlainDate, siteId?: string): number;
}

/** The default municipal closure: 12/29–1/3 (年末年始), as in most municipalities' office regulations. */
export const yearEndClosure: RecurringClosure = {
  from: { month: 12, day: 29 },
  to: { month: 1, day: 3 },
  label: { ja: '年末年始', en: 'Year-end and New Year holidays' },
};

// Give up looking for an open day after ten years closed: a misconfiguration, not a calendar.
const maxClosedRun = 3653;

function validateMonthDay(value: MonthDay): void {
  const { month, day } = value;
  // 2000 is a leap year, so 2/29 is accepted (it simply never matches in other years).
  const valid =
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(2000, month);
  if (!valid) throw new RangeError(`Invalid month/day in a closure: ${JSON.stringify(value)}`);
}

function validateRange(closure: DateRangeClosure): void {
  if (!isValidPlainDate(closure.from) || !isValidPlainDate(closure.to)) {
    throw new RangeError(`Invalid date in a closure: ${JSON.stringify(closure)}`);
  }
  if (compareDates(closure.from, closure.to) > 0) {
    throw new RangeError(
      `A closure ends before it starts: ${formatPlainDate(closure.from)}…${formatPlainDate(closure.to)}`,
    );
  }
}

function inRecurring(closure: RecurringClosure, date: PlainDate): boolean {
  const at = date.month * 100 + date.day;
  const from = closure.from.month * 100 + closure.from.day;
  const to = closure.to.month * 100 + closure.to.day;
  return from <= to ? from <= at && at <= to : at >= from || at <= to;
}

function inRange(closure: DateRangeClosure, date: PlainDate): boolean {
  return compareDates(closure.from, date) <= 0 && compareDates(date, closure.to) <= 0;
}

function closureReason(closure: { readonly label?: BilingualLabel }): ClosedReason {
  return closure.label ? { reason: 'closure', label: closure.label } : { reason: 'closure' };
}

/**
 * Creates a business calendar. When several reasons apply to one day the most specific wins:
 * closure > holiday > weekend (so 1/1 reads as the year-end closure, and a holiday on a Saturday
 * as the holiday). Among closures: the site's own, then one-off, then recurring municipal ones.
 * Throws RangeError for an invalid or reversed closure.
 */
export function createBusinessCalendar(options: BusinessCalendarOptions = {}): BusinessCalendar {
  const municipalClosures = options.municipalClosures ?? [yearEndClosure];
  const closures = options.closures ?? [];
  const siteClosures = options.siteClosures ?? {};
  const weekendsClosed = options.weekendsClosed ?? true;

  for (const closure of municipalClosures) {
    validateMonthDay(closure.from);
    validateMonthDay(closure.to);
  }
  for (const closure of [...closures, ...Object.values(siteClosures).flat()])
    validateRange(closure);

  function closedReason(date: PlainDate, siteId?: string): ClosedReason | undefined {
    const site =
      siteId !== undefined && Object.hasOwn(siteClosures, siteId) ? siteClosures[siteId] : [];
    const closure =
      site?.find((entry) => inRange(entry, date)) ??
      closures.find((entry) => inRange(entry, date)) ??
      municipalClosures.find((entry) => inRecurring(entry, date));
    if (closure) return closureReason(closure);
    const holiday = nationalHoliday(date);
    if (holiday) return { reason: 'holiday', label: holiday.name };
    if (weekendsClosed && isWeekend(date)) return { reason: 'weekend' };
    return undefined;
  }

  function isBusinessDay(date: PlainDate, siteId?: string): boolean {
    return closedReason(date, siteId) === undefined;
  }

  /** Walks one day at a time in `step` direction until `count` business days have passed. */
  function walk(date: PlainDate, step: 1 | -1, count: number, siteId?: string): PlainDate {
    let current = date;
    let remaining = count;
    let closedRun = 0;
    while (remaining > 0) {
      current = addDays(current, step);
      if (isBusinessDay(current, siteId)) {
        remaining--;
        closedRun = 0;
      } else if (++closedRun > maxClosedRun) {
        throw new RangeError(
          `No business day within ${maxClosedRun} days of ${formatPlainDate(date)}: check the closures`,
        );
      }
    }
    return current;
  }

  function addBusinessDays(date: PlainDate, n: number, siteId?: string): PlainDate {
    if (!Number.isInteger(n)) throw new RangeError(`Business days must be an integer, got ${n}`);
    if (n === 0) return isBusinessDay(date, siteId) ? date : walk(date, 1, 1, siteId);
    return walk(date, n > 0 ? 1 : -1, Math.abs(n), siteId);
  }

  function businessDaysBetween(from: PlainDate, to: PlainDate, siteId?: string): number {
    const order = compareDates(from, to);
    if (order === 0) return 0;
    // Half-open like daysBetween: (from, to] forwards, [to, from) backwards, so that
    // businessDaysBetween(d, addBusinessDays(d, n)) === n for every n.
    const days = order < 0 ? eachDate(addDays(from, 1), to) : eachDate(to, addDays(from, -1));
    const open = days.filter((day) => isBusinessDay(day, siteId)).length;
    return order < 0 ? open : -open;
  }

  return {
    closedReason,
    isBusinessDay,
    addBusinessDays,
    nextBusinessDay: (date, siteId) => walk(date, 1, 1, siteId),
    previousBusinessDay: (date, siteId) => walk(date, -1, 1, siteId),
    businessDaysBetween,
  };
}
