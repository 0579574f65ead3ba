import { Button, ErrorSummary } from '@machi-dx/ui';
import type { PlainDate } from '@machi-dx/ui/core';
import { type Ref, useEffect, useId, useState } from 'react';
import type { BookingApi } from '../../core/api/types';
import type { SlotTakenNotice, YearMonth } from '../../core/flow/types';
import { fieldErrorKey } from '../../core/messages';
import type { Booking, Slot } from '../../core/types';
import { useMonthAvailability } from '../../hooks/useBookingData';
import { tokyoDateOf } from '../../hooks/useBookingFormat';
import { useBookingTranslator } from '../../hooks/useBookingTranslator';
import type { ManageActionState } from '../../hooks/useManageBooking';
import { ApiErrorNotice } from '../parts/ApiErrorNotice';
import { Heading, type HeadingLevel, subLevel } from '../parts/Heading';
import { SlotPicker } from '../SlotPicker/SlotPicker';

/** Props of the internal reschedule form. */
export interface RescheduleFormProps {
  api: BookingApi;
  booking: Booking;
  action: ManageActionState;
  today: PlainDate;
  headingLevel: HeadingLevel;
  headingRef: Ref<HTMLHeadingElement>;
  onSubmit: (slot: Slot) => void;
  onClose: () => void;
}

/** Internal: choose a new time for the same service and place; a taken time offers alternatives. */
export function RescheduleForm(props: RescheduleFormProps) {
  const { api, booking, action, today, headingLevel, onSubmit, onClose } = props;
  const t = useBookingTranslator();
  const id = `machi-reschedule-${useId().replace(/:/g, '')}`;
  const first = tokyoDateOf(booking.start);
  const [month, setMonth] = useState<YearMonth>({ year: first.year, month: first.month });
  const [slot, setSlot] = useState<Slot | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [missing, setMissing] = useState(false);
  const availability = useMonthAvailability({
    api,
    serviceId: booking.serviceId,
    locationId: booking.locationId,
    month,
  });
  const taken = action.status === 'failed' && action.error.code === 'slot_unavailable';
  const { reload } = availability;
  // The time was taken meanwhile: forget it and show the month as it is now.
  useEffect(() => {
    if (!taken) return;
    setSlot(null);
    reload();
  }, [taken, reload]);
  const notice: SlotTakenNotice | undefined =
    taken && action.slot
      ? {
          kind: 'slot_unavailable',
          messageKey: 'booking.error.slot_unavailable',
          taken: action.slot,
          alternatives: action.error.alternatives,
        }
      : undefined;
  const missingMessage = t(fieldErrorKey({ path: 'start', code: 'required' }));

  return (
    <form
      noValidate
      className="machi-manage__reschedule"
      onSubmit={(event) => {
        event.preventDefault();
        setAttempts((count) => count + 1);
        setMissing(!slot);
        if (slot) onSubmit(slot);
      }}
    >
      <Heading level={headingLevel} ref={props.headingRef} tabIndex={-1}>
        {t('booking.manage.rescheduleTitle')}
      </Heading>
      <ErrorSummary errors={missing ? [{ id, message: missingMessage }] : []} focusKey={attempts} />
      {action.status === 'failed' && !taken && <ApiErrorNotice error={action.error} />}
      <SlotPicker
        id={id}
        month={month}
        onMonthChange={setMonth}
        availability={availability.state}
        onRetry={reload}
        value={slot}
        onChange={(next) => {
          setSlot(next);
          setMissing(false);
        }}
        notice={slot ? undefined : notice}
        error={missing ? missingMessage : undefined}
        today={today}
        minMonth={today}
        headingLevel={subLevel(headingLevel)}
      />
      <div className="machi-booking-actions">
        <Button type="submit" loading={action.status === 'rescheduling'}>
          {t('booking.manage.rescheduleSubmit')}
        </Button>
        <Button variant="tertiary" onClick={onClose}>
          {t('booking.manage.rescheduleCancel')}
        </Button>
      </div>
    </form>
  );
}
