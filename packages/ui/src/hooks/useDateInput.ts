import { type ChangeEvent, useId } from 'react';
import { formatPlainDate, isValidPlainDate, type PlainDate, parsePlainDate } from '../core/dates';
import { formatEraYear, formatYearWithEra } from '../core/era';
import type { Locale, Translate } from '../core/i18n';
import { useControllableState } from './useControllableState';
import type { FieldsetAria } from './useField';

/** A date as typed: strings, so a half-typed or wrong answer is kept exactly as entered. */
export interface DateParts {
  year: string;
  month: string;
  day: string;
}

/** One of the three parts, in the order they are shown: 年→月→日. */
export type DatePart = keyof DateParts;

/** The parts in display order. */
export const datePartOrder: readonly DatePart[] = ['year', 'month', 'day'];

const emptyParts: DateParts = { year: '', month: '', day: '' };

/** The calendar date the parts name, or `undefined` while they are incomplete or name no real day. */
export function datePartsToPlainDate(parts: DateParts): PlainDate | undefined {
  if (![parts.year, parts.month, parts.day].every((part) => /^\d+$/.test(part))) return undefined;
  const date = { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
  return isValidPlainDate(date) ? date : undefined;
}

/** Japanese keyboards often type full-width digits (２０２５); the number is the same. */
function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** Options of {@link useDateInputState}. */
export interface UseDateInputStateOptions {
  /** The parts, when the parent owns them. */
  value?: DateParts | undefined;
  /** The starting parts, when the component owns them. */
  defaultValue?: DateParts | undefined;
  /** Called with all three parts after any change. */
  onChange?: ((value: DateParts) => void) | undefined;
}

/** State of a date input: the three parts, controlled or not. */
export interface DateInputState {
  /** The current parts. */
  value: DateParts;
  /** Replaces one part. */
  setPart: (part: DatePart, text: string) => void;
  /** Replaces all parts, e.g. from the calendar picker. */
  setValue: (value: DateParts) => void;
}

/** Holds the three parts of a date input. */
export function useDateInputState(options: UseDateInputStateOptions): DateInputState {
  const [value, setValue] = useControllableState({
    value: options.value,
    defaultValue: options.defaultValue ?? emptyParts,
    onChange: options.onChange,
  });
  return {
    value,
    setPart: (part, text) => setValue((previous) => ({ ...previous, [part]: text })),
    setValue,
  };
}

/** Options of {@link useDateInput}. */
export interface UseDateInputOptions {
  /** Prop bags of the surrounding fieldset (its first control id goes on the year). */
  fieldset: FieldsetAria;
  /** Base `name`: the parts submit as `name-year`, `name-month`, `name-day`. */
  name?: string | undefined;
  /** Which parts are wrong; all three when the field has an error and this is omitted. */
  invalidParts?: readonly DatePart[] | undefined;
  /** `bday` for a date of birth: the parts get `bday-year`, `bday-month`, `bday-day`. */
  autoComplete?: 'bday' | undefined;
  /** Earliest date the calendar picker offers, `YYYY-MM-DD`. */
  min?: string | undefined;
  /** Latest date the calendar picker offers, `YYYY-MM-DD`. */
  max?: string | undefined;
  /** The current locale, for the era text. */
  locale: Locale;
  /** The ui translator. */
  t: Translate;
}

/** The year as typed with its era beside it (2025年(令和7年)), or '' while it is not a year we can name. */
export function eraTextOf(parts: DateParts, locale: Locale, t: Translate): string {
  // Four digits from 明治 on: earlier years have no era a resident would write on a form.
  if (!/^\d{4}$/.test(parts.year) || Number(parts.year) < 1868) return '';
  const year = Number(parts.year);
  const date = datePartsToPlainDate(parts);
  try {
    // With a full date the exact era is known (2019年4月30日 is still 平成31年).
    return date
      ? t('ui.dateInput.era', { year, era: formatEraYear(date, locale) })
      : formatYearWithEra(year, locale);
  } catch {
    return '';
  }
}

/**
 * Wires a three-part date input (GOV.UK / Digital Agency): numeric text fields, labelled, with the
 * era shown as the year is typed, and an optional native calendar that fills the three fields.
 */
export function useDateInput(
  { fieldset, name, invalidParts, autoComplete, min, max, locale, t }: UseDateInputOptions,
  state: DateInputState,
) {
  const yearId = fieldset.firstControlId;
  const eraId = `${yearId}-era`;
  const pickerId = `machi-date-picker${useId().replace(/:/g, '')}`;
  const date = datePartsToPlainDate(state.value);

  const partProps = (part: DatePart) => {
    const id = part === 'year' ? yearId : `${yearId}-${part}`;
    const invalid = fieldset.isInvalid && (invalidParts ?? datePartOrder).includes(part);
    return {
      inputProps: {
        id,
        name: name ? `${name}-${part}` : undefined,
        type: 'text' as const,
        // GOV.UK: type=text with a numeric keyboard; type=number would turn "05" into 5 and add spinners.
        inputMode: 'numeric' as const,
        autoComplete: autoComplete ? `${autoComplete}-${part}` : 'off',
        value: state.value[part],
        'aria-invalid': invalid || undefined,
        'aria-describedby': part === 'year' ? eraId : undefined,
        'data-invalid': invalid || undefined,
        'data-width': part === 'year' ? '4' : '2',
        onChange: (event: ChangeEvent<HTMLInputElement>) =>
          state.setPart(part, toHalfWidthDigits(event.target.value)),
      },
      labelProps: { htmlFor: id, children: t(`ui.dateInput.${part}`) },
    };
  };

  return {
    yearProps: partProps('year'),
    monthProps: partProps('month'),
    dayProps: partProps('day'),
    /** The era beside the year; polite, so it is read once the fourth digit is typed. */
    eraProps: {
      id: eraId,
      'aria-live': 'polite' as const,
      children: eraTextOf(state.value, locale, t),
    },
    pickerLabelProps: { htmlFor: pickerId, children: t('ui.dateInput.picker') },
    pickerInputProps: {
      id: pickerId,
      type: 'date' as const,
      min,
      max,
      value: date ? formatPlainDate(date) : '',
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const picked = parsePlainDate(event.target.value);
        if (!picked) return;
        state.setValue({
          year: String(picked.year),
          month: String(picked.month),
          day: String(picked.day),
        });
      },
    },
  };
}
