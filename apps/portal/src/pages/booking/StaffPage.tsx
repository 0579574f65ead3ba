import {
  AvailabilityEditor,
  type BookingApiError,
  isBookingApiError,
  StaffSchedule,
  type StaffUser,
} from '@machi-dx/booking';
import '@machi-dx/booking/styles.css';
import { Button, Notice, Spinner } from '@machi-dx/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { usePortalTranslator } from '../../intl';
import { Page } from '../../layout/Page';
import { bookingApi, keepLanguage, roomUrl, type StaffBooking } from './api';
import { StaffSignIn } from './StaffSignIn';

// Each session's room is a plain link (a full page load): the room page is served with its own
// Content-Security-Policy for the video SDK, which an in-app navigation would not pick up.
const roomOf = (booking: StaffBooking) => keepLanguage(roomUrl(booking.reference));

type Session =
  | { status: 'checking' }
  | { status: 'signedOut' }
  /** `expired`: a staff call answered 401 (the server's idle or absolute timeout). */
  | { status: 'signedIn'; user: StaffUser; expired: boolean; signIns: number };

/** `/staff`: sign in, then the schedule (week/day, each session linking to its room) and weekly availability. */
export function StaffPage({ siteName }: { siteName: string }) {
  const t = usePortalTranslator();
  const [session, setSession] = useState<Session>({ status: 'checking' });
  const [signOutFailed, setSignOutFailed] = useState(false);
  useEffect(() => {
    let live = true;
    // Anything but a session (401, offline) shows the sign-in form, which tells its own errors.
    bookingApi.staff.me().then(
      (user) => live && setSession({ status: 'signedIn', user, expired: false, signIns: 0 }),
      () => live && setSession({ status: 'signedOut' }),
    );
    return () => {
      live = false;
    };
  }, []);
  const expiredTitle = useRef<HTMLHeadingElement>(null);
  const expired = session.status === 'signedIn' && session.expired;
  useEffect(() => {
    if (expired) expiredTitle.current?.focus();
  }, [expired]);
  const onStaffError = useCallback((error: BookingApiError) => {
    if (error.status !== 401) return;
    setSession((current) =>
      current.status === 'signedIn' ? { ...current, expired: true } : current,
    );
  }, []);
  const signedInAgain = (user: StaffUser) =>
    setSession((current) => ({
      status: 'signedIn',
      user,
      expired: false,
      signIns: current.status === 'signedIn' ? current.signIns + 1 : 0,
    }));
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
      {session.status === 'signedOut' && <StaffSignIn onSignedIn={signedInAgain} />}
      {session.status === 'signedIn' && (
        <>
          {session.expired ? (
            // Signing in again here keeps the page, so hours being edited are not lost.
            <section aria-labelledby="staff-expired-title">
              <h2 id="staff-expired-title" ref={expiredTitle} tabIndex={-1}>
                {t('portal.staff.expired.title')}
              </h2>
              <p>{t('portal.staff.expired.body')}</p>
              <StaffSignIn onSignedIn={signedInAgain} />
            </section>
          ) : (
            <>
              <p>{t('portal.staff.signedInAs', { name: session.user.name })}</p>
              {signOutFailed && <Notice tone="error">{t('portal.staff.signOutFailed')}</Notice>}
              <Button type="button" variant="secondary" onClick={signOut}>
                {t('portal.staff.signOut')}
              </Button>
            </>
          )}
          <StaffSchedule
            key={`${session.user.id}:${session.signIns}`}
            api={bookingApi}
            defaultView="week"
            roomHref={roomOf}
            onError={onStaffError}
          />
          <AvailabilityEditor key={session.user.id} api={bookingApi} onError={onStaffError} />
        </>
      )}
    </Page>
  );
}
