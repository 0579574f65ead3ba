import { type FieldsetHTMLAttributes, forwardRef } from 'react';
import {
  type ChoiceGroupState,
  type ChoiceOption,
  useChoiceGroup,
} from '../../hooks/useChoiceGroup';
import { useFieldset } from '../../hooks/useField';
import { type FieldLabellingProps, isShown } from './FieldParts';
import { FieldsetFrame } from './Fieldset';
import './choice.css';

/** The props RadioGroup and CheckboxGroup share. */
export interface ChoiceGroupBaseProps
  extends FieldLabellingProps,
    Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'id' | 'onChange' | 'defaultValue'> {
  /** The inputs' shared `name`, submitted with the form. */
  name: string;
  /** The answers, in the order they are listed. */
  options: readonly ChoiceOption[];
  /** `horizontal` puts short answers such as はい/いいえ side by side; `vertical` by default. */
  orientation?: 'vertical' | 'horizontal';
}

/** Internal: the fieldset and list of answers both groups render. */
export const ChoiceGroup = /* @__PURE__ */ forwardRef<
  HTMLFieldSetElement,
  ChoiceGroupBaseProps & { type: 'radio' | 'checkbox'; state: ChoiceGroupState }
>(function ChoiceGroup(
  {
    type,
    state,
    name,
    options,
    orientation = 'vertical',
    id,
    hint,
    error,
    required,
    disabled,
    ...props
  },
  ref,
) {
  const fieldset = useFieldset({
    id,
    hasHint: isShown(hint),
    hasError: isShown(error),
    required,
    disabled,
  });
  const { getOptionProps } = useChoiceGroup({ type, name, fieldset }, state);
  return (
    <FieldsetFrame
      ref={ref}
      aria={fieldset}
      baseClassName={type === 'radio' ? 'machi-radio-group' : 'machi-checkbox-group'}
      hint={hint}
      error={error}
      required={required}
      disabled={disabled}
      {...props}
    >
      <div className="machi-choice-list" data-orientation={orientation}>
        {options.map((option, index) => {
          const { inputProps, labelProps, hintProps } = getOptionProps(option, index);
          return (
            <div
              key={option.value}
              className="machi-choice"
              data-state={inputProps.checked ? 'checked' : 'unchecked'}
              data-disabled={inputProps.disabled}
            >
              <input className="machi-choice__input machi-focus-ring" {...inputProps} />
              <label className="machi-choice__label" htmlFor={labelProps.htmlFor}>
                {option.label}
              </label>
              {isShown(option.hint) && (
                <div className="machi-choice__hint" {...hintProps}>
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </FieldsetFrame>
  );
});
