import { ManageBooking } from '@machi-dx/booking';
import '@machi-dx/booking/styles.css';
import { Notice } from '@machi-dx/ui';
import { useState } from 'react';
import { usePortalTranslator } from '../../intl';
import { Page } from '../../layout/Page';
import { Link } from '../../router';
import { bookingApi, keepLanguage, roomUrl, tokenFromHash } from './api';

/** `/consultation/manage/{reference}#token=…`: view, cancel, reschedule, .ics, and the room link. */
export function ManagePage({ reference, siteName }: { reference: string; siteName: string }) {
  const t = usePortalTranslator();
  // Read once: the fragment is never sent to the server, so the token stays out of its logs.
  const [token] = useState(() => tokenFromHash());
  return (
    <Page title={t('portal.manage.title')} siteName={siteName}>
      {token ? (
        <>
          <ManageBooking
            api={bookingApi}
            reference={reference}
            token={token}
            contact={<p>{t('portal.booking.contact')}</p>}
          />
          <h2>{t('portal.manage.roomTitle')}</h2>
          <p>{t('portal.manage.roomBody')}</p>
          <p>
            {/* A full page load: only room pages carry the video SDK's CSP (VIDEO_CSP=room). */}
            <a href={keepLanguage(roomUrl(reference, token))}>{t('portal.manage.roomLink')}</a>
          </p>
        </>
      ) : (
        <Notice tone="warning" title={t('portal.manage.noToken.title')}>
          {t('portal.manage.noToken.body')}
        </Notice>
      )}
      <p>
        <Link href="/consultation">{t('portal.manage.bookAnother')}</Link>
      </p>
    </Page>
  );
}
