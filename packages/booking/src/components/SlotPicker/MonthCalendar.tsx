import { compareDates, type PlainDate } from '@machi-dx/ui/core';
import type { YearMonth } from '../../core/flow/types';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useCalendarGrid } from '../../hooks/useCalendarGrid';
import { type DayInfo, useDayLabel } from './days';

/** Props of the internal month grid. */
export interface MonthCalendarProps {
  month: YearMonth;
  onMonthChange: (month: YearMonth) => void;
  dayInfo: (date: PlainDate) => DayInfo;
  selectedDate: PlainDate | undefined;
  onSelectDate: (date: PlainDate) => void;
  today: PlainDate | undefined;
  minMonth: YearMonth | undefined;
  /** Id of the month caption that labels the grid. */
  captionId: string;
  /** Id for the grid's Tab stop, so an error summary link lands in the calendar. */
  tabStopId: string | undefined;
}

const weekdays = [0, 1, 2, 3, 4, 5, 6] as const;

const same = (a: PlainDate | undefined, b: PlainDate) => !!a && compareDates(a, b) === 0;

/** Internal: the month as an ARIA grid of day buttons, each named in full for screen readers. */
export function MonthCalendar(props: MonthCalendarProps) {
  const { dayInfo, selectedDate, today, captionId, tabStopId } = props;
  const format = useBookingFormat();
  const label = useDayLabel();
  const { gridProps, weeks, getDayProps, focusedDate } = useCalendarGrid({
    month: props.month,
    onMonthChange: props.onMonthChange,
    selectedDate,
    onSelect: props.onSelectDate,
    isSelectable: (date) => dayInfo(date).state === 'available',
    today,
    minMonth: props.minMonth,
  });
  return (
    <table {...gridProps} aria-labelledby={captionId} className="machi-slot-calendar">
      <thead>
        <tr>
          {weekdays.map((day) => (
            <th key={day} scope="col" abbr={format.weekday(day)} data-weekday={day}>
              {format.weekdayShort(day)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.find(Boolean)?.day}>
            {week.map((date, index) => {
              if (!date) {
                // biome-ignore lint/suspicious/noArrayIndexKey: blank cells have nothing else to key on
                return <td key={`blank-${index}`} />;
              }
              const info = dayInfo(date);
              const selected = same(selectedDate, date);
              const isToday = same(today, date);
              return (
                // biome-ignore lint/a11y/useAriaPropsSupportedByRole: a td of a role="grid" table is a gridcell, which supports aria-selected
                <td key={date.day} aria-selected={selected}>
                  <button
                    type="button"
                    className="machi-slot-calendar__day machi-focus-ring"
                    id={tabStopId && same(focusedDate, date) ? tabStopId : undefined}
                    data-state={info.state}
                    data-selected={selected || undefined}
                    data-today={isToday || undefined}
                    data-reason={info.closed?.reason}
                    aria-label={label(info, { today: isToday, selected })}
                    {...getDayProps(date)}
                  >
                    <span className="machi-slot-calendar__number">{date.day}</span>
                    <span className="machi-slot-calendar__mark" aria-hidden="true">
                      {info.state === 'available' ? '○' : info.state === 'closed' ? '－' : ''}
                    </span>
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
