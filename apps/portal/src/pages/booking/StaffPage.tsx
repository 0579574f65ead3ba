import {
  AvailabilityEditor,
  isBookingApiError,
  StaffSchedule,
  type StaffUser,
} from '@machi-dx/booking';
import '@machi-dx/booking/styles.css';
import { Button, Notice, Spinner } from '@machi-dx/ui';
import { useEffect, useState } from 'react';
import { usePortalTranslator } from '../../intl';
import { Page } from '../../layout/Page';
import { bookingApi, roomUrl, type StaffBooking } from './api';
import { StaffSignIn } from './StaffSignIn';

// Each session's room is a plain link (a full page load): the room page is served with its own
// Content-Security-Policy for the video SDK, which an in-app navigation would not pick up.
const roomOf = (booking: StaffBooking) => roomUrl(booking.reference);

type Session =
  | { status: 'checking' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; user: StaffUser };

/** `/staff`: sign in, then the schedule (week/day, each session linking to its room) and weekly availability. */
export function StaffPage({ siteName }: { siteName: string }) {
  const t = usePortalTranslator();
  const [session, setSession] = useState<Session>({ status: 'checking' });
  const [signOutFailed, setSignOutFailed] = useState(false);
  useEffect(() => {
    let live = true;
    // Anything but a session (401, offline) shows the sign-in form, which tells its own errors.
    bookingApi.staff.me().then(
      (user) => live && setSession({ status: 'signedIn', user }),
      () => live && setSession({ status: 'signedOut' }),
    );
    return () => {
      live = false;
    };
  }, []);
  const signOut = async () => {
    try {
      await bookingApi.staff.logout();
      setSignOutFailed(false);
      setSession({ status: 'signedOut' });
    } catch (error) {
      if (!isBookingApiError(error)) throw error;
      setSignOutFailed(true);
    }
  };
  return (
    <Page
      title={t(session.status === 'signedIn' ? 'portal.staff.title' : 'portal.staff.signIn.title')}
      siteName={siteName}
    >
      {session.status === 'checking' && <Spinner label={t('portal.staff.checking')} />}
      {session.status === 'signedOut' && (
        <StaffSignIn onSignedIn={(user) => setSession({ status: 'signedIn', user })} />
      )}
      {session.status === 'signedIn' && (
        <>
          <p>{t('portal.staff.signedInAs', { name: session.user.name })}</p>
          {signOutFailed && <Notice tone="error">{t('portal.staff.signOutFailed')}</Notice>}
          <Button type="button" variant="secondary" onClick={signOut}>
            {t('portal.staff.signOut')}
          </Button>
          <StaffSchedule api={bookingApi} defaultView="week" roomHref={roomOf} />
          <AvailabilityEditor api={bookingApi} />
        </>
      )}
    </Page>
  );
}
