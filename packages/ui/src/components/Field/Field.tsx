import { forwardRef, type HTMLAttributes, type ReactNode, useMemo } from 'react';
import { FieldContext, type FieldContextValue, useField } from '../../hooks/useField';
import {
  FieldError,
  FieldHint,
  type FieldLabellingProps,
  isShown,
  RequirementBadge,
} from './FieldParts';

/** Props of {@link Field}: the labelling props plus the wrapper div's native props. */
export interface FieldProps
  extends FieldLabellingProps,
    Omit<HTMLAttributes<HTMLDivElement>, 'id' | 'children'> {
  /** One control: TextInput, Textarea or Select pick up the id, hint, error and requirement by themselves. */
  children: ReactNode;
}

/**
 * A label, ※必須/※任意 badge, hint and error message around one control, wired with ids and ARIA.
 * Order follows GOV.UK: label, hint, error, control.
 */
export const Field = /* @__PURE__ */ forwardRef<HTMLDivElement, FieldProps>(function Field(
  {
    label,
    hint,
    error,
    required = false,
    hideRequirement = false,
    disabled = false,
    id,
    className,
    children,
    ...props
  },
  ref,
) {
  const hasError = isShown(error);
  const { labelProps, inputProps, descriptionProps, errorProps } = useField({
    id,
    hasHint: isShown(hint),
    hasError,
    required,
    disabled,
  });
  const context = useMemo<FieldContextValue>(
    () => ({
      id: inputProps.id,
      describedBy: inputProps['aria-describedby'],
      invalid: hasError,
      required,
      disabled,
    }),
    [inputProps.id, inputProps['aria-describedby'], hasError, required, disabled],
  );
  return (
    <div
      ref={ref}
      className={className ? `machi-field ${className}` : 'machi-field'}
      data-invalid={hasError || undefined}
      data-disabled={disabled || undefined}
      {...props}
    >
      <label className="machi-field__label" id={labelProps.id} htmlFor={labelProps.htmlFor}>
        {label}
        {!hideRequirement && <RequirementBadge required={required} />}
      </label>
      <FieldHint {...descriptionProps}>{hint}</FieldHint>
      <FieldError {...errorProps}>{error}</FieldError>
      <FieldContext.Provider value={context}>{children}</FieldContext.Provider>
    </div>
  );
});
