import { Button, Notice } from '@machi-dx/ui';
import type { BookingApiError } from '../../core/api/error';
import { useBookingTranslator } from '../../hooks/useBookingTranslator';
import { ApiErrorNotice } from './ApiErrorNotice';
import { type HeadingLevel, noticeLevel } from './Heading';

/** Props of {@link StaffErrorNotice}. */
export interface StaffErrorNoticeProps {
  error: BookingApiError;
  onRetry?: (() => void) | undefined;
  headingLevel?: HeadingLevel | undefined;
}

/**
 * Internal: a failed staff call. A 401 (signed out, or the session expired) asks to sign in again
 * rather than using the residents' wording about a wrong link; anything else as usual.
 */
export function StaffErrorNotice({ error, onRetry, headingLevel = 3 }: StaffErrorNoticeProps) {
  const t = useBookingTranslator();
  if (error.status !== 401) {
    return <ApiErrorNotice error={error} onRetry={onRetry} headingLevel={headingLevel} />;
  }
  return (
    <Notice
      tone="warning"
      announce
      headingLevel={noticeLevel(headingLevel)}
      title={t('booking.staff.signedOutTitle')}
      data-code={error.code}
    >
      <p>{t('booking.staff.signedOut')}</p>
      {/* After signing in again (on the host page, or in another tab), load what failed. */}
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('booking.action.retry')}
        </Button>
      )}
    </Notice>
  );
}
