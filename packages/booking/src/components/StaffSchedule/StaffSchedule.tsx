import { useControllableState, VisuallyHidden } from '@machi-dx/ui';
import {
  addDays,
  dayOfWeek,
  eachDate,
  formatPlainDate,
  type PlainDate,
  todayInTokyo,
} from '@machi-dx/ui/core';
import { forwardRef, type HTMLAttributes, useMemo, useState } from 'react';
import type { BookingApiError } from '../../core/api/error';
import type { BookingApi } from '../../core/api/types';
import { bookingStatusKey } from '../../core/messages';
import type { StaffBooking } from '../../core/types';
import { useBookingCatalog } from '../../hooks/useBookingData';
import { tokyoDateOf, useBookingFormat } from '../../hooks/useBookingFormat';
import { useBookingTranslator } from '../../hooks/useBookingTranslator';
import { useErrorReporter } from '../../hooks/useErrorReporter';
import { useStaffSchedule } from '../../hooks/useStaff';
import { Heading, type HeadingLevel, subLevel } from '../parts/Heading';
import { LoadableGate } from '../parts/LoadableGate';
import { StaffErrorNotice } from '../parts/StaffErrorNotice';
import { StaffBookingCard } from './StaffBookingCard';
import './staff-schedule.css';
import '../parts/parts.css';

/** How much of the schedule is shown: one day, or Monday to Sunday. */
export type StaffScheduleView = 'day' | 'week';

/** Props of {@link StaffSchedule}: the back end, the shown period and a div's native props. */
export interface StaffScheduleProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onError'> {
  /** The back end; the staff member must be signed in (`api.staff.login`). */
  api: BookingApi;
  /** The view when the parent owns it. */
  view?: StaffScheduleView | undefined;
  /** The first view when the schedule owns it; `day` by default. */
  defaultView?: StaffScheduleView | undefined;
  /** Called when the staff member switches between day and week. */
  onViewChange?: ((view: StaffScheduleView) => void) | undefined;
  /** The shown date (any day of the shown week) when the parent owns it. */
  date?: PlainDate | undefined;
  /** The first date when the schedule owns it; today by default. */
  defaultDate?: PlainDate | undefined;
  /** Called with the newly shown date. */
  onDateChange?: ((date: PlainDate) => void) | undefined;
  /** The clock (today, and whether a session has started); default the real one. */
  now?: (() => Date) | undefined;
  /** Level of the title; days and sessions use the levels below. 2 by default. */
  headingLevel?: HeadingLevel | undefined;
  /**
   * The address of a session's video room, or `undefined` for none. Shown on each confirmed
   * session as an ordinary link (`<a href>`, a full page load); no links when omitted.
   */
  roomHref?: ((booking: StaffBooking) => string | undefined) | undefined;
  /** Called when the schedule cannot be loaded or a status not saved (a 401: signed out or expired). */
  onError?: ((error: BookingApiError) => void) | undefined;
}

/** Monday of the week of `date` (office weeks start on Monday). */
function mondayOf(date: PlainDate): PlainDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/**
 * A specialist's sessions by day or week: time, resident, service, place and booth, accommodations
 * that need preparing, the sensitive summary folded away, and "done" / "no-show" once a session
 * has started, and (with `roomHref`) a link to each confirmed session's video room. Session times
 * are Tokyo times whatever the computer's time zone.
 */
export const StaffSchedule = /* @__PURE__ */ forwardRef<HTMLDivElement, StaffScheduleProps>(
  function StaffSchedule(
    {
      api,
      view: viewProp,
      defaultView = 'day',
      onViewChange,
      date: dateProp,
      defaultDate,
      onDateChange,
      now,
      headingLevel = 2,
      roomHref,
      onError,
      className,
      ...props
    },
    ref,
  ) {
    const t = useBookingTranslator();
    const format = useBookingFormat();
    const clock = now ?? (() => new Date());
    const current = clock();
    // biome-ignore lint/correctness/useExhaustiveDependencies: today is read once per mount
    const today = useMemo(() => todayInTokyo(current), []);
    const [view, setView] = useControllableState({
      value: viewProp,
      defaultValue: defaultView,
      onChange: onViewChange,
    });
    const [date, setDate] = useControllableState({
      value: dateProp,
      defaultValue: defaultDate ?? today,
      onChange: onDateChange,
    });
    const [announcement, setAnnouncement] = useState('');
    const from = view === 'week' ? mondayOf(date) : date;
    const to = view === 'week' ? addDays(from, 6) : date;
    const schedule = useStaffSchedule(api, formatPlainDate(from), formatPlainDate(to));
    const catalog = useBookingCatalog(api);
    const reportError = useErrorReporter(schedule.state, onError);
    const step = view === 'week' ? 7 : 1;
    const section = subLevel(headingLevel);
    const period =
      view === 'week'
        ? t('booking.staff.week', { from: format.date(from), to: format.date(to) })
        : format.date(date);

    return (
      <div
        ref={ref}
        className={className ? `machi-staff-schedule ${className}` : 'machi-staff-schedule'}
        data-view={view}
        {...props}
      >
        <Heading level={headingLevel} className="machi-staff-schedule__title">
          {t('booking.staff.scheduleTitle')}
        </Heading>
        <div className="machi-staff-schedule__toolbar">
          {/* biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset */}
          <div
            role="group"
            aria-label={t('booking.staff.view')}
            className="machi-staff-schedule__views"
          >
            {(['day', 'week'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="machi-staff-schedule__button machi-focus-ring"
                aria-pressed={view === option}
                onClick={() => setView(option)}
              >
                {t(`booking.staff.view.${option}`)}
              </button>
            ))}
          </div>
          {/* biome-ignore lint/a11y/useSemanticElements: navigation buttons, not a form fieldset */}
          <div
            role="group"
            aria-label={t('booking.staff.period')}
            className="machi-staff-schedule__nav"
          >
            <button
              type="button"
              className="machi-staff-schedule__button machi-focus-ring"
              onClick={() => setDate(addDays(date, -step))}
            >
              {t(`booking.staff.previous.${view}`)}
            </button>
            <button
              type="button"
              className="machi-staff-schedule__button machi-focus-ring"
              onClick={() => setDate(today)}
            >
              {t('booking.staff.today')}
            </button>
            <button
              type="button"
              className="machi-staff-schedule__button machi-focus-ring"
              onClick={() => setDate(addDays(date, step))}
            >
              {t(`booking.staff.next.${view}`)}
            </button>
          </div>
        </div>
        <p className="machi-staff-schedule__period" aria-live="polite">
          {period}
        </p>
        <LoadableGate
          loadable={schedule.state}
          loadingLabel={t('booking.staff.loading')}
          onRetry={schedule.reload}
          headingLevel={section}
          renderError={(error) => (
            <StaffErrorNotice error={error} onRetry={schedule.reload} headingLevel={section} />
          )}
        >
          {(bookings) => (
            <LoadableGate
              loadable={catalog.state}
              loadingLabel={t('booking.staff.loading')}
              onRetry={catalog.reload}
              headingLevel={section}
            >
              {({ services, locations }) =>
                eachDate(from, to).map((day) => {
                  const sessions = bookings.filter(
                    (booking) =>
                      formatPlainDate(tokyoDateOf(booking.start)) === formatPlainDate(day),
                  );
                  return (
                    <div key={formatPlainDate(day)} className="machi-staff-schedule__day">
                      {view === 'week' && <Heading level={section}>{format.date(day)}</Heading>}
                      {sessions.length === 0 ? (
                        <p className="machi-staff-schedule__empty">{t('booking.staff.none')}</p>
                      ) : (
                        sessions.map((booking) => (
                          <StaffBookingCard
                            key={booking.reference}
                            booking={booking}
                            service={services.find((service) => service.id === booking.serviceId)}
                            location={locations.find(
                              (location) => location.id === booking.locationId,
                            )}
                            now={current}
                            pending={schedule.pending.has(booking.reference)}
                            failure={schedule.failures.get(booking.reference)}
                            headingLevel={view === 'week' ? subLevel(section) : section}
                            roomHref={roomHref?.(booking)}
                            onStatus={async (status) => {
                              const failure = await schedule.setStatus(booking.reference, status);
                              if (failure) reportError(failure);
                              else {
                                setAnnouncement(
                                  t('booking.staff.statusSaved', {
                                    name: booking.resident.name,
                                    status: t(bookingStatusKey(status)),
                                  }),
                                );
                              }
                            }}
                          />
                        ))
                      )}
                    </div>
                  );
                })
              }
            </LoadableGate>
          )}
        </LoadableGate>
        <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      </div>
    );
  },
);
