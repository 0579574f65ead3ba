import { BookingWidget } from '@machi-dx/booking';
import '@machi-dx/booking/styles.css';
import { usePortalTranslator } from '../../intl';
import { bookingApi, manageUrl } from './api';

/** The resident's booking flow on the HTTP API; the confirmation links to the manage page. */
export function ResidentBooking() {
  const t = usePortalTranslator();
  return (
    <BookingWidget
      api={bookingApi}
      manageUrl={manageUrl}
      contact={<p>{t('portal.booking.contact')}</p>}
      privacyNotice={<p>{t('portal.booking.privacy')}</p>}
      headingLevel={3}
    />
  );
}
