import { type FieldsetHTMLAttributes, forwardRef, type ReactNode } from 'react';
import type { FieldsetAria } from '../../hooks/useField';
import { FieldError, FieldHint, type FieldLabellingProps, RequirementBadge } from './FieldParts';

/** Props of the internal fieldset frame that groups share. */
export interface FieldsetFrameProps
  extends Omit<FieldLabellingProps, 'id'>,
    Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'id'> {
  /** Prop bags from {@link useFieldset}. */
  aria: FieldsetAria;
  /** The component's own static class, e.g. `machi-radio-group`. */
  baseClassName: string;
  children: ReactNode;
}

/** A fieldset with legend, badge, hint and error in GOV.UK order; the body of every group control. */
export const FieldsetFrame = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, FieldsetFrameProps>(
  function FieldsetFrame(
    {
      aria,
      baseClassName,
      className,
      label,
      hint,
      error,
      required = false,
      hideRequirement = false,
      disabled,
      children,
      ...props
    },
    ref,
  ) {
    return (
      <fieldset
        ref={ref}
        className={
          className
            ? `machi-fieldset ${baseClassName} ${className}`
            : `machi-fieldset ${baseClassName}`
        }
        data-invalid={aria.isInvalid || undefined}
        data-disabled={disabled || undefined}
        {...aria.fieldsetProps}
        {...props}
      >
        <legend className="machi-field__label" {...aria.legendProps}>
          {label}
          {!hideRequirement && <RequirementBadge required={required} />}
        </legend>
        <FieldHint {...aria.descriptionProps}>{hint}</FieldHint>
        <FieldError {...aria.errorProps}>{error}</FieldError>
        {children}
      </fieldset>
    );
  },
);
