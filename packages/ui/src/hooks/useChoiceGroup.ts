import type { ChangeEvent, ReactNode } from 'react';
import { useControllableState } from './useControllableState';
import type { FieldsetAria } from './useField';

/** One answer of a RadioGroup or CheckboxGroup. */
export interface ChoiceOption {
  /** The submitted value. */
  value: string;
  /** What the person reads and clicks. */
  label: ReactNode;
  /** Extra words under the label. */
  hint?: ReactNode;
  /** Makes this one answer unavailable. */
  disabled?: boolean;
}

/** What the behaviour hook needs to know of a group's state. */
export interface ChoiceGroupState {
  /** Whether an answer is chosen. */
  isSelected: (value: string) => boolean;
  /** Called when the person checks or unchecks an answer. */
  setSelected: (value: string, checked: boolean) => void;
}

/** Options of {@link useRadioGroupState}. */
export interface UseRadioGroupStateOptions {
  /** The chosen value, when the parent owns it (`''` for none). */
  value?: string | undefined;
  /** The starting value, when the group owns it. */
  defaultValue?: string | undefined;
  /** Called with the newly chosen value. */
  onChange?: ((value: string) => void) | undefined;
}

/** State of a single-choice group, controlled or not. */
export function useRadioGroupState(
  options: UseRadioGroupStateOptions,
): ChoiceGroupState & { value: string } {
  const [value, setValue] = useControllableState({
    value: options.value,
    defaultValue: options.defaultValue ?? '',
    onChange: options.onChange,
  });
  return {
    value,
    isSelected: (candidate) => candidate === value,
    setSelected: (candidate, checked) => {
      if (checked) setValue(candidate);
    },
  };
}

/** Options of {@link useCheckboxGroupState}. */
export interface UseCheckboxGroupStateOptions {
  /** The chosen values, when the parent owns them. */
  value?: readonly string[] | undefined;
  /** The starting values, when the group owns them. */
  defaultValue?: readonly string[] | undefined;
  /** Called with the new list of chosen values. */
  onChange?: ((value: readonly string[]) => void) | undefined;
}

const none: readonly string[] = [];

/** State of a multiple-choice group, controlled or not; values keep the order they were chosen in. */
export function useCheckboxGroupState(
  options: UseCheckboxGroupStateOptions,
): ChoiceGroupState & { value: readonly string[] } {
  const [value, setValue] = useControllableState({
    value: options.value,
    defaultValue: options.defaultValue ?? none,
    onChange: options.onChange,
  });
  return {
    value,
    isSelected: (candidate) => value.includes(candidate),
    setSelected: (candidate, checked) =>
      setValue((previous) =>
        checked
          ? previous.includes(candidate)
            ? previous
            : [...previous, candidate]
          : previous.filter((item) => item !== candidate),
      ),
  };
}

/** Options of {@link useChoiceGroup}. */
export interface UseChoiceGroupOptions {
  /** `radio` or `checkbox`. */
  type: 'radio' | 'checkbox';
  /** The inputs' shared `name`. */
  name: string;
  /** Prop bags of the group's fieldset. */
  fieldset: FieldsetAria;
}

/** Prop bags of one answer. */
export interface ChoiceOptionAria {
  /** Spread on the `<input>`. */
  inputProps: {
    id: string;
    type: 'radio' | 'checkbox';
    name: string;
    value: string;
    checked: boolean;
    disabled: boolean | undefined;
    'aria-describedby': string | undefined;
    'aria-invalid': true | undefined;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
  /** Spread on the answer's `<label>`. */
  labelProps: { htmlFor: string };
  /** Spread on the answer's hint. */
  hintProps: { id: string };
}

/**
 * Wires each answer of a radio or checkbox group: the first input takes the group's id (so an error
 * summary link lands on it), the rest `id-2`, `id-3`… as GOV.UK numbers them.
 */
export function useChoiceGroup(
  { type, name, fieldset }: UseChoiceGroupOptions,
  state: ChoiceGroupState,
) {
  return {
    getOptionProps(option: ChoiceOption, index: number): ChoiceOptionAria {
      const id = index === 0 ? fieldset.firstControlId : `${fieldset.firstControlId}-${index + 1}`;
      const hintId = `${id}-item-hint`;
      const hasHint = option.hint != null && option.hint !== false && option.hint !== '';
      return {
        inputProps: {
          id,
          type,
          name,
          value: option.value,
          checked: state.isSelected(option.value),
          disabled: option.disabled || undefined,
          'aria-describedby': hasHint ? hintId : undefined,
          'aria-invalid': fieldset.isInvalid || undefined,
          onChange: (event) => state.setSelected(option.value, event.target.checked),
        },
        labelProps: { htmlFor: id },
        hintProps: { id: hintId },
      };
    },
  };
}
