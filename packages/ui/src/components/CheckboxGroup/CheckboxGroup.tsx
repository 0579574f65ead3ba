import { forwardRef } from 'react';
import { useCheckboxGroupState } from '../../hooks/useChoiceGroup';
import { ChoiceGroup, type ChoiceGroupBaseProps } from '../Field/ChoiceGroup';
import './checkbox-group.css';

/** Props of {@link CheckboxGroup}: the question, its answers and the fieldset's native props. */
export interface CheckboxGroupProps extends ChoiceGroupBaseProps {
  /** The chosen values, when the parent owns them. */
  value?: readonly string[];
  /** The starting values, when the group owns them. */
  defaultValue?: readonly string[];
  /** Called with the new list of chosen values, in the order they were chosen. */
  onChange?: (value: readonly string[]) => void;
}

/**
 * Any number of answers: native checkboxes in a fieldset, Space toggles. The `id` goes on the first
 * checkbox, for an error summary link.
 */
export const CheckboxGroup = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, CheckboxGroupProps>(
  function CheckboxGroup({ value, defaultValue, onChange, ...props }, ref) {
    const state = useCheckboxGroupState({ value, defaultValue, onChange });
    return <ChoiceGroup ref={ref} type="checkbox" state={state} {...props} />;
  },
);
