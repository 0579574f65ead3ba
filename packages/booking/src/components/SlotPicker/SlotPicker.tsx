import { Notice, Spinner, useControllableState, VisuallyHidden } from '@machi-dx/ui';
import {
  addMonths,
  compareDates,
  daysInMonth,
  type PlainDate,
  todayInTokyo,
} from '@machi-dx/ui/core';
import {
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useEffect,
  useId,
  useMemo,
  useState,
} from 'react';
import type { Loadable, SlotTakenNotice as SlotTaken, YearMonth } from '../../core/flow/types';
import type { AvailabilityDay, Slot } from '../../core/types';
import { tokyoDateOf, useBookingFormat } from '../../hooks/useBookingFormat';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import { ApiErrorNotice } from '../parts/ApiErrorNotice';
import { Heading, type HeadingLevel, noticeLevel, subLevel } from '../parts/Heading';
import { InlineError } from '../parts/InlineError';
import { DayList } from './DayList';
import { indexDays } from './days';
import { MonthCalendar } from './MonthCalendar';
import { SlotTakenNotice } from './SlotTakenNotice';
import { TimeChoices } from './TimeChoices';
import './slot-picker.css';

/** How the month is shown: a calendar grid, or a list of days. */
export type SlotPickerView = 'calendar' | 'list';

/** Props of {@link SlotPicker}: the shown month, its availability, the chosen slot and a div's native props. */
export interface SlotPickerProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'onChange' | 'defaultValue' | 'id'> {
  /** The month shown. */
  month: YearMonth;
  /** Called with the month to show next (buttons, or keyboard navigation past the month). */
  onMonthChange: (month: YearMonth) => void;
  /** The shown month's availability, as the server answered it (loading and error states included). */
  availability: Loadable<readonly AvailabilityDay[]>;
  /** The chosen slot when the parent owns it; `null` for none. */
  value?: Slot | null | undefined;
  /** The first chosen slot when the picker owns it. */
  defaultValue?: Slot | null | undefined;
  /** Called with the slot the resident chose. */
  onChange?: ((slot: Slot) => void) | undefined;
  /** Offers "try again" after a failed load. */
  onRetry?: (() => void) | undefined;
  /** After a 409: the taken slot and the server's alternatives, offered at the top. */
  notice?: SlotTaken | undefined;
  /** Error message after a failed submit (e.g. no time chosen). */
  error?: ReactNode;
  /** Id of the control an error summary link should focus (the calendar's Tab stop, or the first time). */
  id?: string | undefined;
  /** The earliest month to offer; default the current month in Tokyo. */
  minMonth?: YearMonth | undefined;
  /** Today in Tokyo; default from the clock. Pass it to render deterministically. */
  today?: PlainDate | undefined;
  /** The view when the parent owns it. */
  view?: SlotPickerView | undefined;
  /** The first view when the picker owns it; `calendar` by default. */
  defaultView?: SlotPickerView | undefined;
  /** Called when the resident switches between calendar and list. */
  onViewChange?: ((view: SlotPickerView) => void) | undefined;
  /** Level of the month caption; 3 by default. */
  headingLevel?: HeadingLevel | undefined;
}

const monthOf = (date: PlainDate): YearMonth => ({ year: date.year, month: date.month });
const monthIndex = (month: YearMonth) => month.year * 12 + month.month;

/**
 * A month of free consultation times: a calendar grid (arrow keys, Home/End, PageUp/PageDown) or,
 * at the resident's choice, a plain list; choosing a day shows its times as large radio tiles.
 * Every day says in words whether it can be booked and, if not, why.
 */
export const SlotPicker = /* @__PURE__ */ forwardRef<HTMLDivElement, SlotPickerProps>(
  function SlotPicker(
    {
      month,
      onMonthChange,
      availability,
      value,
      defaultValue,
      onChange,
      onRetry,
      notice,
      error,
      id,
      minMonth: minMonthProp,
      today: todayProp,
      view: viewProp,
      defaultView = 'calendar',
      onViewChange,
      headingLevel = 3,
      className,
      ...props
    },
    ref,
  ) {
    const t = useFlowTranslator();
    const format = useBookingFormat();
    const generatedId = useId().replace(/:/g, '');
    const baseId = id ?? `machi-slots-${generatedId}`;
    const [slot, setSlot] = useControllableState<Slot | null>({
      value,
      defaultValue: defaultValue ?? null,
      onChange: (next) => next && onChange?.(next),
    });
    const [view, setView] = useControllableState({
      value: viewProp,
      defaultValue: defaultView,
      onChange: onViewChange,
    });
    const today = useMemo(() => todayProp ?? todayInTokyo(), [todayProp]);
    const minMonth = minMonthProp ?? monthOf(today);
    const [chosenDay, setChosenDay] = useState(() => (slot ? tokyoDateOf(slot.start) : undefined));
    const [announcement, setAnnouncement] = useState('');
    const slotStart = slot?.start;
    // A slot chosen elsewhere (an alternative, a restored answer) shows its day.
    useEffect(() => {
      if (slotStart) setChosenDay(tokyoDateOf(slotStart));
    }, [slotStart]);

    const dayInfo = useMemo(() => indexDays(availability), [availability]);
    const dates = Array.from({ length: daysInMonth(month.year, month.month) }, (_, index) => ({
      ...month,
      day: index + 1,
    }));
    const selected =
      chosenDay && chosenDay.year === month.year && chosenDay.month === month.month
        ? chosenDay
        : undefined;
    const selectedInfo = selected && dayInfo(selected);
    const timesShown = selectedInfo?.state === 'available';
    const upcoming = dates.filter((date) => compareDates(date, today) >= 0);
    const isEmpty =
      availability.status === 'success' &&
      !dates.some((date) => dayInfo(date).state === 'available');
    // Past the booking horizon later months are closed too: say "not open yet", not "try next month".
    const notYetOpen =
      isEmpty && upcoming.some((date) => dayInfo(date).closed?.reason === 'outside_horizon');

    const selectDay = (date: PlainDate) => {
      setChosenDay(date);
      const info = dayInfo(date);
      setAnnouncement(
        t('booking.slots.dayChosen', { date: format.date(date), count: info.slots.length }),
      );
    };
    const choose = (next: Slot) => {
      setSlot(next);
      const day = tokyoDateOf(next.start);
      setChosenDay(day);
      if (day.year !== month.year || day.month !== month.month) onMonthChange(monthOf(day));
    };

    const captionId = `${baseId}-month`;
    const times = selectedInfo && timesShown && (
      <TimeChoices
        day={selectedInfo}
        value={slot ?? undefined}
        onChange={choose}
        name={`${baseId}-time`}
        id={baseId}
        error={error}
      />
    );
    const tabStopId = timesShown ? undefined : baseId;

    return (
      <div
        ref={ref}
        className={className ? `machi-slot-picker ${className}` : 'machi-slot-picker'}
        data-view={view}
        data-status={availability.status}
        {...props}
      >
        {notice && (
          <SlotTakenNotice notice={notice} onChoose={choose} headingLevel={headingLevel} />
        )}
        <div className="machi-slot-picker__header">
          <button
            type="button"
            className="machi-slot-picker__nav machi-focus-ring"
            disabled={monthIndex(month) <= monthIndex(minMonth)}
            onClick={() => onMonthChange(monthOf(addMonths({ ...month, day: 1 }, -1)))}
          >
            <span aria-hidden="true">‹ </span>
            {t('booking.slots.previousMonth')}
          </button>
          <Heading
            level={headingLevel}
            id={captionId}
            className="machi-slot-picker__caption"
            aria-live="polite"
          >
            {format.month(month)}
          </Heading>
          <button
            type="button"
            className="machi-slot-picker__nav machi-focus-ring"
            onClick={() => onMonthChange(monthOf(addMonths({ ...month, day: 1 }, 1)))}
          >
            {t('booking.slots.nextMonth')}
            <span aria-hidden="true"> ›</span>
          </button>
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset */}
        <div role="group" aria-label={t('booking.slots.view')} className="machi-slot-picker__views">
          {(['calendar', 'list'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="machi-slot-picker__view machi-focus-ring"
              aria-pressed={view === option}
              onClick={() => setView(option)}
            >
              {t(`booking.slots.view.${option}`)}
            </button>
          ))}
        </div>
        {(availability.status === 'loading' || availability.status === 'idle') && (
          <Spinner announce size="sm" label={t('booking.slots.loading')} />
        )}
        {availability.status === 'error' && (
          <ApiErrorNotice error={availability.error} onRetry={onRetry} />
        )}
        {isEmpty && (
          <Notice
            announce
            headingLevel={noticeLevel(subLevel(headingLevel))}
            title={t('booking.slots.emptyTitle')}
          >
            {t(notYetOpen ? 'booking.slots.notYetOpen' : 'booking.slots.empty')}
          </Notice>
        )}
        {!timesShown && <InlineError>{error}</InlineError>}
        {view === 'calendar' ? (
          <>
            <MonthCalendar
              month={month}
              onMonthChange={onMonthChange}
              dayInfo={dayInfo}
              selectedDate={selected}
              onSelectDate={selectDay}
              today={today}
              minMonth={minMonth}
              captionId={captionId}
              tabStopId={tabStopId}
            />
            <p className="machi-slot-picker__legend">{t('booking.slots.legend')}</p>
            {times && <div className="machi-slot-picker__times">{times}</div>}
          </>
        ) : (
          <DayList
            dates={upcoming}
            dayInfo={dayInfo}
            selectedDate={selected}
            onSelectDate={selectDay}
            times={times}
            timesId={`${baseId}-day-times`}
            firstButtonId={tabStopId}
            labelledBy={captionId}
          />
        )}
        <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      </div>
    );
  },
);
