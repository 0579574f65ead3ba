import { RadioGroup } from '@machi-dx/ui';
import type { ReactNode } from 'react';
import type { Slot } from '../../core/types';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import type { DayInfo } from './days';

/** Props of the internal list of a day's times. */
export interface TimeChoicesProps {
  day: DayInfo;
  value: Slot | undefined;
  onChange: (slot: Slot) => void;
  name: string;
  id: string;
  error: ReactNode;
}

/** Internal: a day's free times as large radio tiles (one Tab stop; arrow keys move between times). */
export function TimeChoices({ day, value, onChange, name, id, error }: TimeChoicesProps) {
  const t = useFlowTranslator();
  const format = useBookingFormat();
  return (
    <RadioGroup
      id={id}
      name={name}
      className="machi-slot-times"
      orientation="horizontal"
      label={t('booking.slots.times', { date: format.date(day.date) })}
      hint={t('booking.slots.timesHint', { count: day.slots.length })}
      required
      error={error}
      value={value?.start ?? ''}
      onChange={(start) => {
        const slot = day.slots.find((candidate) => candidate.start === start);
        if (slot) onChange(slot);
      }}
      options={day.slots.map((slot) => ({ value: slot.start, label: format.slotTime(slot) }))}
    />
  );
}
