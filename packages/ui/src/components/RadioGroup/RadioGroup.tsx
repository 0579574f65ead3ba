import { forwardRef } from 'react';
import { useRadioGroupState } from '../../hooks/useChoiceGroup';
import { ChoiceGroup, type ChoiceGroupBaseProps } from '../Field/ChoiceGroup';
import './radio-group.css';

/** Props of {@link RadioGroup}: the question, its answers and the fieldset's native props. */
export interface RadioGroupProps extends ChoiceGroupBaseProps {
  /** The chosen value, when the parent owns it (`''` for none). */
  value?: string;
  /** The starting value, when the group owns it. */
  defaultValue?: string;
  /** Called with the newly chosen value. */
  onChange?: (value: string) => void;
}

/**
 * One answer of several: native radios in a fieldset, so Tab enters the group once and the arrow
 * keys move between answers. The `id` goes on the first radio, for an error summary link.
 */
export const RadioGroup = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, RadioGroupProps>(
  function RadioGroup({ value, defaultValue, onChange, ...props }, ref) {
    const state = useRadioGroupState({ value, defaultValue, onChange });
    return <ChoiceGroup ref={ref} type="radio" state={state} {...props} />;
  },
);
