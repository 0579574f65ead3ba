import { Button, Notice } from '@machi-dx/ui';
import type { BookingApiError } from '../../core/api/error';
import { flowErrorCodeKey as errorCodeKey } from '../../core/flow-messages';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';
import { type HeadingLevel, noticeLevel } from './Heading';

/** Props of {@link ApiErrorNotice}. */
export interface ApiErrorNoticeProps {
  /** The failure to explain. */
  error: BookingApiError;
  /** Offers "try again" when given. */
  onRetry?: (() => void) | undefined;
  /** Level of the notice's title. */
  headingLevel?: HeadingLevel | undefined;
  /** Announce it (it appeared after an action); on by default. */
  announce?: boolean;
}

/** The message for an API error code in the current locale (a network failure says so). */
export function useApiErrorMessage(): (error: BookingApiError) => string {
  const t = useFlowTranslator();
  return (error) => t(errorCodeKey(error.status === 0 ? 'network_error' : error.code));
}

/** Internal: an error notice for a failed API call, in words a resident understands, with a retry. */
export function ApiErrorNotice({
  error,
  onRetry,
  headingLevel = 3,
  announce = true,
}: ApiErrorNoticeProps) {
  const t = useFlowTranslator();
  const message = useApiErrorMessage();
  return (
    <Notice
      tone="error"
      announce={announce}
      headingLevel={noticeLevel(headingLevel)}
      title={t('booking.error.title')}
      className="machi-booking-error-notice"
      data-code={error.code}
    >
      <p>{message(error)}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('booking.action.retry')}
        </Button>
      )}
    </Notice>
  );
}
