import { Button, DateInput, Field, RadioGroup, TextInput, VisuallyHidden } from '@machi-dx/ui';
import type { DayOfWeek } from '@machi-dx/ui/core';
import { useBookingFormat } from '../../hooks/useBookingFormat';
import { useBookingTranslator } from '../../hooks/useBookingTranslator';
import {
  type AvailabilityDraft,
  type DraftException,
  type DraftRange,
  newRange,
  newWeekly,
  pathId,
  weekOrder,
} from './draft';

/** What every part of the editor shares. */
export interface DraftFieldsProps {
  draft: AvailabilityDraft;
  onChange: (draft: AvailabilityDraft) => void;
  prefix: string;
  /** The message for an API error path, if it has one. */
  errorFor: (path: string) => string | undefined;
}

interface RangeFieldsProps {
  range: DraftRange;
  /** The API path of this range, e.g. `weeklyHours.3`. */
  path: string;
  label: string;
  prefix: string;
  errorFor: (path: string) => string | undefined;
  onChange: (patch: Partial<DraftRange>) => void;
  onRemove: () => void;
}

/** Internal: one start–end pair with a remove button, named as a group ("月曜日 1つ目"). */
function RangeFields({
  range,
  path,
  label,
  prefix,
  errorFor,
  onChange,
  onRemove,
}: RangeFieldsProps) {
  const t = useBookingTranslator();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a lighter grouping than a nested fieldset
    <div role="group" aria-label={label} className="machi-availability__range">
      {(['start', 'end'] as const).map((part) => (
        <Field
          key={part}
          id={pathId(prefix, `${path}.${part}`)}
          label={t(`booking.availability.${part}`)}
          hideRequirement
          error={errorFor(`${path}.${part}`)}
        >
          <TextInput
            type="time"
            width="10"
            value={range[part]}
            onChange={(event) => onChange({ [part]: event.target.value })}
          />
        </Field>
      ))}
      <Button variant="tertiary" size="sm" onClick={onRemove}>
        {t('booking.availability.removeRange')}{' '}
        <VisuallyHidden>{t('booking.availability.which', { label })}</VisuallyHidden>
      </Button>
    </div>
  );
}

/** Internal: the weekly hours, one fieldset per weekday (Monday first). */
export function WeeklyHoursFields({ draft, onChange, prefix, errorFor }: DraftFieldsProps) {
  const t = useBookingTranslator();
  const format = useBookingFormat();
  const set = (weeklyHours: AvailabilityDraft['weeklyHours']) =>
    onChange({ ...draft, weeklyHours });
  return (
    <div className="machi-availability__week">
      {weekOrder.map((day: DayOfWeek) => {
        const name = format.weekday(day);
        const ranges = draft.weeklyHours.flatMap((range, index) =>
          range.day === day ? [{ range, index }] : [],
        );
        return (
          <fieldset key={day} className="machi-availability__day">
            <legend>{name}</legend>
            {ranges.length === 0 && (
              <p className="machi-availability__closed">{t('booking.availability.closedDay')}</p>
            )}
            {ranges.map(({ range, index }, position) => (
              <RangeFields
                key={range.key}
                range={range}
                path={`weeklyHours.${index}`}
                label={t('booking.availability.rangeLabel', { name, n: position + 1 })}
                prefix={prefix}
                errorFor={errorFor}
                onChange={(patch) =>
                  set(
                    draft.weeklyHours.map((other) =>
                      other === range ? { ...other, ...patch } : other,
                    ),
                  )
                }
                onRemove={() => set(draft.weeklyHours.filter((other) => other !== range))}
              />
            ))}
            <Button
              variant="secondary"
              size="sm"
              onClick={() => set([...draft.weeklyHours, newWeekly(day)])}
            >
              {t('booking.availability.addRange')}{' '}
              <VisuallyHidden>{t('booking.availability.which', { label: name })}</VisuallyHidden>
            </Button>
          </fieldset>
        );
      })}
    </div>
  );
}

/** Internal: one date exception — the date, day off or other hours, and a note. */
export function ExceptionFields({
  exception,
  index,
  draft,
  onChange,
  prefix,
  errorFor,
}: DraftFieldsProps & { exception: DraftException; index: number }) {
  const t = useBookingTranslator();
  const path = `exceptions.${index}`;
  const label = t('booking.availability.exception', { n: index + 1 });
  const update = (patch: Partial<DraftException>) =>
    onChange({
      ...draft,
      exceptions: draft.exceptions.map((other) =>
        other === exception ? { ...other, ...patch } : other,
      ),
    });
  return (
    <fieldset className="machi-availability__exception">
      <legend>{label}</legend>
      <DateInput
        id={pathId(prefix, `${path}.date`)}
        label={t('booking.availability.date')}
        required
        value={exception.date}
        onChange={(date) => update({ date })}
        error={errorFor(`${path}.date`)}
      />
      <RadioGroup
        name={`${prefix}-${exception.key}-kind`}
        label={t('booking.availability.kind')}
        required
        orientation="horizontal"
        value={exception.dayOff ? 'off' : 'hours'}
        onChange={(kind) => update({ dayOff: kind === 'off' })}
        options={[
          { value: 'off', label: t('booking.availability.dayOff') },
          { value: 'hours', label: t('booking.availability.otherHours') },
        ]}
      />
      {!exception.dayOff &&
        exception.hours.map((range, position) => (
          <RangeFields
            key={range.key}
            range={range}
            path={`${path}.hours.${position}`}
            label={t('booking.availability.rangeLabel', { name: label, n: position + 1 })}
            prefix={prefix}
            errorFor={errorFor}
            onChange={(patch) =>
              update({
                hours: exception.hours.map((other) =>
                  other === range ? { ...other, ...patch } : other,
                ),
              })
            }
            onRemove={() => update({ hours: exception.hours.filter((other) => other !== range) })}
          />
        ))}
      {!exception.dayOff && (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => update({ hours: [...exception.hours, newRange()] })}
        >
          {t('booking.availability.addRange')}{' '}
          <VisuallyHidden>{t('booking.availability.which', { label })}</VisuallyHidden>
        </Button>
      )}
      <Field
        id={pathId(prefix, `${path}.note`)}
        label={t('booking.availability.note')}
        hint={t('booking.availability.noteHint')}
        error={errorFor(`${path}.note`)}
      >
        <TextInput
          value={exception.note}
          onChange={(event) => update({ note: event.target.value })}
        />
      </Field>
      <Button
        variant="tertiary"
        size="sm"
        onClick={() =>
          onChange({
            ...draft,
            exceptions: draft.exceptions.filter((other) => other !== exception),
          })
        }
      >
        {t('booking.availability.removeException')}{' '}
        <VisuallyHidden>{t('booking.availability.which', { label })}</VisuallyHidden>
      </Button>
    </fieldset>
  );
}
