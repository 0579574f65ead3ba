import '@machi-dx/shelter-forms/styles.css';
import { Button, Notice, Spinner } from '@machi-dx/ui';
import { useEffect, useState } from 'react';
import { Page } from '../../layout/Page';
import { Link } from '../../router';
import { useShelterPageTranslator } from './intl';
import { ShelterSignIn } from './ShelterSignIn';
import { ShelterWorkspace } from './ShelterWorkspace';
import {
  confirmShelter,
  forgetKnownShelter,
  isShelterAccount,
  type KnownShelter,
  resolveSession,
  type ShelterAccount,
  ShelterAuthError,
  signOut,
} from './session';
import './shelter.css';

type Session =
  | { status: 'checking' }
  | { status: 'signedOut'; expired: boolean }
  | { status: 'wrongRole'; account: ShelterAccount }
  | { status: 'signedIn'; known: KnownShelter; offline: boolean };

/**
 * `/shelter`: a shelter signs in with its code and passphrase, then writes reports that go to
 * the outbox on this device first. Offline, the last shelter confirmed on this device is used,
 * so the page and the outbox keep working; sending resumes when the server answers again.
 */
export function ShelterPage({ siteName }: { siteName: string }) {
  const t = useShelterPageTranslator();
  const [session, setSession] = useState<Session>({ status: 'checking' });
  const [signOutFailed, setSignOutFailed] = useState(false);
  useEffect(() => {
    let live = true;
    resolveSession().then((resolved) => live && setSession(resolved));
    return () => {
      live = false;
    };
  }, []);

  const signedIn = (account: ShelterAccount) => {
    if (!isShelterAccount(account)) {
      setSession({ status: 'wrongRole', account });
      return;
    }
    setSession({ status: 'signedIn', known: confirmShelter(account), offline: false });
  };

  const leaveWrongAccount = async () => {
    try {
      await signOut();
      setSignOutFailed(false);
      setSession({ status: 'signedOut', expired: false });
    } catch (error) {
      if (!(error instanceof ShelterAuthError)) throw error;
      setSignOutFailed(true);
    }
  };

  return (
    <Page
      title={t(
        session.status === 'signedOut' ? 'portal.shelter.signIn.title' : 'portal.shelter.title',
      )}
      siteName={siteName}
    >
      {session.status === 'checking' && <Spinner label={t('portal.shelter.checking')} />}
      {session.status === 'signedOut' && (
        <>
          {session.expired && <Notice tone="warning">{t('portal.shelter.expired')}</Notice>}
          <p className="portal-lead">{t('portal.shelter.signIn.lead')}</p>
          <ShelterSignIn onSignedIn={signedIn} />
        </>
      )}
      {session.status === 'wrongRole' && (
        <>
          <Notice tone="error" title={t('portal.shelter.wrongRole.title')}>
            <p>{t('portal.shelter.wrongRole.body', { name: session.account.displayName })}</p>
            {session.account.role === 'hq' && (
              <p>
                {t('portal.shelter.wrongRole.hq')}{' '}
                <Link href="/hq">{t('portal.shelter.wrongRole.hqLink')}</Link>
              </p>
            )}
          </Notice>
          {signOutFailed && (
            <Notice tone="error" announce>
              {t('portal.shelter.signOutFailed')}
            </Notice>
          )}
          <Button type="button" variant="secondary" onClick={leaveWrongAccount}>
            {t('portal.shelter.signOut')}
          </Button>
        </>
      )}
      {session.status === 'signedIn' && (
        <ShelterWorkspace
          known={session.known}
          offline={session.offline}
          onKnownChange={(known) =>
            setSession((current) =>
              current.status === 'signedIn' ? { ...current, known } : current,
            )
          }
          onSignedOut={() => {
            forgetKnownShelter();
            setSession({ status: 'signedOut', expired: false });
          }}
        />
      )}
    </Page>
  );
}
