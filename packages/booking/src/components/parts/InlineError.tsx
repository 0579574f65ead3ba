import { VisuallyHidden } from '@machi-dx/ui';
import type { HTMLAttributes } from 'react';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import './parts.css';

/** Internal: a field-style error message outside a Field (the calendar), prefixed for screen readers. */
export function InlineError({
  children,
  className,
  ...props
}: HTMLAttributes<HTMLParagraphElement>) {
  const t = useFlowTranslator();
  if (children == null || children === false || children === '') return null;
  return (
    <p
      className={
        className ? `machi-booking-inline-error ${className}` : 'machi-booking-inline-error'
      }
      {...props}
    >
      <VisuallyHidden>{t('booking.errorPrefix')}</VisuallyHidden>
      {children}
    </p>
  );
}
