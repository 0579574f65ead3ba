// What the calendar and the list know about each day of the shown month, from the availability.

import { useLocale } from '@machi-dx/ui';
import { formatPlainDate, type PlainDate } from '@machi-dx/ui/core';
import { useCallback } from 'react';
import type { Loadable } from '../../core/flow/types';
import { closedReasonKey } from '../../core/messages';
import type { AvailabilityDay, ClosedDay, Slot } from '../../core/types';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';

/** Where a day stands: bookable, closed (with a reason), still loading, or unknown after an error. */
export type DayState = 'available' | 'closed' | 'loading' | 'unknown';

/** One day of the shown month. */
export interface DayInfo {
  readonly date: PlainDate;
  readonly state: DayState;
  readonly slots: readonly Slot[];
  readonly closed?: ClosedDay | undefined;
}

const none: readonly Slot[] = [];

/** A lookup from date to {@link DayInfo} for a month's availability. */
export function indexDays(
  availability: Loadable<readonly AvailabilityDay[]>,
): (date: PlainDate) => DayInfo {
  if (availability.status !== 'success') {
    const state: DayState = availability.status === 'error' ? 'unknown' : 'loading';
    return (date) => ({ date, state, slots: none });
  }
  const byDate = new Map(availability.data.map((day) => [day.date, day]));
  return (date) => {
    const day = byDate.get(formatPlainDate(date));
    if (!day) return { date, state: 'unknown', slots: none };
    if (day.slots.length > 0 && !day.closed) return { date, state: 'available', slots: day.slots };
    // A server should always say why; a day without slots and reason is simply full.
    return { date, state: 'closed', slots: none, closed: day.closed ?? { reason: 'fully_booked' } };
  };
}

/** Words for a day's state: "空きあり（8件）", "予約できません：祝日のため休みです（天皇誕生日）". */
export function useDayStatusText(): (info: DayInfo) => string {
  const t = useFlowTranslator();
  const { locale } = useLocale();
  return useCallback(
    (info: DayInfo) => {
      switch (info.state) {
        case 'available':
          return t('booking.calendar.available', { count: info.slots.length });
        case 'loading':
          return t('booking.calendar.loading');
        case 'unknown':
          return t('booking.calendar.unknown');
        default: {
          const closed = info.closed ?? { reason: 'fully_booked' };
          const reason = t(closedReasonKey(closed.reason));
          const label = closed.label && (locale === 'en' ? closed.label.en : closed.label.ja);
          return label ? t('booking.closed.withLabel', { reason, label }) : reason;
        }
      }
    },
    [t, locale],
  );
}

/** The full accessible name of a day button: today?, full spoken date, state, selected?. */
export function useDayLabel(): (
  info: DayInfo,
  flags: { today: boolean; selected: boolean },
) => string {
  const t = useFlowTranslator();
  const format = useBookingFormat();
  const statusText = useDayStatusText();
  return (info, { today, selected }) =>
    [
      today ? t('booking.calendar.today') : '',
      format.spokenDate(info.date),
      statusText(info),
      selected ? t('booking.calendar.selected') : '',
    ]
      .filter(Boolean)
      .join(t('booking.separator'));
}
