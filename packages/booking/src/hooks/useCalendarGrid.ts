import {
  addDays,
  addMonths,
  compareDates,
  dayOfWeek,
  daysInMonth,
  formatPlainDate,
  type PlainDate,
} from '@machi-dx/ui/core';
import {
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import type { YearMonth } from '../core/flow/types';

/** Options of {@link useCalendarGrid}. */
export interface UseCalendarGridOptions {
  /** The month shown. */
  month: YearMonth;
  /** Called when keyboard navigation leaves the shown month; show that month next. */
  onMonthChange: (month: YearMonth) => void;
  /** The chosen day, if any: it is the grid's Tab stop when it is in the shown month. */
  selectedDate?: PlainDate | undefined;
  /** Called when a selectable day is clicked, or pressed with Enter or Space. */
  onSelect: (date: PlainDate) => void;
  /** Whether a day can be chosen; others stay focusable (a screen reader reads why) but do nothing. */
  isSelectable: (date: PlainDate) => boolean;
  /** Today, the Tab stop when no day is chosen or selectable. */
  today?: PlainDate | undefined;
  /** The earliest month keyboard navigation may reach. */
  minMonth?: YearMonth | undefined;
}

/** Prop bags of one day button of the grid. */
export interface CalendarDayProps {
  tabIndex: 0 | -1;
  'data-date': string;
  'aria-disabled': true | undefined;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/** What {@link useCalendarGrid} returns. */
export interface CalendarGridAria {
  /** Spread on the `<table>`. */
  gridProps: { ref: RefObject<HTMLTableElement | null>; role: 'grid' };
  /** The shown month as weeks of seven cells (Sunday first); `undefined` cells belong to another month. */
  weeks: (PlainDate | undefined)[][];
  /** The day that is the grid's single Tab stop (roving tabindex). */
  focusedDate: PlainDate;
  /** Prop bags of a day's button. */
  getDayProps: (date: PlainDate) => CalendarDayProps;
}

const sameMonth = (date: PlainDate, month: YearMonth) =>
  date.year === month.year && date.month === month.month;

function monthDates({ year, month }: YearMonth): PlainDate[] {
  return Array.from({ length: daysInMonth(year, month) }, (_, index) => ({
    year,
    month,
    day: index + 1,
  }));
}

/** Where a navigation key moves the focus from `date` (APG date picker grid), or undefined. */
function target(key: string, shiftKey: boolean, date: PlainDate): PlainDate | undefined {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return addDays(date, -dayOfWeek(date));
    case 'End':
      return addDays(date, 6 - dayOfWeek(date));
    case 'PageUp':
      return addMonths(date, shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(date, shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}

/**
 * Behaviour of a month calendar as an ARIA grid (WAI-ARIA APG date picker): one Tab stop, arrow
 * keys move by day and week, Home/End to the start/end of the week, PageUp/PageDown by month
 * (with Shift by year). Moving past the month asks for the next one and keeps focus on the day.
 */
export function useCalendarGrid(options: UseCalendarGridOptions): CalendarGridAria {
  const { month, onMonthChange, selectedDate, onSelect, isSelectable, today, minMonth } = options;
  const [focused, setFocused] = useState<PlainDate | undefined>();
  const gridRef = useRef<HTMLTableElement | null>(null);
  // Set by a navigation key: focus follows once the day is rendered (possibly in the next month).
  const pendingFocus = useRef(false);

  const dates = monthDates(month);
  const focusedDate =
    focused && sameMonth(focused, month)
      ? focused
      : selectedDate && sameMonth(selectedDate, month)
        ? selectedDate
        : (dates.find(isSelectable) ??
          (today && sameMonth(today, month) ? today : (dates[0] as PlainDate)));

  useEffect(() => {
    if (!pendingFocus.current) return;
    const button = gridRef.current?.querySelector<HTMLElement>(
      `[data-date="${formatPlainDate(focusedDate)}"]`,
    );
    if (button) {
      pendingFocus.current = false;
      button.focus();
    }
  });

  const move = useCallback(
    (next: PlainDate) => {
      const earliest = minMonth ? { ...minMonth, day: 1 } : undefined;
      const clamped = earliest && compareDates(next, earliest) < 0 ? earliest : next;
      pendingFocus.current = true;
      setFocused(clamped);
      if (!sameMonth(clamped, month)) onMonthChange({ year: clamped.year, month: clamped.month });
    },
    [minMonth, month, onMonthChange],
  );

  const first = dates[0] as PlainDate;
  const lead = dayOfWeek(first);
  const cells: (PlainDate | undefined)[] = [
    ...Array.from({ length: lead }, () => undefined),
    ...dates,
  ];
  while (cells.length % 7 !== 0) cells.push(undefined);
  const weeks = Array.from({ length: cells.length / 7 }, (_, index) =>
    cells.slice(index * 7, index * 7 + 7),
  );

  const getDayProps = (date: PlainDate): CalendarDayProps => {
    const selectable = isSelectable(date);
    return {
      tabIndex: compareDates(date, focusedDate) === 0 ? 0 : -1,
      'data-date': formatPlainDate(date),
      'aria-disabled': selectable ? undefined : true,
      onClick: () => {
        setFocused(date);
        if (selectable) onSelect(date);
      },
      onFocus: () => setFocused(date),
      onKeyDown: (event) => {
        const next = target(event.key, event.shiftKey, date);
        if (!next || event.altKey || event.ctrlKey || event.metaKey) return;
        event.preventDefault();
        move(next);
      },
    };
  };

  return { gridProps: { ref: gridRef, role: 'grid' }, weeks, focusedDate, getDayProps };
}
