import { type FieldsetHTMLAttributes, forwardRef } from 'react';
import {
  type DatePart,
  type DateParts,
  useDateInput,
  useDateInputState,
} from '../../hooks/useDateInput';
import { useFieldset } from '../../hooks/useField';
import { useLocale } from '../../hooks/useI18n';
import { useUiTranslator } from '../../hooks/useUiTranslator';
import { type FieldLabellingProps, isShown } from '../Field/FieldParts';
import { FieldsetFrame } from '../Field/Fieldset';
import '../Field/control.css';
import './date-input.css';

/** Props of {@link DateInput}: the question, the parts' value and the fieldset's native props. */
export interface DateInputProps
  extends FieldLabellingProps,
    Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'id' | 'onChange' | 'defaultValue'> {
  /** The parts, when the parent owns them. */
  value?: DateParts;
  /** The starting parts, when the component owns them. */
  defaultValue?: DateParts;
  /** Called with all three parts (as typed) after any change. */
  onChange?: (value: DateParts) => void;
  /** Base `name`: the parts submit as `name-year`, `name-month` and `name-day`. */
  name?: string;
  /** Which parts to mark wrong; all three when `error` is set and this is omitted. */
  invalidParts?: readonly DatePart[];
  /** `bday` for a date of birth, so browsers can fill it in. */
  autoComplete?: 'bday';
  /** Adds the browser's calendar as a helper that fills the three fields; typing always works. */
  showPicker?: boolean;
  /** Earliest date the calendar offers, `YYYY-MM-DD`. */
  min?: string;
  /** Latest date the calendar offers, `YYYY-MM-DD`. */
  max?: string;
}

/**
 * A date as three numeric fields, 年→月→日 (Digital Agency / GOV.UK), with the era shown beside the
 * year (2025年(令和7年)). The `id` goes on the year field, for an error summary link.
 */
export const DateInput = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, DateInputProps>(
  function DateInput(
    {
      value,
      defaultValue,
      onChange,
      name,
      invalidParts,
      autoComplete,
      showPicker = false,
      min,
      max,
      id,
      hint,
      error,
      required,
      disabled,
      ...props
    },
    ref,
  ) {
    const t = useUiTranslator();
    const { locale } = useLocale();
    const state = useDateInputState({ value, defaultValue, onChange });
    const fieldset = useFieldset({
      id,
      hasHint: isShown(hint),
      hasError: isShown(error),
      required,
      disabled,
    });
    const { yearProps, monthProps, dayProps, eraProps, pickerLabelProps, pickerInputProps } =
      useDateInput({ fieldset, name, invalidParts, autoComplete, min, max, locale, t }, state);

    return (
      <FieldsetFrame
        ref={ref}
        aria={fieldset}
        baseClassName="machi-date-input"
        data-locale={locale}
        hint={hint}
        error={error}
        required={required}
        disabled={disabled}
        {...props}
      >
        <div className="machi-date-input__parts">
          {[yearProps, monthProps, dayProps].map(({ inputProps, labelProps }, index) => (
            <div key={inputProps.id} className="machi-date-input__part">
              <label className="machi-date-input__label" htmlFor={labelProps.htmlFor}>
                {labelProps.children}
              </label>
              <input
                className="machi-control machi-date-input__input machi-focus-ring"
                {...inputProps}
              />
              {index === 0 && <span className="machi-date-input__era" {...eraProps} />}
            </div>
          ))}
        </div>
        {showPicker && (
          <div className="machi-date-input__picker">
            <label className="machi-date-input__picker-label" htmlFor={pickerLabelProps.htmlFor}>
              {pickerLabelProps.children}
            </label>
            <input
              className="machi-control machi-date-input__picker-input machi-focus-ring"
              {...pickerInputProps}
            />
          </div>
        )}
      </FieldsetFrame>
    );
  },
);
