import { BookingWidget } from '@machi-dx/booking';
import '@machi-dx/booking/styles.css';
import { usePortalTranslator } from '../../intl';
import { bookingApi, keepLanguage, manageUrl, roomUrl } from './api';

// The room is a full page load (only room pages carry the video SDK's CSP): keep the page's ?lang=.
const roomLink = (reference: string, token: string) => keepLanguage(roomUrl(reference, token));

/** The resident's booking flow on the HTTP API; the confirmation links to the manage page and the room. */
export function ResidentBooking() {
  const t = usePortalTranslator();
  return (
    <BookingWidget
      api={bookingApi}
      manageUrl={manageUrl}
      roomUrl={roomLink}
      contact={<p>{t('portal.booking.contact')}</p>}
      privacyNotice={<p>{t('portal.booking.privacy')}</p>}
      headingLevel={3}
    />
  );
}
