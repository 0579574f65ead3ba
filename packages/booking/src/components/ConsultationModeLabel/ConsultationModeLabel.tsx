import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { ConsultationMode } from '../../core/modes';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import './consultation-mode-label.css';

/** Props of {@link ConsultationModeLabel}: a native span plus the value to name. */
export interface ConsultationModeLabelProps
  extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The value whose name is shown. */
  mode: ConsultationMode;
}

/** The name of a consultation mode in the current locale, e.g. 支所の相談ブース. */
export const ConsultationModeLabel = /* @__PURE__ */ forwardRef<
  HTMLSpanElement,
  ConsultationModeLabelProps
>(function ConsultationModeLabel({ mode, className, ...rest }, ref) {
  const t = useFlowTranslator();
  return (
    <span
      ref={ref}
      className={className ? `machi-consultation-mode ${className}` : 'machi-consultation-mode'}
      data-mode={mode}
      {...rest}
    >
      {t(`booking.mode.${mode}`)}
    </span>
  );
});
