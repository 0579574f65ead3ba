import { compareDates, type PlainDate } from '@machi-dx/ui/core';
import type { ReactNode } from 'react';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import { type DayInfo, useDayStatusText } from './days';

/** Props of the internal list view. */
export interface DayListProps {
  dates: readonly PlainDate[];
  dayInfo: (date: PlainDate) => DayInfo;
  selectedDate: PlainDate | undefined;
  onSelectDate: (date: PlainDate) => void;
  /** The times of the selected day, shown right under it. */
  times: ReactNode;
  timesId: string;
  /** Id for the first day button, so an error summary link lands in the list. */
  firstButtonId: string | undefined;
  labelledBy: string;
}

/**
 * Internal: the month as a plain list, the alternative to the grid (easier with a screen reader,
 * a magnifier or a narrow screen). Closed days are listed with their reason, without a button.
 */
export function DayList(props: DayListProps) {
  const { dates, dayInfo, selectedDate, onSelectDate, times, timesId, firstButtonId } = props;
  const t = useFlowTranslator();
  const format = useBookingFormat();
  const statusText = useDayStatusText();
  const firstAvailable = dates.find((date) => dayInfo(date).state === 'available');
  if (dates.length === 0) return null;
  return (
    <ul className="machi-slot-list" aria-labelledby={props.labelledBy}>
      {dates.map((date) => {
        const info = dayInfo(date);
        const selected = !!selectedDate && compareDates(selectedDate, date) === 0;
        const key = `${date.month}-${date.day}`;
        if (info.state !== 'available') {
          return (
            <li key={key} className="machi-slot-list__day" data-state={info.state}>
              <span className="machi-slot-list__date">{format.date(date)}</span>
              <span className="machi-slot-list__status">{statusText(info)}</span>
            </li>
          );
        }
        return (
          <li
            key={key}
            className="machi-slot-list__day"
            data-state="available"
            data-selected={selected || undefined}
          >
            <button
              type="button"
              className="machi-slot-list__button machi-focus-ring"
              id={firstAvailable === date ? firstButtonId : undefined}
              aria-expanded={selected}
              aria-controls={selected ? timesId : undefined}
              onClick={() => onSelectDate(date)}
            >
              <span className="machi-slot-list__date">{format.date(date)}</span>
              <span className="machi-slot-list__status">{statusText(info)}</span>
              <span className="machi-slot-list__action" aria-hidden="true">
                {selected ? t('booking.slots.chosenDay') : t('booking.slots.chooseDay')}
              </span>
            </button>
            {selected && (
              <div id={timesId} className="machi-slot-list__times">
                {times}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
