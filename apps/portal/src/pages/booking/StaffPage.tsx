import { AvailabilityEditor, StaffSchedule } from '@machi-dx/booking';
import '@machi-dx/booking/styles.css';
import { Button, Notice, Spinner } from '@machi-dx/ui';
import { useEffect, useState } from 'react';
import { usePortalTranslator } from '../../intl';
import { Page } from '../../layout/Page';
import { bookingApi } from './api';
import { StaffRooms } from './StaffRooms';
import { StaffSignIn } from './StaffSignIn';
import {
  currentStaff,
  signOut as endSession,
  type StaffAccount,
  StaffAuthError,
} from './staffAuth';

type Session =
  | { status: 'checking' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; user: StaffAccount };

/** `/staff`: sign in, then the schedule (day/week), each session's room, and weekly availability. */
export function StaffPage({ siteName }: { siteName: string }) {
  const t = usePortalTranslator();
  const [session, setSession] = useState<Session>({ status: 'checking' });
  const [signOutFailed, setSignOutFailed] = useState(false);
  useEffect(() => {
    let live = true;
    currentStaff().then(
      (user) => live && setSession({ status: 'signedIn', user }),
      () => live && setSession({ status: 'signedOut' }),
    );
    return () => {
      live = false;
    };
  }, []);
  const signOut = async () => {
    try {
      await endSession();
      setSignOutFailed(false);
      setSession({ status: 'signedOut' });
    } catch (error) {
      if (!(error instanceof StaffAuthError)) throw error;
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
          <StaffSchedule api={bookingApi} />
          <StaffRooms />
          <AvailabilityEditor api={bookingApi} />
        </>
      )}
    </Page>
  );
}
