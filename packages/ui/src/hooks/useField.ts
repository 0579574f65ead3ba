import { createContext, useContext, useId } from 'react';

/** What a Field tells the control inside it, so the control wires itself up without props. */
export interface FieldContextValue {
  /** The control's id: the label's `for` and the target of an error summary link. */
  id: string;
  /** Ids of the hint and error message, for the control's `aria-describedby`. */
  describedBy: string | undefined;
  /** Whether the field shows an error. */
  invalid: boolean;
  /** Whether an answer is required. */
  required: boolean;
  /** Whether the control is disabled. */
  disabled: boolean;
}

/** Set by Field; `null` when a control stands on its own. */
export const FieldContext = /* @__PURE__ */ createContext<FieldContextValue | null>(null);

/** Options shared by {@link useField} and {@link useFieldset}. */
export interface UseFieldOptions {
  /** Id of the control (or, in a fieldset, of its first control); generated when omitted. */
  id?: string | undefined;
  /** Whether a hint is shown. */
  hasHint: boolean;
  /** Whether an error message is shown. */
  hasError: boolean;
  /** Whether an answer is required. */
  required?: boolean | undefined;
  /** Whether the control is disabled. */
  disabled?: boolean | undefined;
}

/** The ids a field's parts use; hint and error ids derive from the control id, as GOV.UK's do. */
function useFieldIds({ id, hasHint, hasError }: UseFieldOptions) {
  const generated = useId();
  const controlId = id ?? `machi-field${generated.replace(/:/g, '')}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = joinIds(hasHint ? hintId : undefined, hasError ? errorId : undefined);
  return { controlId, hintId, errorId, describedBy };
}

/** Joins ids for `aria-describedby`, dropping empty ones; `undefined` when none are left. */
export function joinIds(...ids: (string | undefined | null | false)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

/** Prop bags for a labelled single control (Field). */
export interface FieldAria {
  /** Spread on the `<label>`. */
  labelProps: { id: string; htmlFor: string };
  /** Spread on the control (or shared through {@link FieldContext}). */
  inputProps: {
    id: string;
    'aria-describedby': string | undefined;
    'aria-invalid': true | undefined;
    'aria-required': true | undefined;
    disabled: boolean | undefined;
  };
  /** Spread on the hint. */
  descriptionProps: { id: string };
  /** Spread on the error message. */
  errorProps: { id: string };
}

/** Wires a label, hint and error message to one control with ids and ARIA. */
export function useField(options: UseFieldOptions): FieldAria {
  const { controlId, hintId, errorId, describedBy } = useFieldIds(options);
  return {
    labelProps: { id: `${controlId}-label`, htmlFor: controlId },
    inputProps: {
      id: controlId,
      'aria-describedby': describedBy,
      'aria-invalid': options.hasError || undefined,
      // aria-required rather than `required`: forms validate on submit (GOV.UK), not with browser bubbles.
      'aria-required': options.required || undefined,
      disabled: options.disabled || undefined,
    },
    descriptionProps: { id: hintId },
    errorProps: { id: errorId },
  };
}

/** Prop bags for a group of controls under one question (radios, checkboxes, date parts). */
export interface FieldsetAria {
  /** Spread on the `<fieldset>`: hint and error describe the whole group. */
  fieldsetProps: { 'aria-describedby': string | undefined; disabled: boolean | undefined };
  /** Spread on the `<legend>`. */
  legendProps: { id: string };
  /** Spread on the hint. */
  descriptionProps: { id: string };
  /** Spread on the error message. */
  errorProps: { id: string };
  /** Id for the group's first control, so an error summary link lands on it. */
  firstControlId: string;
  /** Whether the group shows an error. */
  isInvalid: boolean;
}

/** Wires a legend, hint and error message to a fieldset of controls. */
export function useFieldset(options: UseFieldOptions): FieldsetAria {
  const { controlId, hintId, errorId, describedBy } = useFieldIds(options);
  return {
    fieldsetProps: { 'aria-describedby': describedBy, disabled: options.disabled || undefined },
    legendProps: { id: `${controlId}-legend` },
    descriptionProps: { id: hintId },
    errorProps: { id: errorId },
    firstControlId: controlId,
    isInvalid: options.hasError,
  };
}

/** Native props a form control accepts that a Field may fill in. */
export interface FieldControlProps {
  id?: string | undefined;
  disabled?: boolean | undefined;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: boolean | 'true' | 'false' | 'grammar' | 'spelling' | undefined;
  'aria-required'?: boolean | 'true' | 'false' | undefined;
}

/** State a control exposes for styling, as Radix does: present when true. */
export interface ControlDataAttributes {
  'data-invalid': true | undefined;
  'data-disabled': true | undefined;
}

/**
 * Merges the surrounding Field's wiring into a control's own props and adds `data-invalid` and
 * `data-disabled`. The Field's id wins (its label points at it); the control's own
 * `aria-describedby` is kept after the field's hint and error.
 */
export function useFieldControlProps<P extends FieldControlProps>(
  props: P,
): P & ControlDataAttributes {
  const field = useContext(FieldContext);
  const merged: P = field
    ? {
        ...props,
        id: field.id,
        disabled: props.disabled ?? (field.disabled || undefined),
        'aria-describedby': joinIds(field.describedBy, props['aria-describedby']),
        'aria-invalid': props['aria-invalid'] ?? (field.invalid || undefined),
        'aria-required': props['aria-required'] ?? (field.required || undefined),
      }
    : props;
  const invalid = merged['aria-invalid'];
  return {
    ...merged,
    'data-invalid': invalid === true || invalid === 'true' || undefined,
    'data-disabled': merged.disabled || undefined,
  };
}
